/** `poachwatch forecast <org>`: expected departures over the next 30 and 90 days, with an 80% interval. */
import { InputError } from '../../core/errors.ts';
import { queryForecast } from '../../queries/index.ts';
import { parseVerbArgs, parsePartialDate } from '../args.ts';
import { openStoreFrom, storeOptions } from '../common-options.ts';
import { renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('forecast', argv, { ...storeOptions, json: { type: 'boolean' }, team: { type: 'string' }, now: { type: 'string' } });
  const org = positionals.join(' ').trim();
  if (!org) throw new InputError('usage', 'forecast: no organization given (e.g. poachwatch forecast Apple)');
  const now = parsePartialDate('now', values.now);
  const store = await openStoreFrom(values, io);
  try {
    const f = await queryForecast(store, { org, team: values.team, now });
    if (values.json) {
      io.out(renderJson(f));
      return EXIT.ok;
    }
    io.out(`${f.org}${f.team ? ` (${f.team})` : ''}: ${f.events} departures between ${f.from} and ${f.until}\nmodel: ${f.model} — ${f.reason}\n\n`);
    io.out(renderTable(['next', 'expected', `${Math.round((f.horizons[0]?.level ?? 0.8) * 100)}% interval`], f.horizons.map((h) => [`${h.horizon} days`, h.expected.toFixed(2), `${h.lower} – ${h.upper}`])));
    if (f.undatable.length) io.out(`${f.undatable.length} departures have no date and are left out: ${f.undatable.map((u) => u.person).join(', ')}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

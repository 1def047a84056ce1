/** `poachwatch forecast <org>`: expected departures over the next 30 and 90 days, with an 80% interval. */
import { forecastOrg, toAnalysisMove, type AnalysisMove } from '../../analyze/index.ts';
import { InputError } from '../../core/errors.ts';
import { parseVerbArgs, parsePartialDate } from '../args.ts';
import { openStoreFrom, storeOptions } from '../common-options.ts';
import { renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';
import type { Store } from '../../store/index.ts';

/** Every stored move (the coverage window of the news), and the canonical name the user's org denotes. */
export async function loadForOrg(store: Store, org: string): Promise<{ moves: AnalysisMove[]; canonical: string }> {
  const summary = await store.orgSummary(org);
  if (!summary) throw new InputError('not-found', `no organization named "${org}" in the store`);
  return { moves: (await store.listMoves({})).map(toAnalysisMove), canonical: summary.name };
}

export function dayOf(flag: string, value: string | undefined): Date | undefined {
  const d = parsePartialDate(flag, value);
  return d ? new Date(`${(d + '-01-01').slice(0, 10)}T00:00:00Z`) : undefined;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('forecast', argv, { ...storeOptions, json: { type: 'boolean' }, team: { type: 'string' }, now: { type: 'string' } });
  const org = positionals.join(' ').trim();
  if (!org) throw new InputError('usage', 'forecast: no organization given (e.g. poachwatch forecast Apple)');
  const now = dayOf('now', values.now);
  const store = await openStoreFrom(values, io);
  try {
    const { moves, canonical } = await loadForOrg(store, org);
    const f = forecastOrg(moves, canonical, values.team ?? null, { now });
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

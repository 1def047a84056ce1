/** `poachwatch bursts`: departures from one organization (or team) that cluster beyond its own baseline rate. */
import { queryBursts } from '../../queries/index.ts';
import { parseCount, parseVerbArgs, parseChoice } from '../args.ts';
import { openStoreFrom, storeOptions } from '../common-options.ts';
import { renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';
import { InputError } from '../../core/errors.ts';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('bursts', argv, {
    ...storeOptions, json: { type: 'boolean' }, window: { type: 'string' }, threshold: { type: 'string' }, alpha: { type: 'string' }, level: { type: 'string' }, org: { type: 'string' },
  });
  const alpha = values.alpha === undefined ? undefined : Number(values.alpha);
  if (alpha !== undefined && !(alpha > 0 && alpha < 1)) throw new InputError('usage', `--alpha: expected a probability between 0 and 1, got "${values.alpha}" (e.g. --alpha 0.01)`);
  const options = {
    windowDays: parseCount('window', values.window), threshold: parseCount('threshold', values.threshold), alpha,
    level: parseChoice('level', values.level, ['org', 'team'] as const), org: values.org,
  };
  const store = await openStoreFrom(values, io);
  try {
    const result = await queryBursts(store, options);
    if (values.json) {
      io.out(renderJson(result));
      return EXIT.ok;
    }
    io.out(renderTable(['from', 'team', 'window', 'departures', 'expected', 'p', 'to', 'people'], result.bursts.map((b) => [
      b.org, b.team, `${b.start} – ${b.end}`, b.count, b.expected.toFixed(2), b.pValue.toExponential(1),
      b.destinations.map((d) => `${d.org ?? '?'} ${d.count}`).join(', '), b.people.join(', '),
    ]), 60));
    io.out(`${result.bursts.length} burst${result.bursts.length === 1 ? '' : 's'} (window ${options.windowDays ?? 30} days, at least ${options.threshold ?? 3} departures, Poisson tail below ${options.alpha ?? 0.01} against each organization's own rate)\n`);
    if (result.undatable.length) io.out(`${result.undatable.length} departures have no date and no dated source, and are not placed\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

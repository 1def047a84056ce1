/** `poachwatch comp`: stated compensation by destination and period, conflicting reports side by side. */
import { queryCompensation } from '../../queries/index.ts';
import { parseChoice, parseVerbArgs, parseWindowBound } from '../args.ts';
import { openStoreFrom, storeOptions } from '../common-options.ts';
import { renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';

const usd = (x: number | null) => (x === null ? '' : x >= 1e6 ? `$${(x / 1e6).toFixed(x >= 1e8 ? 0 : 1)}M` : `$${Math.round(x).toLocaleString('en-US')}`);

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('comp', argv, { ...storeOptions, json: { type: 'boolean' }, period: { type: 'string' }, to: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' } });
  const period = parseChoice('period', values.period, ['year', 'quarter', 'month'] as const);
  const store = await openStoreFrom(values, io);
  try {
    const summary = await queryCompensation(store, { to: values.to, period, since: parseWindowBound('since', values.since), until: parseWindowBound('until', values.until) });
    if (values.json) {
      io.out(renderJson(summary));
      return EXIT.ok;
    }
    io.out(renderTable(['destination', 'period', 'moves', 'min', 'median', 'max', 'other currencies'], summary.groups.map((g) => [
      g.destination ?? '?', g.period, g.count, usd(g.min), usd(g.median), usd(g.max), g.otherCurrencies.map((f) => f.text).join(' | '),
    ]), 50));
    if (summary.conflicts.length) {
      io.out('\nconflicting reports (each figure with its sources)\n');
      io.out(renderTable(['person', 'to', 'figure', 'sources'], summary.conflicts.flatMap((c) => c.figures.map((f) => [
        c.person, c.to?.org ?? '?', f.text, f.sources.map((s) => s.url ?? s.source).join(', '),
      ])), 60));
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

/** `poachwatch backtest <org>`: replays an organization's history, forecasting each step from the past only. */
import { DAY_MS } from '../../analyze/index.ts';
import { InputError } from '../../core/errors.ts';
import { parseCount, parseVerbArgs } from '../args.ts';
import { openStoreFrom, storeOptions } from '../common-options.ts';
import { renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';
import { queryBacktest } from '../../queries/index.ts';

const day = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 100)}%`);
const num = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('backtest', argv, {
    ...storeOptions, json: { type: 'boolean' }, team: { type: 'string' }, step: { type: 'string' }, horizon: { type: 'string' }, warmup: { type: 'string' },
  });
  const org = positionals.join(' ').trim();
  if (!org) throw new InputError('usage', 'backtest: no organization given (e.g. poachwatch backtest Google)');
  const step = parseCount('step', values.step) ?? 30;
  const horizon = parseCount('horizon', values.horizon) ?? 30;
  const warmup = parseCount('warmup', values.warmup) ?? 90;
  const store = await openStoreFrom(values, io);
  try {
    const report = await queryBacktest(store, { org, team: values.team, step, horizon, warmup });
    const canonical = report.org;
    if (values.json) {
      io.out(renderJson(report));
      return EXIT.ok;
    }
    io.out(renderTable(['cut-off', 'history', 'model', 'expected', 'interval', 'realised', 'inside'], report.rows.map((r) => [
      day(r.cutoff), r.history, r.model, r.expected.toFixed(2), `${r.lower} – ${r.upper}`, r.realised, r.inside ? 'yes' : 'no',
    ])));
    io.out(`${canonical}: ${report.rows.length} steps of ${horizon} days; ${Math.round(report.level * 100)}% intervals held ${pct(report.calibration)} (Poisson alone ${pct(report.calibrationPoisson)})\n`
      + `mean log predictive likelihood: chosen ${num(report.meanLogLik.chosen)}, Poisson ${num(report.meanLogLik.poisson)}`
      + (report.meanLogLik.hawkesSteps ? `; on the ${report.meanLogLik.hawkesSteps} steps with a Hawkes fit: Hawkes ${num(report.meanLogLik.hawkes)} vs Poisson ${num(report.meanLogLik.poissonWhereHawkes)}` : '; no step had enough history for a Hawkes fit') + '\n');
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

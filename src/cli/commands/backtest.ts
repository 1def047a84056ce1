/** `poachwatch backtest <org>`: replays an organization's history, forecasting each step from the past only. */
import { backtest, selectOrgDepartures, DAY_MS } from '../../analyze/index.ts';
import { InputError } from '../../core/errors.ts';
import { parseCount, parseVerbArgs } from '../args.ts';
import { openStoreFrom, storeOptions } from '../common-options.ts';
import { renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';
import { loadForOrg } from './forecast.ts';

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
    const { moves, canonical } = await loadForOrg(store, org);
    const { departures, window } = selectOrgDepartures(moves, canonical, values.team ?? null);
    // Whole days, in order: the replay steps by days.
    const times = departures.map((d) => Date.parse(d.day) / DAY_MS).sort((a, b) => a - b);
    if (times.length < 2 || !window) throw new InputError('bad-data', `${canonical}: ${times.length} dated departure${times.length === 1 ? '' : 's'}; a backtest needs at least 2`);
    const since = Date.parse(window.from) / DAY_MS;
    const end = Date.parse(window.until) / DAY_MS;
    // The first cut-off leaves a warm-up of history to fit on.
    const report = backtest(times, { start: since + warmup, step, horizon, since, end });
    if (values.json) {
      io.out(renderJson({ org: canonical, team: values.team ?? null, ...report }));
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

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backtest } from './backtest.ts';
import { simulateHawkes } from './hawkes.ts';
import { mulberry32 } from './mulberry32.ts';

test('rows step through the history and count what happened next', () => {
  const times = [5, 12, 31, 33, 47, 64, 90, 95, 118];
  const r = backtest(times, { start: 30, step: 30, horizon: 30, end: 120, since: 0 });
  assert.deepEqual(r.rows.map((x) => x.cutoff), [30, 60, 90]);
  assert.deepEqual(r.rows.map((x) => x.realised), [3, 2, 2]);
  assert.deepEqual(r.rows.map((x) => x.history), [2, 5, 7]);
  for (const row of r.rows) {
    assert.equal(row.model, 'poisson');
    assert.equal(row.inside, row.realised >= row.lower && row.realised <= row.upper);
    assert.ok(row.logLikPoisson < 0 && row.logLikHawkes === null);
  }
  assert.equal(r.calibration, r.rows.filter((x) => x.inside).length / 3);
  assert.equal(r.meanLogLik.hawkes, null);
  assert.equal(r.meanLogLik.hawkesSteps, 0);
  assert.equal(backtest(times, { start: 200 }).calibration, null);
});

/*
 * Measured (runs 1000, cut-offs every 30 days over the second half of T = 2,000): 80% intervals
 * held 0.79, 0.94, 0.91, 0.88 of realised counts on Hawkes(0.05, 0.5, 0.2) seeds 1–4, and
 * 0.85–1.00 on Poisson data (discrete counts make intervals cover at least the nominal level).
 * With the parameters below (T = 1,800, runs 400), seeds 1–12: Hawkes 0.77–0.97 (pooled 0.88),
 * the Poisson baseline 0.27–0.83; Hawkes had the higher mean log predictive likelihood on all 12.
 */
test('80% intervals are calibrated on simulated Hawkes histories, and Hawkes predicts better than Poisson (heavier: about 1 s)', () => {
  const params = { mu: 0.03, alpha: 0.7, beta: 0.1 };
  let inside = 0;
  let rows = 0;
  let hawkesLL = 0;
  let poissonLL = 0;
  let steps = 0;
  for (const seed of [2, 3]) {
    const times = simulateHawkes(params, 1800, mulberry32(seed));
    const r = backtest(times, { start: 900, step: 30, horizon: 30, end: 1800, since: 0, runs: 400, seed });
    inside += r.rows.filter((x) => x.inside).length;
    rows += r.rows.length;
    hawkesLL += r.meanLogLik.hawkes! * r.meanLogLik.hawkesSteps;
    poissonLL += r.meanLogLik.poissonWhereHawkes! * r.meanLogLik.hawkesSteps;
    steps += r.meanLogLik.hawkesSteps;
  }
  const calibration = inside / rows;
  assert.equal(rows, 60);
  assert.ok(calibration >= 0.65 && calibration <= 0.95, `calibration ${calibration}`);
  assert.ok(hawkesLL / steps > poissonLL / steps, `Hawkes ${hawkesLL / steps} vs Poisson ${poissonLL / steps}`);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forecastDepartures } from './forecast.ts';
import { simulateHawkes } from './hawkes.ts';
import { mulberry32 } from './mulberry32.ts';
import { negBinomialQuantile } from './poisson.ts';

test('a thin history falls back to Poisson, says why, and scales with the horizon', () => {
  const f = forecastDepartures([0, 40, 100, 150], { now: 200, since: 0 });
  assert.equal(f.model, 'poisson');
  assert.equal(f.reason, '4 departures, fewer than the 8 a Hawkes fit needs');
  assert.equal(f.events, 4);
  assert.deepEqual(f.window, { since: 0, now: 200, length: 200 });
  assert.deepEqual(f.horizons.map((h) => h.horizon), [30, 90]);
  const [h30, h90] = f.horizons;
  // Gamma(n + ½, T) posterior on the rate: mean (4.5 / 200) per day.
  assert.ok(Math.abs(h30.expected - 0.675) < 1e-12);
  assert.ok(Math.abs(h90.expected - 2.025) < 1e-12);
  assert.equal(h90.lower, negBinomialQuantile(0.1, 4.5, 200 / 290));
  assert.equal(h90.upper, negBinomialQuantile(0.9, 4.5, 200 / 290));
  assert.ok(h90.lower <= h90.expected && h90.expected <= h90.upper);
  assert.equal(h30.level, 0.8);
});

test('the plug-in Poisson option uses the MLE rate', () => {
  const f = forecastDepartures([0, 40, 100, 150], { now: 200, since: 0, horizons: [100], rateUncertainty: false });
  assert.equal(f.horizons[0].expected, 2);
  assert.deepEqual([f.horizons[0].lower, f.horizons[0].upper], [0, 4]);
});

test('events after the forecast date are ignored, and no history gives an explicit zero forecast', () => {
  const a = forecastDepartures([0, 40, 100, 150], { now: 200, since: 0 });
  const b = forecastDepartures([0, 40, 100, 150, 210, 260], { now: 200, since: 0 });
  assert.deepEqual(a, b);
  const none = forecastDepartures([], { now: 200 });
  assert.equal(none.model, 'poisson');
  assert.equal(none.reason, 'no departures in the history');
  assert.deepEqual(none.horizons[0], { horizon: 30, expected: 0, lower: 0, upper: 0, level: 0.8 });
  // With a known coverage window, no departures is evidence of a low rate, not of nothing.
  const quiet = forecastDepartures([], { now: 365, since: 0, horizons: [365] });
  assert.ok(quiet.horizons[0].expected > 0 && quiet.horizons[0].expected < 1);
  assert.throws(() => forecastDepartures([1], { now: 5, level: 1.2 }), /interval level must be in \(0, 1\)/);
});

test('on clustered history it uses Hawkes, is reproducible, and reacts to a fresh burst', () => {
  const params = { mu: 0.02, alpha: 0.7, beta: 0.3 };
  const history = simulateHawkes(params, 1500, mulberry32(5));
  const now = 1500;
  const calm = forecastDepartures(history, { now, since: 0, runs: 500 });
  assert.equal(calm.model, 'hawkes');
  assert.match(calm.reason, /^Hawkes beats Poisson on AIC/);
  assert.deepEqual(calm, forecastDepartures(history, { now, since: 0, runs: 500 }));
  const burst = [...history, now - 3, now - 2, now - 1, now];
  const hot = forecastDepartures(burst, { now, since: 0, runs: 500 });
  assert.equal(hot.model, 'hawkes');
  // Four departures in the last days excite the process: more expected soon than in the calm case
  // and more than the long-run rate would give.
  assert.ok(hot.horizons[0].expected > calm.horizons[0].expected + 1, `${hot.horizons[0].expected} vs ${calm.horizons[0].expected}`);
  assert.ok(hot.horizons[0].expected > hot.poisson.rate * 30 * 1.5);
  for (const h of hot.horizons) assert.ok(h.lower <= h.expected && h.expected <= h.upper, JSON.stringify(h));
  assert.ok(hot.horizons[1].upper >= hot.horizons[0].upper);
});

test('a near-critical fit is rejected with its reason', () => {
  const f = forecastDepartures(simulateHawkes({ mu: 0.002, alpha: 0.98, beta: 0.05 }, 1500, mulberry32(2)), { now: 1500, since: 0, runs: 200, maxAlpha: 0.5 });
  assert.equal(f.model, 'poisson');
  assert.match(f.reason, /near-critical \(alpha 0\.\d\d ≥ 0\.5\)|does not beat Poisson/);
});

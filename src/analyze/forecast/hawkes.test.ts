import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectHawkesCount, hawkesLogLikelihood, measureExcitation, simulateHawkes, simulateHawkesCounts, type HawkesParams } from './hawkes.ts';
import { mulberry32 } from './mulberry32.ts';

/** The textbook O(n²) likelihood, summing over strictly earlier events. */
function naiveLogLikelihood(times: number[], T: number, { mu, alpha, beta }: HawkesParams): number {
  let ll = 0;
  for (const ti of times) {
    let lambda = mu;
    for (const tj of times) if (tj < ti) lambda += alpha * beta * Math.exp(-beta * (ti - tj));
    ll += Math.log(lambda);
  }
  ll -= mu * T;
  for (const ti of times) ll -= alpha * (1 - Math.exp(-beta * (T - ti)));
  return ll;
}

test('the O(n) recursion equals the naive O(n²) likelihood, ties included', () => {
  const rng = mulberry32(7);
  for (let trial = 0; trial < 20; trial++) {
    const n = 1 + Math.floor(rng() * 30);
    // Integer days so that ties occur often.
    const times = Array.from({ length: n }, () => Math.floor(rng() * 60)).sort((a, b) => a - b);
    const params = { mu: 0.02 + rng() * 0.3, alpha: rng() * 0.95, beta: 0.01 + rng() * 3 };
    const fast = hawkesLogLikelihood(times, 60, params);
    const slow = naiveLogLikelihood(times, 60, params);
    assert.ok(Math.abs(fast - slow) < 1e-9 * Math.max(1, Math.abs(slow)), `trial ${trial}: ${fast} vs ${slow}`);
  }
});

test('simultaneous events do not excite each other, so the likelihood stays bounded as beta grows', () => {
  const times = [10, 10, 10, 10];
  const small = hawkesLogLikelihood(times, 100, { mu: 0.04, alpha: 0.9, beta: 1 });
  const huge = hawkesLogLikelihood(times, 100, { mu: 0.04, alpha: 0.9, beta: 1e6 });
  assert.ok(Number.isFinite(huge));
  assert.ok(huge <= small + 1, `${huge} should not run away from ${small}`);
  assert.equal(hawkesLogLikelihood(times, 100, { mu: 0, alpha: 0.5, beta: 1 }), -Infinity);
});

test('simulation is reproducible per seed and its mean count matches mu·T/(1 − alpha)', () => {
  const params = { mu: 0.05, alpha: 0.5, beta: 0.2 };
  assert.deepEqual(simulateHawkes(params, 500, mulberry32(3)), simulateHawkes(params, 500, mulberry32(3)));
  let total = 0;
  const seeds = 8;
  for (let s = 1; s <= seeds; s++) {
    const times = simulateHawkes(params, 2000, mulberry32(s));
    assert.ok(times.every((t, i) => t > 0 && t <= 2000 && (i === 0 || t >= times[i - 1])));
    total += times.length;
  }
  // Expected 200 per run (minus a small start-up deficit); the mean of 8 runs has sd ≈ 10.
  const mean = total / seeds;
  assert.ok(mean > 165 && mean < 225, `mean count ${mean}`);
});

test('simulating from a history starts after it and is pushed up by recent events', () => {
  const params = { mu: 0.01, alpha: 0.8, beta: 0.1 };
  const history = [95, 97, 98, 99, 100];
  let withHistory = 0;
  let without = 0;
  for (let s = 1; s <= 200; s++) {
    const future = simulateHawkes(params, 130, mulberry32(s), { history, start: 100 });
    assert.ok(future.every((t) => t > 100 && t <= 130));
    withHistory += future.length;
    without += simulateHawkes(params, 130, mulberry32(s), { start: 100 }).length;
  }
  assert.ok(withHistory > 2 * without, `${withHistory} vs ${without}`);
});

test('the closed-form expected count agrees with the Monte-Carlo mean', () => {
  const params = { mu: 0.03, alpha: 0.6, beta: 0.15 };
  const excitation = measureExcitation([0, 5, 18, 19], 20, params.beta);
  const runs = 4000;
  const [c30, c90] = simulateHawkesCounts(params, excitation, [30, 90], runs, mulberry32(11));
  for (const [h, counts] of [[30, c30], [90, c90]] as const) {
    const m = counts.reduce((a, b) => a + b, 0) / runs;
    const sd = Math.sqrt(counts.reduce((a, b) => a + (b - m) ** 2, 0) / (runs - 1));
    const exact = expectHawkesCount(params, excitation, h);
    assert.ok(Math.abs(m - exact) < 4 * sd / Math.sqrt(runs), `h=${h}: MC ${m} vs exact ${exact}`);
  }
  // No excitation and no self-excitation: the count is mu·h.
  assert.ok(Math.abs(expectHawkesCount({ mu: 0.1, alpha: 1e-12, beta: 1 }, 0, 30) - 3) < 1e-9);
});

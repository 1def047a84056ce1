import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logGamma, poissonUpperTail } from './poisson-tail.ts';

/** Sums the upper tail term by term in log space: slow but independent of the gamma route. */
function directTail(k: number, lambda: number): number {
  let logTerm = k * Math.log(lambda) - lambda - logFactorial(k);
  let sum = 0;
  for (let n = k; n < k + 2000; n++) {
    sum += Math.exp(logTerm);
    logTerm += Math.log(lambda) - Math.log(n + 1);
  }
  return sum;
}
function logFactorial(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
}

const close = (actual: number, expected: number, rel = 1e-9) =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${actual} vs ${expected}`);

test('logGamma matches factorials and Γ(1/2)', () => {
  assert.ok(Math.abs(logGamma(1)) < 1e-12);
  close(logGamma(5), Math.log(24));
  close(logGamma(21), logFactorial(20));
  close(logGamma(0.5), Math.log(Math.sqrt(Math.PI)));
});

test('known values', () => {
  close(poissonUpperTail(1, 1), 1 - Math.exp(-1));
  close(poissonUpperTail(3, 0.1), 1 - Math.exp(-0.1) * (1 + 0.1 + 0.005));
  close(poissonUpperTail(10, 2), 4.649807501e-5, 1e-8);
  close(poissonUpperTail(2, 3), 1 - 4 * Math.exp(-3));
});

test('agrees with a direct log-space sum across regimes, deep tails included', () => {
  for (const [k, lambda] of [[4, 0.08], [3, 2.5], [20, 5], [50, 10], [5, 40], [100, 100], [150, 100], [30, 0.01]]) {
    close(poissonUpperTail(k, lambda), directTail(k, lambda), 1e-8);
  }
  // Summing the pmf from 0 and subtracting from 1 would return 0 here.
  const deep = poissonUpperTail(30, 0.01);
  assert.ok(deep > 0 && deep < 1e-80, String(deep));
});

test('edges: k ≤ 0, λ = 0, huge λ, bad λ', () => {
  assert.equal(poissonUpperTail(0, 5), 1);
  assert.equal(poissonUpperTail(-2, 5), 1);
  assert.equal(poissonUpperTail(1, 0), 0);
  close(poissonUpperTail(3, 1e6), 1);
  assert.throws(() => poissonUpperTail(3, -1), /λ must be/);
  assert.throws(() => poissonUpperTail(3, Number.NaN), /λ must be/);
});

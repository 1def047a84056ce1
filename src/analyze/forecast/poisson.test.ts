import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fitPoissonRate, logGamma, negBinomialLogPmf, negBinomialQuantile, poissonLogPmf, poissonProcessLogLikelihood, poissonQuantile,
} from './poisson.ts';

test('logGamma matches factorials and Γ(½) = √π', () => {
  assert.ok(Math.abs(logGamma(1)) < 1e-12);
  assert.ok(Math.abs(logGamma(5) - Math.log(24)) < 1e-12);
  assert.ok(Math.abs(logGamma(0.5) - 0.5 * Math.log(Math.PI)) < 1e-12);
  assert.ok(Math.abs(logGamma(101) - 363.73937555556347) < 1e-9);
});

test('the rate MLE maximises the process log-likelihood', () => {
  const rate = fitPoissonRate(30, 600);
  assert.equal(rate, 0.05);
  const best = poissonProcessLogLikelihood(30, 600, rate);
  assert.ok(best > poissonProcessLogLikelihood(30, 600, rate * 1.1));
  assert.ok(best > poissonProcessLogLikelihood(30, 600, rate * 0.9));
  assert.equal(poissonProcessLogLikelihood(0, 600, 0), 0);
  assert.throws(() => fitPoissonRate(3, 0), /window must be positive/);
});

test('Poisson quantiles match the tabulated cdf of Poisson(3)', () => {
  // cdf: 0.0498, 0.1991, 0.4232, 0.6472, 0.8153, 0.9161
  assert.equal(poissonQuantile(0.1, 3), 1);
  assert.equal(poissonQuantile(0.5, 3), 3);
  assert.equal(poissonQuantile(0.9, 3), 5);
  assert.equal(poissonQuantile(0.8, 3), 4);
  assert.equal(poissonQuantile(0.9, 0), 0);
  let total = 0;
  for (let k = 0; k < 60; k++) total += Math.exp(poissonLogPmf(k, 7.5));
  assert.ok(Math.abs(total - 1) < 1e-12);
});

test('the negative binomial sums to one, has mean r(1−q)/q and tends to the Poisson', () => {
  const r = 4.5;
  const q = 0.6;
  let total = 0;
  let mean = 0;
  for (let k = 0; k < 400; k++) {
    const p = Math.exp(negBinomialLogPmf(k, r, q));
    total += p;
    mean += k * p;
  }
  assert.ok(Math.abs(total - 1) < 1e-10);
  assert.ok(Math.abs(mean - (r * (1 - q)) / q) < 1e-8);
  // Huge shape with the same mean: the rate is known, the count is Poisson(3).
  const big = 1e6;
  const qBig = big / (big + 3);
  assert.equal(negBinomialQuantile(0.1, big, qBig), poissonQuantile(0.1, 3));
  assert.equal(negBinomialQuantile(0.9, big, qBig), poissonQuantile(0.9, 3));
  // Few observations: the rate is uncertain, so the interval is wider than the plug-in Poisson one.
  const fewR = 2.5;
  const fewQ = 100 / (100 + 120); // 2 events in 100 days, horizon 120 → mean 3
  assert.ok(negBinomialQuantile(0.9, fewR, fewQ) > poissonQuantile(0.9, 3));
});

/** Predictive distributions of future event counts under the Poisson baseline and a fitted Hawkes process. */

import { expectHawkesCount, measureExcitation, simulateHawkesCounts, type HawkesParams } from './hawkes.ts';
import type { Rng } from './mulberry32.ts';
import { negBinomialLogPmf, negBinomialQuantile, poissonLogPmf, poissonQuantile } from './poisson.ts';

/** What a model predicts for the count in one horizon. */
export interface CountPrediction {
  horizon: number;
  expected: number;
  /** Central interval [lower, upper] holding at least `level` of the predictive mass. */
  lower: number;
  upper: number;
  level: number;
  /** Log predictive probability of observing exactly `k` events. */
  logProb(k: number): number;
}

export interface PoissonPredictOptions {
  /**
   * Default true: the rate is not known exactly, so use its Gamma posterior under the
   * Jeffreys prior Gamma(½, 0): shape n + ½, rate T. The count over h is then negative
   * binomial, wider than a plug-in Poisson when the history is short. False: Poisson at n/T.
   */
  rateUncertainty?: boolean;
}

/** Predicts counts over each horizon after observing `n` events in a window of length `T`. */
export function predictPoissonCounts(
  n: number,
  T: number,
  horizons: readonly number[],
  level: number,
  options: PoissonPredictOptions = {},
): CountPrediction[] {
  const lowP = (1 - level) / 2;
  const highP = (1 + level) / 2;
  return horizons.map((h) => {
    if (options.rateUncertainty === false) {
      const mean = (n / T) * h;
      return {
        horizon: h, expected: mean, level,
        lower: poissonQuantile(lowP, mean), upper: poissonQuantile(highP, mean),
        logProb: (k: number) => poissonLogPmf(k, mean),
      };
    }
    const r = n + 0.5;
    const q = T / (T + h);
    return {
      horizon: h, expected: (r * h) / T, level,
      lower: negBinomialQuantile(lowP, r, q), upper: negBinomialQuantile(highP, r, q),
      logProb: (k: number) => negBinomialLogPmf(k, r, q),
    };
  });
}

/**
 * Predicts counts over each horizon after `T` for a fitted Hawkes process, conditional on the
 * history `times` (which sets how excited the process is at T). The expectation is exact (closed
 * form); the interval and `logProb` come from `runs` seeded simulations. `logProb` uses add-one
 * smoothing over the counts 0..max(largest simulated, k)+1, so a count no run produced still gets
 * a small, finite probability rather than log 0.
 */
export function predictHawkesCounts(
  params: HawkesParams,
  times: readonly number[],
  T: number,
  horizons: readonly number[],
  level: number,
  runs: number,
  rng: Rng,
): CountPrediction[] {
  const excitation = measureExcitation(times, T, params.beta);
  const samples = simulateHawkesCounts(params, excitation, horizons, runs, rng);
  return horizons.map((h, i) => {
    const histogram: number[] = [];
    for (const c of samples[i]) histogram[c] = (histogram[c] ?? 0) + 1;
    const maxSeen = histogram.length - 1;
    return {
      horizon: h,
      expected: expectHawkesCount(params, excitation, h),
      lower: quantileOfHistogram(histogram, runs, (1 - level) / 2),
      upper: quantileOfHistogram(histogram, runs, (1 + level) / 2),
      level,
      logProb: (k: number) => {
        if (k < 0 || !Number.isInteger(k)) return -Infinity;
        const bins = Math.max(maxSeen, k) + 2;
        return Math.log(((histogram[k] ?? 0) + 1) / (runs + bins));
      },
    };
  });
}

/** Smallest count whose empirical cdf reaches `p`. */
function quantileOfHistogram(histogram: readonly number[], total: number, p: number): number {
  let cum = 0;
  for (let k = 0; k < histogram.length; k++) {
    cum += histogram[k] ?? 0;
    if (cum >= p * total - 1e-9) return k;
  }
  return histogram.length - 1;
}

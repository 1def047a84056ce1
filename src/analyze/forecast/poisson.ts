/** Homogeneous Poisson process baseline: rate fit, log-likelihood, count pmf and quantiles (Poisson and negative binomial). */

/** Natural log of the gamma function (Lanczos, |error| < 1e-13 for x > 0). */
export function logGamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  // Reflection keeps accuracy for small arguments.
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let s = c[0];
  for (let i = 1; i < g + 2; i++) s += c[i] / (z + i);
  const t = z + g + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** Maximum-likelihood rate of a homogeneous Poisson process: events per unit time over a window of length `T`. */
export function fitPoissonRate(count: number, T: number): number {
  if (!(T > 0)) throw new RangeError(`Poisson window must be positive, got ${T}`);
  return count / T;
}

/**
 * Point-process log-likelihood of `count` events in a window of length `T` under rate `rate`:
 * `count·log(rate) − rate·T` (event times carry no extra information for a homogeneous process).
 */
export function poissonProcessLogLikelihood(count: number, T: number, rate: number): number {
  if (count === 0) return rate > 0 ? -rate * T : 0;
  if (!(rate > 0)) return -Infinity;
  return count * Math.log(rate) - rate * T;
}

/** Log probability of observing `k` events when the count is Poisson with mean `mean`. */
export function poissonLogPmf(k: number, mean: number): number {
  if (k < 0 || !Number.isInteger(k)) return -Infinity;
  if (mean <= 0) return k === 0 ? 0 : -Infinity;
  return k * Math.log(mean) - mean - logGamma(k + 1);
}

/** Smallest count `k` with P(N ≤ k) ≥ p for a Poisson count with mean `mean` (linear scan from 0). */
export function poissonQuantile(p: number, mean: number): number {
  return scanQuantile(p, (k) => poissonLogPmf(k, mean), mean);
}

/**
 * Log probability of `k` under the negative binomial that arises as the Poisson count
 * whose rate has a Gamma(shape `r`, rate `b`) posterior over a horizon `h`:
 * P(k) = Γ(r+k)/(Γ(r) k!) · q^r · (1−q)^k with q = b/(b+h).
 */
export function negBinomialLogPmf(k: number, r: number, q: number): number {
  if (k < 0 || !Number.isInteger(k)) return -Infinity;
  if (q >= 1) return k === 0 ? 0 : -Infinity;
  return logGamma(r + k) - logGamma(r) - logGamma(k + 1) + r * Math.log(q) + k * Math.log(1 - q);
}

/** Smallest count `k` with P(N ≤ k) ≥ p for the negative binomial of `negBinomialLogPmf`. */
export function negBinomialQuantile(p: number, r: number, q: number): number {
  const mean = (r * (1 - q)) / q;
  return scanQuantile(p, (k) => negBinomialLogPmf(k, r, q), mean);
}

/** Walks the cdf upward from 0; the cap guards against p ≈ 1 with rounding leaving the cdf just short. */
function scanQuantile(p: number, logPmf: (k: number) => number, mean: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile level must be in [0, 1], got ${p}`);
  const cap = Math.ceil(mean + 50 * Math.sqrt(mean + 1) + 50);
  let cdf = 0;
  for (let k = 0; k < cap; k++) {
    cdf += Math.exp(logPmf(k));
    if (cdf >= p - 1e-12) return k;
  }
  return cap;
}

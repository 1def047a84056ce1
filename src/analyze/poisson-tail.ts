/** Poisson upper-tail probabilities P(N ≥ k | λ), through the regularised incomplete gamma function. */

const LANCZOS = [
  676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error about 1e-15). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = 0.99999999999980993;
  const t = z + 7.5;
  for (let i = 0; i < LANCZOS.length; i++) a += LANCZOS[i] / (z + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const EPS = 1e-15;
const MAX_ITER = 10_000;

/**
 * Regularised lower incomplete gamma P(a, x) and its complement Q, each computed directly where
 * it is accurate (series below a + 1, continued fraction above), so a tiny tail is never formed
 * as 1 − (something close to 1).
 */
function incompleteGamma(a: number, x: number): { p: number; q: number } {
  if (x <= 0) return { p: 0, q: 1 };
  const logPrefix = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < MAX_ITER; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    const p = Math.exp(logPrefix + Math.log(sum));
    return { p, q: 1 - p };
  }
  // Lentz's method for the continued fraction of Q(a, x).
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  const q = Math.exp(logPrefix + Math.log(h));
  return { p: 1 - q, q };
}

/**
 * P(N ≥ k) for N ~ Poisson(λ): 1 for k ≤ 0; 0 when λ = 0 and k > 0. Uses the identity
 * P(N ≥ k) = P(k, λ), the regularised lower incomplete gamma function, which stays accurate deep
 * in the tail (down to about 1e-300) where summing the pmf from 0 would cancel to zero.
 * @example poissonUpperTail(4, 0.08) // ≈ 1.6e-6
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (!Number.isFinite(lambda) || lambda < 0) throw new RangeError(`poissonUpperTail: λ must be a finite number ≥ 0, got ${lambda}`);
  if (k <= 0) return 1;
  if (lambda === 0) return 0;
  const { p } = incompleteGamma(Math.ceil(k), lambda);
  return Math.min(1, Math.max(0, p));
}

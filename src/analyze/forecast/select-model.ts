/** Chooses between the Hawkes process and the Poisson baseline for one history, and says why. */

import { fitHawkes, type HawkesFit } from './fit-hawkes.ts';
import { fitPoissonRate, poissonProcessLogLikelihood } from './poisson.ts';

export type ForecastModel = 'hawkes' | 'poisson';

export interface ModelChoice {
  model: ForecastModel;
  /** Plain-language reason for the choice, e.g. "3 departures, fewer than the 8 a Hawkes fit needs". */
  reason: string;
  /** Events in the history. */
  events: number;
  /** Window length the models were fitted on. */
  length: number;
  poisson: { rate: number; logLik: number; aic: number };
  /** The fit, whenever there were enough events to attempt one (also when Poisson was chosen). */
  hawkes: (HawkesFit & { aic: number }) | null;
}

export interface SelectModelOptions {
  /** Fewer events than this and no Hawkes fit is attempted (default 8). */
  minEvents?: number;
  /** A fitted branching ratio at or above this is treated as near-critical and rejected (default 0.95). */
  maxAlpha?: number;
}

/**
 * Fits both models to sorted event times in [0, T] and picks one. The rule: Hawkes when there
 * are at least `minEvents` events, the fit is not near-critical (alpha < `maxAlpha`), and it has
 * the lower AIC (2k − 2·logLik, k = 3 vs 1). AIC rather than a likelihood-ratio test because
 * under the Poisson null alpha sits on its boundary and beta is unidentified, so the χ²
 * reference distribution of the LRT does not hold; AIC's "two log-units per extra parameter"
 * is the stated, testable bar instead.
 */
export function selectModel(times: readonly number[], T: number, options: SelectModelOptions = {}): ModelChoice {
  const { minEvents = 8, maxAlpha = 0.95 } = options;
  const n = times.length;
  const rate = fitPoissonRate(n, T);
  const poissonLogLik = poissonProcessLogLikelihood(n, T, rate);
  const poisson = { rate, logLik: poissonLogLik, aic: 2 - 2 * poissonLogLik };
  const base = { events: n, length: T, poisson };
  if (n < minEvents) {
    return { ...base, model: 'poisson', reason: `${n} departures, fewer than the ${minEvents} a Hawkes fit needs`, hawkes: null };
  }
  const fit = fitHawkes(times, T);
  const hawkes = { ...fit, aic: 6 - 2 * fit.logLik };
  if (!Number.isFinite(fit.logLik)) {
    return { ...base, model: 'poisson', reason: 'the Hawkes fit failed to find a finite likelihood', hawkes };
  }
  if (fit.alpha >= maxAlpha) {
    return { ...base, model: 'poisson', reason: `the Hawkes fit is near-critical (alpha ${fit.alpha.toFixed(2)} ≥ ${maxAlpha})`, hawkes };
  }
  const gain = poisson.aic - hawkes.aic;
  if (gain <= 0) {
    return { ...base, model: 'poisson', reason: `Hawkes does not beat Poisson on AIC (ΔAIC ${gain.toFixed(1)})`, hawkes };
  }
  return { ...base, model: 'hawkes', reason: `Hawkes beats Poisson on AIC by ${gain.toFixed(1)} (alpha ${fit.alpha.toFixed(2)})`, hawkes };
}

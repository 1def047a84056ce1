/** Forecast of departures over the next horizons with an interval, from a Hawkes fit or the Poisson baseline. */

import type { HawkesFit } from './fit-hawkes.ts';
import { mulberry32 } from './mulberry32.ts';
import { predictHawkesCounts, predictPoissonCounts, type CountPrediction } from './predict-counts.ts';
import { selectModel, type ForecastModel } from './select-model.ts';

export interface ForecastOptions {
  /** Forecast origin (same unit as the times, e.g. days); only events at or before it are used. */
  now: number;
  /** Horizon lengths after `now` (default [30, 90]). */
  horizons?: number[];
  /** Interval coverage (default 0.8: the 10th–90th percentile). */
  level?: number;
  /** Fewest events for which a Hawkes fit is attempted (default 8). */
  minEvents?: number;
  /** Fitted branching ratio at or above which the Hawkes fit is rejected (default 0.95). */
  maxAlpha?: number;
  /**
   * Start of the observation window. Default: the first event, which slightly overstates the
   * rate (the window opens on an event); pass the start of the news coverage when known.
   */
  since?: number;
  /** Monte-Carlo runs for the Hawkes interval (default 2000). */
  runs?: number;
  /** Seed for the simulations (default 1): the same input gives the same forecast. */
  seed?: number;
  /** Passed to the Poisson predictive; see `predictPoissonCounts` (default true: negative binomial). */
  rateUncertainty?: boolean;
}

export interface HorizonForecast {
  horizon: number;
  expected: number;
  lower: number;
  upper: number;
  level: number;
}

export interface DepartureForecast {
  model: ForecastModel;
  reason: string;
  /** Departures in the observation window. */
  events: number;
  window: { since: number; now: number; length: number };
  poisson: { rate: number; logLik: number; aic: number };
  hawkes: (HawkesFit & { aic: number }) | null;
  horizons: HorizonForecast[];
}

/** What `forecastDepartures` computes, with the predictive distributions of both models kept (for the backtest). */
export interface DetailedForecast extends DepartureForecast {
  predictions: { poisson: CountPrediction[]; hawkes: CountPrediction[] | null };
}

/**
 * Expected departures over each horizon after `now`, with a central interval. Uses a Hawkes
 * process when `selectModel` accepts it (enough events, alpha < maxAlpha, better AIC) and says
 * so in `model` and `reason`; otherwise the Poisson baseline.
 *
 * @example forecastDepartures([0, 40, 100, 150], { now: 200, since: 0 })
 *   // → { model: 'poisson', reason: '4 departures, fewer than the 8 a Hawkes fit needs',
 *   //     horizons: [{ horizon: 30, expected: 0.675, lower: 0, upper: 2, level: 0.8 }, …], … }
 */
export function forecastDepartures(times: readonly number[], options: ForecastOptions): DepartureForecast {
  const { predictions, ...forecast } = forecastDeparturesInDetail(times, options);
  return forecast;
}

/** Same as `forecastDepartures`, also returning both models' predictive distributions. */
export function forecastDeparturesInDetail(times: readonly number[], options: ForecastOptions): DetailedForecast {
  const { now, horizons = [30, 90], level = 0.8, runs = 2000, seed = 1 } = options;
  if (!Number.isFinite(now)) throw new RangeError(`forecast origin must be a finite number, got ${now}`);
  if (!(level > 0 && level < 1)) throw new RangeError(`interval level must be in (0, 1), got ${level}`);
  const past = times.filter((t) => Number.isFinite(t) && t <= now).sort((a, b) => a - b);
  const since = options.since ?? (past.length ? past[0] : now);
  const inWindow = past.filter((t) => t >= since);
  const length = now - since;
  const window = { since, now, length };
  if (!(length > 0)) {
    // No window to learn a rate from: say so instead of inventing one.
    const zero = horizons.map((h) => ({ horizon: h, expected: 0, lower: 0, upper: 0, level }));
    const reason = inWindow.length ? 'all departures fall on the forecast date; no history to estimate a rate' : 'no departures in the history';
    return {
      model: 'poisson', reason, events: inWindow.length, window,
      poisson: { rate: 0, logLik: 0, aic: 2 }, hawkes: null, horizons: zero,
      predictions: { poisson: zero.map((z) => ({ ...z, logProb: (k: number) => (k === 0 ? 0 : -Infinity) })), hawkes: null },
    };
  }
  const shifted = inWindow.map((t) => t - since);
  const choice = selectModel(shifted, length, { minEvents: options.minEvents, maxAlpha: options.maxAlpha });
  const poissonPredictions = predictPoissonCounts(shifted.length, length, horizons, level, { rateUncertainty: options.rateUncertainty });
  const hawkesUsable = choice.hawkes !== null && Number.isFinite(choice.hawkes.logLik) && choice.hawkes.alpha < (options.maxAlpha ?? 0.95);
  const hawkesPredictions = hawkesUsable && choice.hawkes
    ? predictHawkesCounts(choice.hawkes, shifted, length, horizons, level, runs, mulberry32(seed))
    : null;
  const chosen = choice.model === 'hawkes' && hawkesPredictions ? hawkesPredictions : poissonPredictions;
  return {
    model: choice.model,
    reason: choice.reason,
    events: choice.events,
    window,
    poisson: choice.poisson,
    hawkes: choice.hawkes,
    horizons: chosen.map(({ horizon, expected, lower, upper, level: l }) => ({ horizon, expected, lower, upper, level: l })),
    predictions: { poisson: poissonPredictions, hawkes: hawkesPredictions },
  };
}

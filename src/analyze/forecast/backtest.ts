/** Rolling-origin backtest of the departure forecast: calibration and log predictive likelihood against the Poisson baseline. */

import { forecastDeparturesInDetail, type ForecastOptions } from './forecast.ts';
import type { ForecastModel } from './select-model.ts';

export interface BacktestOptions {
  /** First cut-off. */
  start: number;
  /** Distance between cut-offs (default 30). */
  step?: number;
  /** Forecast horizon scored at each cut-off (default 30). */
  horizon?: number;
  level?: number;
  /** Last moment of observed history; a cut-off is scored only if its horizon ends by then (default: the last event). */
  end?: number;
  since?: number;
  minEvents?: number;
  maxAlpha?: number;
  /** Monte-Carlo runs per cut-off for the Hawkes predictive (default 2000). */
  runs?: number;
  seed?: number;
  rateUncertainty?: boolean;
}

export interface BacktestRow {
  cutoff: number;
  /** Events the models were fitted on (at or before the cut-off). */
  history: number;
  model: ForecastModel;
  reason: string;
  expected: number;
  lower: number;
  upper: number;
  /** Events in (cutoff, cutoff + horizon]. */
  realised: number;
  inside: boolean;
  logLikChosen: number;
  logLikPoisson: number;
  /** Null when no usable Hawkes fit existed at this cut-off. */
  logLikHawkes: number | null;
  insidePoisson: boolean;
  insideHawkes: boolean | null;
}

export interface BacktestReport {
  horizon: number;
  level: number;
  rows: BacktestRow[];
  /** Share of realised counts inside the interval of the chosen model (null with no rows). */
  calibration: number | null;
  calibrationPoisson: number | null;
  /** Over the cut-offs with a usable Hawkes fit only. */
  calibrationHawkes: number | null;
  /** Mean log predictive probability of the realised counts. */
  meanLogLik: {
    chosen: number | null;
    poisson: number | null;
    /** Hawkes and Poisson compared on the same cut-offs: those with a usable Hawkes fit. */
    hawkes: number | null;
    poissonWhereHawkes: number | null;
    hawkesSteps: number;
  };
}

/**
 * Replays history: at each cut-off start, start+step, … it forecasts from the past only and
 * scores the forecast against what happened in the next `horizon`.
 *
 * @example backtest(dayNumbers, { start: 20000, step: 30, horizon: 30 }).calibration // share of realised counts inside their 80% interval
 */
export function backtest(times: readonly number[], options: BacktestOptions): BacktestReport {
  const { start, step = 30, horizon = 30, level = 0.8, seed = 1 } = options;
  if (!(step > 0) || !(horizon > 0)) throw new RangeError(`step and horizon must be positive, got ${step} and ${horizon}`);
  const sorted = times.filter(Number.isFinite).slice().sort((a, b) => a - b);
  const end = options.end ?? (sorted.length ? sorted[sorted.length - 1] : start);
  const rows: BacktestRow[] = [];
  for (let cutoff = start, i = 0; cutoff + horizon <= end; cutoff += step, i++) {
    const forecastOptions: ForecastOptions = {
      now: cutoff, horizons: [horizon], level, since: options.since, minEvents: options.minEvents,
      maxAlpha: options.maxAlpha, runs: options.runs, seed: seed + i, rateUncertainty: options.rateUncertainty,
    };
    const f = forecastDeparturesInDetail(sorted, forecastOptions);
    const realised = sorted.filter((t) => t > cutoff && t <= cutoff + horizon).length;
    const chosen = f.horizons[0];
    const p = f.predictions.poisson[0];
    const h = f.predictions.hawkes ? f.predictions.hawkes[0] : null;
    const chosenPrediction = f.model === 'hawkes' && h ? h : p;
    rows.push({
      cutoff, history: f.events, model: f.model, reason: f.reason,
      expected: chosen.expected, lower: chosen.lower, upper: chosen.upper, realised,
      inside: realised >= chosen.lower && realised <= chosen.upper,
      logLikChosen: chosenPrediction.logProb(realised),
      logLikPoisson: p.logProb(realised),
      logLikHawkes: h ? h.logProb(realised) : null,
      insidePoisson: realised >= p.lower && realised <= p.upper,
      insideHawkes: h ? realised >= h.lower && realised <= h.upper : null,
    });
  }
  const withHawkes = rows.filter((r) => r.logLikHawkes !== null);
  return {
    horizon, level, rows,
    calibration: share(rows, (r) => r.inside),
    calibrationPoisson: share(rows, (r) => r.insidePoisson),
    calibrationHawkes: share(withHawkes, (r) => r.insideHawkes === true),
    meanLogLik: {
      chosen: mean(rows.map((r) => r.logLikChosen)),
      poisson: mean(rows.map((r) => r.logLikPoisson)),
      hawkes: mean(withHawkes.map((r) => r.logLikHawkes as number)),
      poissonWhereHawkes: mean(withHawkes.map((r) => r.logLikPoisson)),
      hawkesSteps: withHawkes.length,
    },
  };
}

function share<T>(items: readonly T[], test: (x: T) => boolean): number | null {
  return items.length ? items.filter(test).length / items.length : null;
}

function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

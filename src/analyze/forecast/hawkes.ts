/** The exponential-kernel Hawkes process: log-likelihood, excitation state, expected counts and Ogata-thinning simulation. */

import { drawExponential, type Rng } from './mulberry32.ts';

/**
 * λ(t) = mu + Σ_{t_i < t} alpha·beta·e^{−beta(t − t_i)}.
 * `alpha` is the branching ratio (expected direct offspring per event, < 1 for a stationary process);
 * `beta` is the decay rate, so 1/beta is the mean delay from a departure to the ones it triggers.
 */
export interface HawkesParams {
  mu: number;
  alpha: number;
  beta: number;
}

/**
 * Log-likelihood of sorted event times in [0, T] in O(n):
 * Σ log λ(t_i) − mu·T − alpha·Σ (1 − e^{−beta(T − t_i)}).
 * Events at the same instant do not excite each other (the sum is over strictly earlier
 * events), which keeps the likelihood bounded when several moves share one date.
 */
export function hawkesLogLikelihood(times: readonly number[], T: number, params: HawkesParams): number {
  const { mu, alpha, beta } = params;
  if (!(mu > 0) || !(alpha >= 0) || !(beta > 0)) return -Infinity;
  let sumLog = 0;
  let compensator = mu * T;
  // state = Σ_{t_j < prev} e^{−beta(prev − t_j)}; pending = events at `prev` not yet folded in.
  let state = 0;
  let pending = 0;
  let prev = -Infinity;
  for (const t of times) {
    if (t > prev) {
      state = prev === -Infinity ? 0 : (state + pending) * Math.exp(-beta * (t - prev));
      pending = 0;
      prev = t;
    }
    const lambda = mu + alpha * beta * state;
    sumLog += Math.log(lambda);
    compensator += alpha * (1 - Math.exp(-beta * (T - t)));
    pending++;
  }
  return sumLog - compensator;
}

/** Σ_{t_i ≤ at} e^{−beta(at − t_i)}: how much of the past still excites the process at time `at`. */
export function measureExcitation(times: readonly number[], at: number, beta: number): number {
  let s = 0;
  for (const t of times) if (t <= at) s += Math.exp(-beta * (at - t));
  return s;
}

/**
 * Expected number of events in (now, now + h] given the excitation state at `now`
 * (closed form: E λ relaxes to mu/(1−alpha) at rate beta(1−alpha)).
 */
export function expectHawkesCount(params: HawkesParams, excitation: number, h: number): number {
  const { mu, alpha, beta } = params;
  const k = beta * (1 - alpha);
  const stationary = mu / (1 - alpha);
  const lambda0 = mu + alpha * beta * excitation;
  return stationary * h + ((lambda0 - stationary) * (1 - Math.exp(-k * h))) / k;
}

export interface SimulateOptions {
  /** Events before `start` that still excite the process (for simulating the future given a history). */
  history?: readonly number[];
  /** Simulation starts here (default 0); events fall in (start, T]. */
  start?: number;
  /** Safety cap on the number of simulated events (default 1e6). */
  maxEvents?: number;
}

/**
 * Simulates event times in (start, T] by Ogata thinning. Between events the intensity only
 * decays, so the intensity just after the current time bounds it until the next candidate.
 *
 * @example simulateHawkes({ mu: 0.05, alpha: 0.5, beta: 0.2 }, 2000, mulberry32(1))
 */
export function simulateHawkes(params: HawkesParams, T: number, rng: Rng, options: SimulateOptions = {}): number[] {
  const { mu, alpha, beta } = params;
  const start = options.start ?? 0;
  const maxEvents = options.maxEvents ?? 1e6;
  let excitation = options.history ? measureExcitation(options.history, start, beta) : 0;
  const out: number[] = [];
  let t = start;
  while (out.length < maxEvents) {
    const bound = mu + alpha * beta * excitation;
    const wait = drawExponential(rng, bound);
    t += wait;
    if (t > T) break;
    excitation *= Math.exp(-beta * wait);
    if (rng() * bound <= mu + alpha * beta * excitation) {
      out.push(t);
      excitation += 1;
    }
  }
  return out;
}

/**
 * Simulates `runs` futures of length max(horizons) from an excitation state and returns,
 * per horizon, the event count of every run (a Monte-Carlo predictive distribution).
 */
export function simulateHawkesCounts(
  params: HawkesParams,
  excitation: number,
  horizons: readonly number[],
  runs: number,
  rng: Rng,
): number[][] {
  const { mu, alpha, beta } = params;
  const end = Math.max(...horizons);
  const counts = horizons.map(() => new Array<number>(runs).fill(0));
  for (let r = 0; r < runs; r++) {
    let e = excitation;
    let t = 0;
    // Bounded so a near-critical fit cannot hang a run.
    for (let guard = 0; guard < 1e6; guard++) {
      const bound = mu + alpha * beta * e;
      const wait = drawExponential(rng, bound);
      t += wait;
      if (t > end) break;
      e *= Math.exp(-beta * wait);
      if (rng() * bound <= mu + alpha * beta * e) {
        e += 1;
        for (let h = 0; h < horizons.length; h++) if (t <= horizons[h]) counts[h][r]++;
      }
    }
  }
  return counts;
}

/** Seeded pseudo-random numbers (mulberry32) so simulations and forecasts are reproducible. */

/** A function returning uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * Creates a seeded uniform generator on [0, 1) using mulberry32: tiny state, good enough
 * statistical quality for Monte-Carlo forecasts, and identical output on every platform.
 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws an exponential waiting time with the given rate; `1 - u` keeps log away from 0. */
export function drawExponential(rng: Rng, rate: number): number {
  return -Math.log(1 - rng()) / rate;
}

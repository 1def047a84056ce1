/** A small seeded pseudo-random generator (mulberry32) with the helpers the corpus simulation needs. */
import { mulberry32 } from '../../src/analyze/index.ts';

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [lo, hi], both ends included. */
  between(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/**
 * Creates a deterministic generator: the same seed gives the same sequence on every platform,
 * which `Math.random` cannot promise.
 * @example const rng = createRng(1); rng.pick(['a', 'b']);
 */
export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(items.length)];
    },
  };
}

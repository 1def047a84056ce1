/**
 * The least and greatest of a list of numbers, for lists as long as an article allows:
 * `Math.min(...xs)` passes every element as an argument and overflows the stack on a few
 * hundred thousand (one per sentence of a 9 MB article).
 */
export function minOf(xs: Iterable<number>): number {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/** See {@link minOf}. */
export function maxOf(xs: Iterable<number>): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}

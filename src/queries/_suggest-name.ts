/** The most similar known name to a mistyped one, for "did you mean" hints. */

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment), over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let before: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) cur[j] = Math.min(cur[j]!, before[j - 2]! + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[y.length]!;
}

/**
 * The candidate closest to `name`: a prefix either way ("Anthrop" → "Anthropic"), else the smallest
 * edit distance within a third of the longer name's length. Null when nothing is that close.
 */
export function suggestName(name: string, candidates: readonly string[]): string | null {
  const wanted = fold(name);
  if (!wanted) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const f = fold(c);
    if (f === wanted) return c;
    const prefix = wanted.length >= 3 && (f.startsWith(wanted) || wanted.startsWith(f));
    const distance = prefix ? 0.5 : editDistance(wanted, f);
    const limit = Math.max(1, Math.floor(Math.max([...wanted].length, [...f].length) / 3));
    if (distance <= limit && distance < bestScore) {
      best = c;
      bestScore = distance;
    }
  }
  return best;
}

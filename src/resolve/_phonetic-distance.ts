/** A weighted edit distance between phonetic symbol strings, with costs for how Korean transcribes sounds. */
import { VOWELS, type Sym } from './_sym.ts';

/** Which spellings meet: a Latin token against a Hangul one, or two Hangul transcriptions. */
export type Pairing = 'latin-hangul' | 'hangul-hangul';

// Ordered (Latin vowel, Hangul vowel) costs: how Korean transcribes each Latin vowel letter.
const LATIN_HANGUL_VOWEL = new Map<string, number>(
  ([
    ['aa', 0], ['aæ', 0.2], ['aə', 0.3], ['ae', 0.2], ['ao', 0.6], ['aɨ', 0.4],
    ['ee', 0], ['eæ', 0.2], ['eə', 0.3], ['eɨ', 0.3], ['ei', 0.5], ['ea', 0.7], ['eø', 0.4],
    ['ii', 0], ['iɨ', 0.3], ['ie', 0.5], ['iü', 0.5], ['iə', 0.7], ['ia', 0.5],
    ['oo', 0], ['oø', 0.2], ['oə', 0.3], ['ou', 0.4], ['oɨ', 0.4], ['oa', 0.6],
    ['uu', 0], ['uü', 0.3], ['uə', 0.3], ['uɨ', 0.3], ['uo', 0.4], ['ui', 0.6],
    ['ɘə', 0], ['ɘo', 0.8], ['ɘe', 0.8], ['ɨɨ', 0], ['ɨu', 0.3], ['ɨə', 0.4],
    ['åa', 0], ['åo', 0], ['åə', 0.3], ['ææ', 0], ['æe', 0.2], ['æa', 0.4], ['øø', 0], ['øe', 0.3], ['øo', 0.3], ['üü', 0], ['üi', 0.4], ['üu', 0.3],
  ] as Array<[string, number]>).map(([p, c]) => [p, c]),
);
// Symmetric costs between two Hangul transcriptions of one name (첸/천, 알버스/앨버스, 루카/뤼카).
const HANGUL_HANGUL_VOWEL = new Map<string, number>();
for (const [p, c] of [['eə', 0.3], ['aæ', 0.2], ['eæ', 0.2], ['uü', 0.3], ['oə', 0.4], ['iü', 0.5], ['øe', 0.3], ['øo', 0.3], ['ɨu', 0.3], ['ɨə', 0.3]] as Array<[string, number]>) {
  const [x, y] = [...p];
  HANGUL_HANGUL_VOWEL.set(x + y, c);
  HANGUL_HANGUL_VOWEL.set(y + x, c);
}

const CONSONANT_COST = new Map<string, number>();
for (const [pair, c] of [['TC', 0.7], ['SC', 0.6], ['KH', 0.7], ['NM', 0.8], ['LN', 0.8]] as Array<[string, number]>) {
  CONSONANT_COST.set(pair, c);
  CONSONANT_COST.set(pair[1] + pair[0], c);
}

const GLIDE_VOWEL: Record<string, number> = { Yi: 0.2, Wu: 0.2, Wo: 0.3, Wü: 0.2, Yü: 0.3, Rə: 0, Rɨ: 0.1, Ra: 0.3 };

const vowelTable = (costs: Map<string, number>): Float64Array => {
  const t = new Float64Array(VOWELS.length * VOWELS.length).fill(0.9);
  for (let i = 0; i < VOWELS.length; i++) {
    for (let j = 0; j < VOWELS.length; j++) t[i * VOWELS.length + j] = i === j ? 0 : costs.get(VOWELS[i] + VOWELS[j]) ?? 0.9;
  }
  return t;
};
const LATIN_HANGUL_TABLE = vowelTable(LATIN_HANGUL_VOWEL);
const HANGUL_HANGUL_TABLE = vowelTable(HANGUL_HANGUL_VOWEL);

function computeSubstituteCost(a: Sym, b: Sym): number {
  if (!a.vowel && !b.vowel) {
    if (a.code & b.code) return 0;
    let best = 1;
    for (const x of a.k) for (const y of b.k) best = Math.min(best, CONSONANT_COST.get(x + y) ?? 1);
    return best;
  }
  const [g, v] = a.vowel ? [b, a] : [a, b];
  let best = 1.2;
  for (const x of g.k) best = Math.min(best, GLIDE_VOWEL[x + v.k] ?? 1.2);
  return best;
}

// Consonant and glide–vowel costs depend only on the two symbols' codes: computed once each.
const mixedCosts = new Map<number, number>();

function substituteCost(a: Sym, b: Sym, vowels: Float64Array): number {
  if (a.vowel && b.vowel) return vowels[a.code * VOWELS.length + b.code];
  if (!a.vowel && !b.vowel && a.code & b.code) return 0;
  const key = ((a.vowel ? 1 << 14 : 0) | a.code) * 65536 + ((b.vowel ? 1 << 14 : 0) | b.code);
  let cost = mixedCosts.get(key);
  if (cost === undefined) mixedCosts.set(key, (cost = computeSubstituteCost(a, b)));
  return cost;
}

/**
 * Weighted edit distance between two symbol strings (0 = same sounds); for `latin-hangul`, `a` is
 * the Latin side. Stops early with Infinity once every path costs more than `limit`.
 */
export function phoneticDistance(a: Sym[], b: Sym[], pairing: Pairing = 'latin-hangul', limit = Infinity): number {
  const m = b.length;
  const vowels = pairing === 'latin-hangul' ? LATIN_HANGUL_TABLE : HANGUL_HANGUL_TABLE;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + b[j - 1].del;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = prev[0] + a[i - 1].del;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(prev[j] + a[i - 1].del, cur[j - 1] + b[j - 1].del, prev[j - 1] + substituteCost(a[i - 1], b[j - 1], vowels));
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > limit) return Infinity;
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}

/** Sentence segmentation in one linear pass, shared by the rule packs: spans into the text, never longer than a cap. */

export interface SentenceSpan {
  start: number;
  end: number;
}

export interface SegmentOptions {
  /** Longest sentence kept whole; longer stretches are cut (at a space when there is one) so per-sentence work stays bounded. */
  maxLength?: number;
}

// Words after which a period does not end a sentence ("Dr. Tanaka", "Calif., January").
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'sr', 'jr', 'st', 'mt', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'calif', 'mass',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'gov', 'sen', 'rep', 'u.s', 'e.g', 'i.e', 'ph.d', 'd.c',
]);

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r';
const isLowerLatin = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const CLOSERS = new Set(['"', '\'', '”', '’', ')', ']', '」', '』']);

/** The word just before `end` (letters and inner dots), lower-cased; bounded look-back. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < 12 && /[\p{L}.]/u.test(text[i - 1])) i--;
  return text.slice(i, end).toLowerCase();
}

/**
 * Splits text into sentences: at line breaks always, and at `.`, `!`, `?` (Korean `다.` included)
 * followed by space and a character that is not a lower-case Latin letter, unless the period closes
 * an abbreviation or an initial. Leading and trailing spaces are left out of each span.
 * @example segmentSentences('Dr. Kim left. She joined Meta.') // two spans
 */
export function segmentSentences(text: string, opts: SegmentOptions = {}): SentenceSpan[] {
  const maxLength = opts.maxLength ?? 2000;
  const out: SentenceSpan[] = [];
  const push = (s: number, e: number) => {
    while (s < e && (isSpace(text[s]) || text[s] === '\n')) s++;
    while (e > s && (isSpace(text[e - 1]) || text[e - 1] === '\n')) e--;
    while (e - s > maxLength) {
      let cut = s + maxLength;
      const floor = s + Math.floor(maxLength / 2);
      while (cut > floor && !isSpace(text[cut])) cut--;
      if (cut <= floor) cut = s + maxLength;
      out.push({ start: s, end: cut });
      s = cut;
      while (s < e && isSpace(text[s])) s++;
    }
    if (e > s) out.push({ start: s, end: e });
  };
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '。') continue;
    let j = i + 1;
    while (j < n && (CLOSERS.has(text[j]) || text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    if (j < n && !isSpace(text[j]) && text[j] !== '\n') continue;
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    if (k < n && text[k] !== '\n' && isLowerLatin(text[k])) continue;
    if (c === '.') {
      const w = wordBefore(text, i);
      if (ABBREVIATIONS.has(w)) continue;
      // A single capital before the period is an initial ("J. Smith"), not a sentence end.
      if (w.length === 1 && /\p{Lu}/u.test(text[i - 1]) && !/\p{L}/u.test(text[i - 2] ?? '')) continue;
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, n);
  return out;
}

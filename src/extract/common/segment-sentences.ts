/** Sentence segmentation in one linear pass, shared by the rule packs: spans into the text, never longer than a cap. */

export interface SentenceSpan {
  start: number;
  end: number;
  /** Hard line breaks before the sentence: sentences of one paragraph or list item share it. */
  block: number;
}

export interface SegmentOptions {
  /** Longest sentence kept whole; longer stretches are cut (at a space when there is one) so per-sentence work stays bounded. */
  maxLength?: number;
  /** Join hard-wrapped lines of a paragraph (plain text, Markdown) instead of splitting at every line break; default true. */
  joinWrappedLines?: boolean;
}

// Words after which a period does not end a sentence ("Dr. Tanaka", "Calif., January").
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'sr', 'jr', 'st', 'mt', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'calif', 'mass',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'gov', 'sen', 'rep', 'u.s', 'e.g', 'i.e', 'ph.d', 'd.c',
]);

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r';
const isLowerLatin = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const CLOSERS = new Set(['"', '\'', '”', '’', ')', ']', '」', '』']);

const MIN_WRAPPED_LINE = 40;
const LINE_LOOKBACK = 400;
// Marks that start a list item, a heading, a table row or a quote block: a line starting with one is never a continuation.
const LINE_STARTERS = new Set(['-', '*', '+', '•', '·', '–', '—', '#', '|', '>', '▪', '◦']);

/**
 * Whether the line break at `i` only wraps a paragraph: the line before is long and does not end a sentence,
 * and the line after is neither blank nor a list item, heading or table row. Looks back a bounded distance.
 * @example isSoftLineBreak('Yusuf Demir, a pretraining lead at Meta's\n  Superintelligence Labs, started', 41) // true
 */
export function isSoftLineBreak(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && text[s - 1] !== '\n' && i - s < LINE_LOOKBACK) s--;
  while (s < i && isSpace(text[s])) s++;
  let e = i;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e - s < MIN_WRAPPED_LINE) return false;
  const last = text[e - 1];
  if (last === '.' || last === '!' || last === '?' || last === ':' || last === '|') return false;
  // A heading or a table row ends at its line; a list item may wrap.
  if (text[s] === '#' || text[s] === '|') return false;
  let j = i + 1;
  while (j < text.length && isSpace(text[j])) j++;
  if (j >= text.length || text[j] === '\n' || LINE_STARTERS.has(text[j])) return false;
  // "1. First item", "2) Second".
  if (text[j] >= '0' && text[j] <= '9' && (text[j + 1] === '.' || text[j + 1] === ')')) return false;
  return true;
}

/** The word just before `end` (letters and inner dots), lower-cased; bounded look-back. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < 12 && /[\p{L}.]/u.test(text[i - 1])) i--;
  return text.slice(i, end).toLowerCase();
}

/**
 * Splits text into sentences: at line breaks (except those that only wrap a paragraph), and at `.`, `!`, `?` (Korean `다.` included)
 * followed by space and a character that is not a lower-case Latin letter, unless the period closes
 * an abbreviation or an initial. Leading and trailing spaces are left out of each span.
 * @example segmentSentences('Dr. Kim left. She joined Meta.') // two spans
 */
export function segmentSentences(text: string, opts: SegmentOptions = {}): SentenceSpan[] {
  const maxLength = opts.maxLength ?? 2000;
  const joinWrapped = opts.joinWrappedLines ?? true;
  const out: SentenceSpan[] = [];
  let block = 0;
  const push = (s: number, e: number) => {
    while (s < e && (isSpace(text[s]) || text[s] === '\n')) s++;
    while (e > s && (isSpace(text[e - 1]) || text[e - 1] === '\n')) e--;
    while (e - s > maxLength) {
      let cut = s + maxLength;
      const floor = s + Math.floor(maxLength / 2);
      while (cut > floor && !isSpace(text[cut])) cut--;
      if (cut <= floor) cut = s + maxLength;
      out.push({ start: s, end: cut, block });
      s = cut;
      while (s < e && isSpace(text[s])) s++;
    }
    if (e > s) out.push({ start: s, end: e, block });
  };
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // Only line breaks and sentence marks matter: skip everything else by code, without making a string.
    if (code !== 10 && code !== 46 && code !== 33 && code !== 63 && code !== 0x3002) continue;
    const c = text[i];
    if (c === '\n') {
      if (joinWrapped && isSoftLineBreak(text, i)) continue;
      push(start, i);
      start = i + 1;
      block++;
      continue;
    }
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

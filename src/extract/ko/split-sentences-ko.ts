/** Linear-time sentence splitting for Korean text: offset spans, cut at line breaks, sentence ends, headline ellipses and a length cap. */

/** A sentence as offsets into the text it came from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

export interface SplitOptions {
  /** Sentences longer than this are cut (at the last space before the limit) so per-sentence work stays bounded. */
  maxLength?: number;
  /** Also end a sentence at an ellipsis followed by a space (Korean headlines join clauses with "…"). */
  splitAtEllipsis?: boolean;
}

// Character codes, not one-character strings: V8 makes a new string for every Hangul `text[i]`.
const isSpace = (c: number) => c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0x3000;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '」', '』'].map((c) => c.charCodeAt(0)));
const QUOTE = 0x22;
const LEFT_CURLY = 0x201c;
const RIGHT_CURLY = 0x201d;
const ELLIPSIS = 0x2026;
const isSentenceEnd = (c: number) => c === 0x2e || c === 0x3f || c === 0x21 || c === 0x3002;

/**
 * Splits text into sentences: at line breaks, at `.`/`?`/`!`/`。` followed by space (not inside a
 * double-quoted stretch on the same line), optionally at "… ", and at `maxLength`. One pass, no regexes.
 * @example splitSentencesKo('가 했다. 나 했다.\n다') // [{start:0,end:6},{start:7,end:13},{start:14,end:15}]
 */
export function splitSentencesKo(text: string, opts: SplitOptions = {}): SentenceSpan[] {
  const maxLength = opts.maxLength ?? 2000;
  const out: SentenceSpan[] = [];
  let start = 0;
  let inStraight = false;
  let curly = 0;
  let lastSpace = -1;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(start, i);
      start = i + 1; inStraight = false; curly = 0; lastSpace = -1;
      continue;
    }
    if (c === QUOTE) inStraight = !inStraight;
    else if (c === LEFT_CURLY) curly++;
    else if (c === RIGHT_CURLY) curly = Math.max(0, curly - 1);
    if (isSpace(c)) lastSpace = i;
    // A quote left open for very long is more likely unbalanced than a real quotation.
    const quoted = (inStraight || curly > 0) && i - start < 600;
    let endHere = -1;
    if (isSentenceEnd(c) && !quoted) {
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text.charCodeAt(j)) && j - i < 4) j++;
      if (j >= text.length || isSpace(text.charCodeAt(j))) endHere = j;
    } else if (c === ELLIPSIS && opts.splitAtEllipsis && !quoted && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))) {
      endHere = i + 1;
    }
    if (endHere >= 0) {
      push(start, endHere);
      start = endHere; i = endHere - 1; inStraight = false; curly = 0; lastSpace = -1;
      continue;
    }
    if (i - start >= maxLength) {
      // Prefer the last space in the second half of the window; each character is rescanned at most once.
      const cut = lastSpace > start + maxLength / 2 ? lastSpace : i;
      push(start, cut);
      start = cut; inStraight = false; curly = 0; lastSpace = -1;
      i = cut - 1;
    }
  }
  push(start, text.length);
  return out;
}

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

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\u00a0' || c === '\u3000';
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '」', '』']);

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
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(start, i);
      start = i + 1; inStraight = false; curly = 0; lastSpace = -1;
      continue;
    }
    if (c === '"') inStraight = !inStraight;
    else if (c === '“') curly++;
    else if (c === '”') curly = Math.max(0, curly - 1);
    if (isSpace(c)) lastSpace = i;
    // A quote left open for very long is more likely unbalanced than a real quotation.
    const quoted = (inStraight || curly > 0) && i - start < 600;
    let endHere = -1;
    if ((c === '.' || c === '?' || c === '!' || c === '。') && !quoted) {
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j]) && j - i < 4) j++;
      if (j >= text.length || isSpace(text[j])) endHere = j;
    } else if (c === '…' && opts.splitAtEllipsis && !quoted && (i + 1 >= text.length || isSpace(text[i + 1]))) {
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

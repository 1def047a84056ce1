/** English word tokens with offsets, in one linear pass over the characters. */

export interface Token {
  /** The token as written, possessive ending removed ("Voss" for "Voss's"). */
  text: string;
  /** `text` lower-cased. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Ends in a possessive ("Voss's", "Platforms'"). */
  poss: boolean;
}

const LETTER_RE = /[\p{L}\p{M}]/u;
const DIGIT_RE = /\p{N}/u;
const SPACE_RE = /\s/u;

// ASCII is decided by char codes; other characters by a one-character Unicode class test.
const isLetterAt = (text: string, k: number) => {
  const c = text.charCodeAt(k);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x80 && LETTER_RE.test(text[k]));
};
const isDigitAt = (text: string, k: number) => {
  const c = text.charCodeAt(k);
  return (c >= 48 && c <= 57) || (c >= 0x80 && DIGIT_RE.test(text[k]));
};
const isWordCharAt = (text: string, k: number) => {
  const c = text.charCodeAt(k);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0x80 && (LETTER_RE.test(text[k]) || DIGIT_RE.test(text[k])));
};
const isSpaceAt = (text: string, k: number) => {
  const c = text.charCodeAt(k);
  return c === 32 || c === 10 || c === 9 || c === 13 || (c >= 0x80 && SPACE_RE.test(text[k]));
};
// Inside a word: an apostrophe, a hyphen or a dot joins two letter-or-digit runs ("O'Brien", "Seo-yeon", "x.AI").
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 46;

/**
 * Tokenizes `text.slice(start, end)`; offsets index into `text`.
 * @example tokenizeEn("Voss's team", 0, 11).map((t) => t.text) // ['Voss', 'team']
 */
export function tokenizeEn(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceAt(text, i)) { i++; continue; }
    let j = i + 1;
    let kind: Token['kind'];
    if (isLetterAt(text, i)) {
      kind = 'word';
      for (;;) {
        while (j < end && isWordCharAt(text, j)) j++;
        if (j + 1 < end && isJoiner(text.charCodeAt(j)) && isWordCharAt(text, j + 1)) { j += 2; continue; }
        break;
      }
    } else if (isDigitAt(text, i)) {
      kind = 'num';
      for (;;) {
        while (j < end && isDigitAt(text, j)) j++;
        const sep = text.charCodeAt(j);
        if (j + 1 < end && (sep === 46 || sep === 44) && isDigitAt(text, j + 1)) { j += 2; continue; }
        break;
      }
    } else {
      kind = 'punct';
      // Keep a surrogate pair (an emoji, a rare Han character) whole.
      if (c >= 0xd800 && c <= 0xdbff && j < end) j++;
    }
    let raw = text.slice(i, j);
    let poss = false;
    if (kind === 'word' && raw.length > 2) {
      const pen = raw[raw.length - 2];
      const last = raw[raw.length - 1];
      if ((pen === '\'' || pen === '’') && (last === 's' || last === 'S')) { raw = raw.slice(0, -2); poss = true; }
    }
    // "Platforms' Superintelligence Labs": a bare apostrophe after a word ending in s, then a space.
    if (kind === 'punct' && (raw === '\'' || raw === '’') && out.length > 0) {
      const prev = out[out.length - 1];
      if (prev.kind === 'word' && prev.end === i && /s$/i.test(prev.text) && /\s/.test(text[i + 1] ?? '')) {
        prev.poss = true;
        i = j;
        continue;
      }
    }
    const lower = kind === 'punct' ? raw : raw.toLowerCase();
    // ASCII capitals by code; elsewhere a letter that lower-casing changes is a capital.
    const cap = kind === 'word' && (c < 0x80 ? c >= 65 && c <= 90 : raw[0] !== lower[0] && raw[0] === raw[0].toUpperCase());
    out.push({ text: raw, lower, start: i, end: j, kind, cap, poss });
    i = j;
  }
  return out;
}

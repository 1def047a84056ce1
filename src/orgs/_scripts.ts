/** Character classes the matcher's word boundaries are made of: Latin-like word characters, Hangul, Katakana, Han. */

export type CharClass = 'word' | 'hangul' | 'kana' | 'han' | 'other';

const HANGUL = /\p{Script=Hangul}/u;
const HAN = /\p{Script=Han}/u;
/** Katakana only: Japanese writes company names in Katakana and the particles after them in Hiragana. */
const KANA = /[\p{Script=Katakana}\u30fc]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;

/** Classifies one UTF-16 code unit (or a whole code point) for boundary decisions; `undefined` (outside the text) is `other`. */
export function classifyChar(c: string | undefined): CharClass {
  if (c === undefined) return 'other';
  const code = c.charCodeAt(0);
  if (code < 0x80 || (code >= 0xac00 && code <= 0xd7a3)) return classifyCode(code);
  return classifyRare(c);
}

const CLASSES: readonly CharClass[] = ['other', 'word', 'hangul', 'kana', 'han', 'other'];
const CLASS_INDEX: Record<CharClass, number> = { other: 5, word: 1, hangul: 2, kana: 3, han: 4 };
/** Class of every UTF-16 code unit outside ASCII and Hangul syllables, filled on first sight (0: not yet). */
const classOfUnit = new Uint8Array(0x10000);

/**
 * `classifyChar(text[i])` from `text.charCodeAt(i)` (NaN or -1, outside the text, is `other`): the matcher's hot
 * loops call this so that no one-character string is made per position (V8 allocates one for every non-Latin-1 unit).
 */
export function classifyCode(code: number): CharClass {
  if (code < 0x80) {
    // ASCII fast path: most of an English article.
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 'word' : 'other';
  }
  if (code >= 0xac00 && code <= 0xd7a3) return 'hangul';
  if (!(code < 0x10000)) return 'other';
  const k = classOfUnit[code]!;
  return k === 0 ? fillClass(code) : CLASSES[k]!;
}

/*
 * Kept out of classifyCode on purpose: with the string-making path inlined there, V8's optimised matcher loop
 * allocated about 16 bytes per character of text (measured with --trace-gc), though the path never ran.
 */
function fillClass(code: number): CharClass {
  const c = classifyRare(String.fromCharCode(code));
  classOfUnit[code] = CLASS_INDEX[c];
  return c;
}

function classifyRare(c: string): CharClass {
  if (HANGUL.test(c)) return 'hangul';
  if (KANA.test(c)) return 'kana';
  if (HAN.test(c)) return 'han';
  return WORD.test(c) ? 'word' : 'other';
}

/** True for a Hangul syllable or jamo. */
export function isHangul(c: string | undefined): boolean {
  return classifyChar(c) === 'hangul';
}

/** `isHangul(text[i])` from `text.charCodeAt(i)`, without making a string. */
export function isHangulCode(code: number): boolean {
  return classifyCode(code) === 'hangul';
}

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
  if (code < 0x80) {
    // ASCII fast path: most of an English article.
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 'word' : 'other';
  }
  if (code >= 0xac00 && code <= 0xd7a3) return 'hangul';
  if (HANGUL.test(c)) return 'hangul';
  if (KANA.test(c)) return 'kana';
  if (HAN.test(c)) return 'han';
  return WORD.test(c) ? 'word' : 'other';
}

/** True for a Hangul syllable or jamo. */
export function isHangul(c: string | undefined): boolean {
  return classifyChar(c) === 'hangul';
}

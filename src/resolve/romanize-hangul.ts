/** Hangul syllable decomposition and Revised Romanization of Korean text. */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

/** Jamo of one precomposed syllable, as indices into the standard initial/medial/final tables. */
export interface Jamo {
  initial: number;
  medial: number;
  final: number;
}

/** True for a precomposed Hangul syllable (가–힣). */
export function isHangulSyllable(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
}

/** Splits a precomposed syllable into its jamo indices, or returns undefined for anything else. */
export function decomposeSyllable(ch: string): Jamo | undefined {
  if (!isHangulSyllable(ch)) return undefined;
  const offset = (ch.codePointAt(0) ?? 0) - SYLLABLE_FIRST;
  return { initial: Math.floor(offset / 588), medial: Math.floor((offset % 588) / 28), final: offset % 28 };
}

// Revised Romanization tables (2000), in the Unicode jamo order.
const RR_INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const RR_MEDIAL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const RR_FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'p', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

/**
 * Romanizes Hangul with the Revised Romanization, syllable by syllable (no sound-change
 * rules, as names are romanized); other characters pass through unchanged.
 * @example romanizeHangul('김태현') // 'gimtaehyeon'
 */
export function romanizeHangul(text: string): string {
  let out = '';
  let prevFinal = -1;
  for (const ch of text) {
    const j = decomposeSyllable(ch);
    if (!j) {
      out += ch;
      prevFinal = -1;
      continue;
    }
    // ㄹ after a final ㄹ is written "l" ("ll"), elsewhere an initial ㄹ is "r".
    const initial = j.initial === 5 && prevFinal === 8 ? 'l' : RR_INITIAL[j.initial];
    out += initial + RR_MEDIAL[j.medial] + RR_FINAL[j.final];
    prevFinal = j.final;
  }
  return out;
}

/** Phonetic symbols: the shared alphabet of the Latin and Hangul encoders and the distance between them. */

/**
 * One sound: consonant symbols carry the classes they may stand for (Latin "th" is T or S),
 * vowels a single quality; `del` is what dropping it costs (a silent final "s" is cheap).
 */
export interface Sym {
  /** Consonant classes (P T K C S H L M N W Y R) or one vowel (a e i o u ə ɨ æ ø ü ɘ å). */
  k: string;
  vowel: boolean;
  del: number;
  /** Bit mask of the consonant classes, or the vowel's index: precomputed for the distance's inner loop. */
  code: number;
}

export const CLASSES = 'PTKCSHLMNWYRG';
export const VOWELS = 'aeiouəɨæøüɘå';

/** `foreign`: Korean transcription of foreign names; `korean`: romanized Korean names (eo, eu, ae …). */
export type PhoneticMode = 'foreign' | 'korean';

/** Bit mask of a set of consonant classes. */
export const classMask = (k: string) => [...k].reduce((m, x) => m | (1 << CLASSES.indexOf(x)), 0);
/** A consonant symbol standing for any of the classes in `k`. */
export const con = (k: string, del = 1): Sym => ({ k, vowel: false, del, code: classMask(k) });
/** A vowel symbol. */
export const vow = (k: string, del = 0.4): Sym => ({ k, vowel: true, del, code: VOWELS.indexOf(k) });

/** Collapses doubled symbols ("nn", "ll", a ㄹㄹ pair) into one. */
export function collapse(syms: Sym[]): Sym[] {
  const out: Sym[] = [];
  for (const s of syms) {
    const prev = out[out.length - 1];
    if (prev && prev.vowel === s.vowel && prev.k === s.k) {
      prev.del = Math.min(prev.del, s.del);
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

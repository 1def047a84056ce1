/** Encodes a Hangul token as phonetic symbols, jamo by jamo. */
import { decomposeSyllable } from './romanize-hangul.ts';
import { collapse, con, vow, type PhoneticMode, type Sym } from './_sym.ts';

const INITIAL = ['K', 'K', 'N', 'T', 'T', 'L', 'M', 'P', 'P', 'S', 'S', '', 'C', 'C', 'C', 'K', 'T', 'P', 'H'];
// Medials as glide + vowel ("" for no glide).
const MEDIAL: Array<[string, string]> = [
  ['', 'a'], ['', 'æ'], ['Y', 'a'], ['Y', 'æ'], ['', 'ə'], ['', 'e'], ['Y', 'ə'], ['Y', 'e'], ['', 'o'], ['W', 'a'],
  ['W', 'æ'], ['', 'ø'], ['Y', 'o'], ['', 'u'], ['W', 'ə'], ['W', 'e'], ['', 'ü'], ['Y', 'u'], ['', 'ɨ'], ['', 'ɨi'], ['', 'i'],
];
const FINAL = ['', 'K', 'K', 'KS', 'N', 'NC', 'NH', 'T', 'L', 'LK', 'LM', 'LP', 'LS', 'LT', 'LP', 'LH', 'M', 'P', 'PS', 'T', 'T', 'G', 'T', 'T', 'K', 'T', 'P', 'T'];

/** Encodes a Hangul token as phonetic symbols; in `foreign` mode the epenthetic ㅡ of transcriptions (스, 트) is dropped. */
export function encodeHangul(token: string, mode: PhoneticMode = 'foreign'): Sym[] {
  const out: Sym[] = [];
  for (const ch of token) {
    const j = decomposeSyllable(ch);
    if (!j) continue;
    const initial = INITIAL[j.initial];
    if (initial) out.push(con(initial));
    const [glide, vowels] = MEDIAL[j.medial];
    // 샤, 셔, 쥬: the y after a sibilant is part of its sound.
    if (glide && !(glide === 'Y' && (initial === 'S' || initial === 'C'))) out.push(con(glide, mode === 'korean' ? 0.8 : 0.3));
    for (const v of vowels) {
      // ㅡ is mostly the vowel Korean adds to a bare consonant (스, 트); 에이/아이 end in a cheap i.
      const prevSym = out[out.length - 1];
      const offglide = v === 'i' && prevSym?.vowel === true && prevSym.k === 'e';
      out.push(vow(v, v === 'ɨ' ? (mode === 'foreign' ? 0.05 : 0.4) : offglide ? 0.2 : 0.4));
    }
    const fin = FINAL[j.final];
    // Final ㅇ is "ng": a Latin n plus a cheap g in transcriptions, its own sound in Korean names (형/현).
    if (fin === 'G') out.push(...(mode === 'korean' ? [con('G')] : [con('N'), con('K', 0.7)]));
    else for (const f of fin) out.push(con(f));
  }
  return collapse(out);
}

/** Guesses a text's language from its scripts: Hangul against Latin letters. */
import type { Lang } from '../core/types.ts';

const LETTER = /\p{L}/u;
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'a', 'is', 'for', 'on', 'with', 'that', 'at', 'as', 'by', 'from', 'was', 'has', 'his', 'her', 'he', 'she', 'it']);

/**
 * Returns 'ko' when Hangul makes up a fair share of the letters, 'en' when Latin letters dominate
 * and read as English, else 'other'. Only the first 100,000 characters are looked at.
 * @example detectLang('메타가 애플의 루오밍 팡(Ruoming Pang)을 영입했다') // 'ko'
 */
export function detectLang(text: string): Lang {
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  let hangul = 0;
  let latin = 0;
  let other = 0;
  // Indexing UTF-16 units is much faster than iterating code points; the ranges tested are all in the BMP.
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) hangul++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
    else if (c >= 0x4e00 && c <= 0x9fff) other++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      if (LETTER.test(sample.slice(i, i + 2))) other++;
      i++;
    }
    else if (LETTER.test(sample[i])) other++;
  }
  const letters = hangul + latin + other;
  if (letters < 2) return 'other';
  // A Hangul syllable carries as much as two or three Latin letters, and Korean news quotes
  // English names in parentheses, so a quarter of the letters is already Korean text.
  if (hangul / letters >= 0.25) return 'ko';
  if (latin / letters < 0.6) return 'other';
  return readsAsEnglish(sample) ? 'en' : 'other';
}

/** True unless a text of some length uses none of the commonest English function words. */
function readsAsEnglish(text: string): boolean {
  let words = 0;
  let common = 0;
  for (const w of text.slice(0, 20_000).toLowerCase().split(/[^a-z']+/)) {
    if (!w) continue;
    words++;
    if (ENGLISH_WORDS.has(w)) common++;
  }
  return words < 20 || common / words >= 0.03;
}

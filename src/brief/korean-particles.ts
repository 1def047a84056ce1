/**
 * Korean particles that change with the last sound of the word before them (이/가, 을/를, 은/는,
 * 과/와, 으로/로, 이다/다 …). Hangul is read from its final consonant; digits, Latin words and
 * acronyms by how Korean reads them aloud ("4" 사, "AFM" 에이에프엠, "Google" 구글).
 */

export type ParticlePair = '이/가' | '을/를' | '은/는' | '과/와' | '으로/로' | '이다/다' | '이었다/였다' | '이며/며' | '이라/라' | '아/야';

/** Final consonant of a reading: none, ㄹ (which 으로/로 treats as none), or another. */
type Final = 'none' | 'rieul' | 'other';

// Index 8 of the 28 finals is ㄹ.
const RIEUL = 8;
// Last digit as read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구.
const DIGIT_FINAL: Final[] = ['other', 'rieul', 'none', 'other', 'none', 'none', 'other', 'rieul', 'rieul', 'none'];
// Letter names: 에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 지.
const LETTER_FINAL: Record<string, Final> = { L: 'rieul', M: 'other', N: 'other', R: 'rieul' };

function hangulFinal(ch: string): Final {
  const jong = (ch.charCodeAt(0) - 0xac00) % 28;
  return jong === 0 ? 'none' : jong === RIEUL ? 'rieul' : 'other';
}

/** How a Korean reader voices the end of a Latin word (loanword conventions, roughly). */
function latinFinal(word: string): Final {
  if (word.length <= 5 && word === word.toUpperCase()) return LETTER_FINAL[word[word.length - 1]!] ?? 'none';
  const w = word.toLowerCase();
  if (/(?:ng|m|n)$/.test(w)) return 'other';
  if (/(?:l|ll|le)$/.test(w)) return 'rieul';
  // A short vowel before a final b, c, k, p keeps it as a final consonant: lab 랩, Anthropic 앤트로픽, top 탑.
  if (/[^aeiou][aeiou](?:b|c|ck|k|p)$/.test(w)) return 'other';
  return 'none';
}

/** Digits read in Sino-Korean, trailing zeros as 십/백/천/만. */
function numberFinal(digits: string): Final {
  const zeros = /0+$/.exec(digits)?.[0].length ?? 0;
  if (zeros > 0 && zeros < digits.length) return 'other';
  return DIGIT_FINAL[Number(digits[digits.length - 1])]!;
}

/** The final sound of the word as read aloud; a trailing parenthesis, quotes and punctuation are skipped. */
function finalOf(word: string): Final {
  let text = word.replace(/[\s.,!?*_]+$/u, '');
  // "루오밍 팡(Ruoming Pang)": the particle follows the reading before the parenthesis.
  if (text.endsWith(')') && text.lastIndexOf('(') > 0) text = text.slice(0, text.lastIndexOf('('));
  text = text.replace(/[\s\]}」』"'’”.,!?*_]+$/u, '');
  const last = text.slice(-1);
  if (/[\uac00-\ud7a3]/.test(last)) return hangulFinal(last);
  const digits = /\d+$/.exec(text);
  if (digits) return numberFinal(digits[0]);
  const latin = /[A-Za-z]+$/.exec(text);
  if (latin) return latinFinal(latin[0]);
  return 'none';
}

/** True when the word ends in a consonant as read aloud (ㄹ included). */
export function hasFinalConsonant(word: string): boolean {
  return finalOf(word) !== 'none';
}

/** The form of `pair` that follows `word`: particle('메타', '으로/로') → '로', particle('애플', '이/가') → '이'. */
export function particle(word: string, pair: ParticlePair): string {
  const [withFinal, withoutFinal] = pair.split('/') as [string, string];
  const fin = finalOf(word);
  // 으로 after a final other than ㄹ; 로 after a vowel or ㄹ (서울로, 구글로).
  if (pair === '으로/로') return fin === 'other' ? withFinal : withoutFinal;
  return fin === 'none' ? withoutFinal : withFinal;
}

/** The word with its particle attached: withParticle('루오밍 팡(Ruoming Pang)', '은/는') → '루오밍 팡(Ruoming Pang)은'. */
export function withParticle(word: string, pair: ParticlePair): string {
  return word + particle(word, pair);
}

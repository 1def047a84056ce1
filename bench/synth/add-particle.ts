/** Korean postpositions (은/는, 이/가, 을/를, 과/와, 으로/로) chosen by how the word before them ends. */

export type Particle = '은' | '이' | '을' | '과' | '으로';

const PAIRS: Record<Particle, [withFinal: string, withoutFinal: string]> = {
  은: ['은', '는'],
  이: ['이', '가'],
  을: ['을', '를'],
  과: ['과', '와'],
  으로: ['으로', '로'],
};

/** 0 when the word ends in a vowel sound, 8 for ㄹ, another positive number for other final consonants. */
function finalConsonant(word: string): number {
  // A bracketed gloss ("한나 베커(Hanna Becker)") is not read aloud: the particle follows the Hangul.
  let end = word.length;
  if (word.endsWith(')')) {
    const open = word.lastIndexOf('(');
    if (open > 0) end = open;
  }
  const last = word.charCodeAt(end - 1);
  if (last >= 0xac00 && last <= 0xd7a3) return (last - 0xac00) % 28;
  const ch = word[end - 1]?.toLowerCase() ?? '';
  // Latin letters read by name: L (엘), M (엠), N (엔) end in a consonant; the rest in a vowel.
  if (ch === 'l') return 8;
  if (ch === 'm' || ch === 'n') return 4;
  // Digits read in Sino-Korean: 1 일, 7 칠, 8 팔 end in ㄹ; 0 영, 3 삼, 6 육 in another consonant.
  if ('178'.includes(ch)) return 8;
  if ('036'.includes(ch)) return 1;
  return 0;
}

/**
 * Appends the postposition form that fits `word`.
 * @example addParticle('구글', '을') // '구글을'; addParticle('메타', '으로') // '메타로'
 */
export function addParticle(word: string, particle: Particle): string {
  const f = finalConsonant(word);
  const [hard, soft] = PAIRS[particle];
  if (particle === '으로') return word + (f === 0 || f === 8 ? soft : hard);
  return word + (f === 0 ? soft : hard);
}

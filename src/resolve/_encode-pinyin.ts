/**
 * Hanyu Pinyin syllables: splitting a romanized Chinese given name into syllables and writing each
 * the way the standard Korean transcription of Chinese (외래어 표기법, 중국어 표기) does.
 * Comparing syllable by syllable is far tighter than a letter-level distance, which lets 천 (chen)
 * pass for 진 (jin) once a short syllable's slack is added to a long name's.
 */

// Jamo indices of a precomposed Hangul syllable (U+AC00 + (initial * 21 + medial) * 28 + final).
const I = { g: 0, n: 2, d: 3, l: 5, m: 6, b: 7, s: 9, ss: 10, o: 11, j: 12, jj: 13, ch: 14, k: 15, t: 16, p: 17, h: 18 } as const;
const M = { a: 0, ya: 2, eo: 4, e: 5, yeo: 6, ye: 7, o: 8, wa: 9, yo: 12, u: 13, wo: 14, we: 15, wi: 16, yu: 17, eu: 18, i: 20 } as const;
const F = { none: 0, n: 4, l: 8, ng: 21 } as const;

type Medial = keyof typeof M;
type Final = keyof typeof F;
/** One Hangul syllable of a final's transcription: its vowel and its final consonant. */
type Part = [Medial, Final?];

// Initials and their Hangul consonants (b ㅂ, p ㅍ, f ㅍ, z ㅉ, c ㅊ, s ㅆ, r ㄹ, x ㅅ).
const INITIALS: Record<string, number> = {
  zh: I.j, ch: I.ch, sh: I.s, b: I.b, p: I.p, m: I.m, f: I.p, d: I.d, t: I.t, n: I.n, l: I.l, g: I.g, k: I.k, h: I.h,
  j: I.j, q: I.ch, x: I.s, r: I.l, z: I.jj, c: I.ch, s: I.ss, y: I.o, w: I.o, '': I.o,
};

// Finals after a plain initial; `u` after j/q/x/y is ü and handled below.
const FINALS: Record<string, Part[]> = {
  a: [['a']], o: [['o']], e: [['eo']], ai: [['a'], ['i']], ei: [['e'], ['i']], ao: [['a'], ['o']], ou: [['eo'], ['u']],
  an: [['a', 'n']], en: [['eo', 'n']], ang: [['a', 'ng']], eng: [['eo', 'ng']], ong: [['u', 'ng']], er: [['eo', 'l']],
  i: [['i']], ia: [['ya']], ie: [['ye']], iao: [['ya'], ['o']], iu: [['yu']], ian: [['ye', 'n']], in: [['i', 'n']],
  iang: [['ya', 'ng']], ing: [['i', 'ng']], iong: [['yu', 'ng']],
  u: [['u']], ua: [['wa']], uo: [['wo']], uai: [['wa'], ['i']], ui: [['u'], ['i']], uan: [['wa', 'n']], un: [['u', 'n']],
  uang: [['wa', 'ng']], v: [['wi']], ve: [['we']], ue: [['we']],
};
const UMLAUT_FINALS: Record<string, Part[]> = { u: [['wi']], ue: [['we']], uan: [['wi'], ['a', 'n']], un: [['wi', 'n']] };
// Syllables written with y/w instead of an initial (ya = ia, wei = ui …).
const Y_FINALS: Record<string, string> = { a: 'ia', e: 'ie', ao: 'iao', ou: 'iu', an: 'ian', in: 'in', ang: 'iang', ing: 'ing', ong: 'iong', i: 'i', o: 'io' };
const W_FINALS: Record<string, string> = { a: 'ua', o: 'uo', ai: 'uai', ei: 'ui', an: 'uan', en: 'un', ang: 'uang', eng: 'ueng', u: 'u' };
// Standalone w-syllables that differ from the final after an initial (wei 웨이 but gui 구이).
const W_STANDALONE: Record<string, Part[]> = { ui: [['we'], ['i']], un: [['wo', 'n']], ueng: [['wo', 'ng']], u: [['u']] };

// Which finals an initial takes: j/q/x only i- and ü-finals, the retroflexes and sibilants no i-finals.
const PALATAL = new Set(['i', 'ia', 'ie', 'iao', 'iu', 'ian', 'in', 'iang', 'ing', 'iong', 'u', 'ue', 'uan', 'un']);
const NO_MEDIAL_I = new Set(['a', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'ong', 'i', 'u', 'ua', 'uo', 'uai', 'ui', 'uan', 'un', 'uang']);
const LABIAL = new Set(['a', 'o', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'i', 'ie', 'iao', 'iu', 'ian', 'in', 'ing', 'u', 'e']);
const DENTAL = new Set(['a', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'ong', 'i', 'ia', 'ie', 'iao', 'iu', 'ian', 'in', 'iang', 'ing', 'u', 'uo', 'ui', 'uan', 'un', 'v', 've', 'o']);
const VELAR = new Set(['a', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'ong', 'u', 'ua', 'uo', 'uai', 'ui', 'uan', 'un', 'uang']);
const ZERO = new Set(['a', 'o', 'e', 'ai', 'ei', 'ao', 'ou', 'an', 'en', 'ang', 'eng', 'er']);

function allowedFinals(initial: string): Set<string> {
  if ('jqx'.includes(initial) && initial) return PALATAL;
  if (['zh', 'ch', 'sh', 'r', 'z', 'c', 's'].includes(initial)) return NO_MEDIAL_I;
  if ('bpmf'.includes(initial)) return LABIAL;
  if ('dtnl'.includes(initial)) return DENTAL;
  return VELAR;
}

const compose = (initial: number, [medial, fin]: Part) => String.fromCharCode(0xac00 + (initial * 21 + M[medial]) * 28 + F[fin ?? 'none']);

// After ㅈ ㅉ ㅊ the standard writes no y-glide (자 not 쟈, 저 not 져, 제 not 졔, 주 not 쥬).
const DE_Y: Partial<Record<Medial, Medial>> = { ya: 'a', yeo: 'eo', ye: 'e', yo: 'o', yu: 'u' };

/**
 * The standard Hangul of one Pinyin syllable (lowercase ASCII, ü as v or u), or undefined when it is
 * not one: zhao → 자오, xin → 신, chen → 천, jun → 쥔, ruo → 뤄, si → 쓰, wei → 웨이.
 */
export function pinyinToHangul(syllable: string): string | undefined {
  const initial = ['zh', 'ch', 'sh'].find((p) => syllable.startsWith(p)) ?? (/^[bpmfdtnlgkhjqxrzcsyw]/.test(syllable) ? syllable[0] : '');
  let rest = syllable.slice(initial.length);
  let parts: Part[] | undefined;
  if (initial === 'y') {
    if (rest === 'u' || rest === 'ue' || rest === 'uan' || rest === 'un') parts = UMLAUT_FINALS[rest];
    else if (Y_FINALS[rest]) {
      rest = Y_FINALS[rest];
      // yan is 옌 (ㅖ) like -ian; yo 요.
      parts = rest === 'io' ? [['yo']] : FINALS[rest];
    }
  } else if (initial === 'w') {
    const f = W_FINALS[rest];
    if (f) parts = W_STANDALONE[f] ?? FINALS[f] ?? [['wo', 'ng']];
  } else if (initial === '') {
    if (ZERO.has(rest)) parts = FINALS[rest];
  } else if ((initial === 'n' || initial === 'l') && (rest === 'v' || rest === 've' || rest === 'ue' || rest === 'u')) {
    parts = FINALS[rest];
  } else if (allowedFinals(initial).has(rest)) {
    parts = 'jqx'.includes(initial) && UMLAUT_FINALS[rest] ? UMLAUT_FINALS[rest] : FINALS[rest];
    // zhi, chi, shi, ri, zi, ci, si: the "buzzed" i is ㅡ (즈, 츠, 스, 르, 쯔, 츠, 쓰).
    if (rest === 'i' && ['zh', 'ch', 'sh', 'r', 'z', 'c', 's'].includes(initial)) parts = [['eu']];
  }
  if (!parts) return undefined;
  const lead = INITIALS[initial];
  return parts
    .map((p, i) => {
      if (i > 0) return compose(I.o, p);
      const medial = lead === I.j || lead === I.jj || lead === I.ch ? DE_Y[p[0]] ?? p[0] : p[0];
      return compose(lead, [medial, p[1]]);
    })
    .join('');
}

const MAX_SYLLABLES = 3;
const isSyllable = (s: string) => s.length <= 6 && pinyinToHangul(s) !== undefined;

/**
 * Splits a folded Latin given name into Pinyin syllables (fewest first: "xian" is one, not xi'an),
 * or undefined when it is not Pinyin. A syllable after the first never starts with a, o or e:
 * Pinyin would write an apostrophe there, and "Dean" is no de + an.
 */
export function splitPinyin(token: string): string[] | undefined {
  if (!token || token.length > 6 * MAX_SYLLABLES || !/^[a-z]+$/.test(token)) return undefined;
  // best[i]: the fewest syllables covering token[0, i).
  const best: Array<string[] | undefined> = [[]];
  for (let i = 1; i <= token.length; i++) {
    for (let j = Math.max(0, i - 6); j < i; j++) {
      const prev = best[j];
      const piece = token.slice(j, i);
      if (!prev || (j > 0 && 'aoe'.includes(piece[0])) || !isSyllable(piece)) continue;
      if (!best[i] || prev.length + 1 < best[i]!.length) best[i] = [...prev, piece];
    }
  }
  const out = best[token.length];
  return out && out.length <= MAX_SYLLABLES ? out : undefined;
}

/** Compares two written forms of a person's name across scripts and transcription conventions. */
import { analyzeName, isCompactKorean, type ChineseParse, type KoreanParse, type NameInfo } from './_name-info.ts';
import { phoneticDistance, type Pairing } from './_phonetic-distance.ts';
import { encodeHangul } from './_encode-hangul.ts';
import { RecentCache } from './_recent-cache.ts';
import type { Sym } from './_sym.ts';

/**
 * How two name forms relate: `exact` (same written name), `strong` (a transliteration match),
 * `weak` (a looser transliteration match, only good with other evidence such as the same move), or `none`.
 */
export interface NameMatch {
  strength: 'exact' | 'strong' | 'weak' | 'none';
  /** Phonetic distance summed over tokens (0 for exact). */
  distance: number;
}

const NONE: NameMatch = { strength: 'none', distance: Infinity };

/** What one token may differ by and still match: short tokens (Chinese syllables, Cho/Choi) get little slack. */
function tokenAllowance(a: Sym[], b: Sym[]): number {
  const length = Math.max(a.length, b.length);
  if (length <= 3) return 0.35;
  if (length === 4) return 0.6;
  return Math.min(1.4, 0.13 * length + 0.2);
}

// A weak match may stray this much further; French and irregular English spellings (Michael/마이클) land there.
const WEAK_FACTOR = 1.35;

/**
 * Aligns token with token, in order or reversed, each within WEAK_FACTOR times its allowance:
 * the best total distance, and whether every token also kept within its plain allowance.
 */
function alignTokens(a: Sym[][], b: Sym[][], pairing: Pairing): NameMatch {
  if (a.length !== b.length || a.length === 0) return NONE;
  let best = NONE;
  for (const order of b.length > 1 ? [b, [...b].reverse()] : [b]) {
    let sum = 0;
    let strong = true;
    for (let i = 0; i < a.length; i++) {
      const allowance = tokenAllowance(a[i], order[i]) + 1e-9;
      const d = phoneticDistance(a[i], order[i], pairing, allowance * WEAK_FACTOR);
      if (d > allowance * WEAK_FACTOR) {
        sum = Infinity;
        break;
      }
      if (d > allowance) strong = false;
      sum += d;
    }
    if (sum === Infinity) continue;
    const strength = strong ? 'strong' : 'weak';
    if (best.strength === 'none' || (strength === 'strong' && best.strength === 'weak') || (strength === best.strength && sum < best.distance)) best = { strength, distance: sum };
  }
  return best;
}

function compareKorean(latin: KoreanParse[], hangul: KoreanParse[]): number {
  let best = Infinity;
  for (const l of latin) {
    for (const h of hangul) {
      if (!l.families.some((f) => h.families.includes(f))) continue;
      // Korean given names are short and differ by one vowel (서연/수연): keep the slack small.
      const limit = 0.2 + 0.06 * Math.max(l.given.length, h.given.length) + 1e-9;
      const d = phoneticDistance(l.given, h.given, 'latin-hangul', limit);
      if (d <= limit) best = Math.min(best, d);
    }
  }
  return best;
}

const hangulSyms = new RecentCache<string, Sym[]>(4_096);
/** Hangul text as symbols (cached: the same syllables recur in every Chinese name). */
function symsOf(hangul: string): Sym[] {
  let syms = hangulSyms.get(hangul);
  if (!syms) hangulSyms.set(hangul, (syms = encodeHangul(hangul)));
  return syms;
}

// Two Hangul forms of one Chinese syllable differ by at most a vowel shade (천/첸, 쥔/준, 톈/티엔);
// 천/진 or 양/왕 are other syllables.
const SYLLABLE_SLACK = 0.35;

function sameChineseFamily(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => x === y || phoneticDistance(symsOf(x), symsOf(y), 'hangul-hangul', SYLLABLE_SLACK) <= SYLLABLE_SLACK));
}

// Per syllable of a Chinese given name: a strong match lets one syllable stray as far as a spelled-out
// glide (루오/뤄, 루/뤄: 0.6), the whole name a vowel shade per syllable; a one-syllable name little more.
const STRONG_UNIT = 0.65;
const WEAK_UNIT = 0.65;
const strongTotal = (units: number) => 0.45 + 0.3 * (units - 1) + 1e-9;
const weakTotal = (units: number) => 0.5 + 0.4 * (units - 1) + 1e-9;

/**
 * Aligns given-name units (Hangul strings, one per Chinese syllable) with a run of 1–3 Hangul
 * syllables each, in order: the least total distance with no unit over `unitLimit`.
 */
function alignSyllables(units: string[], syllables: string[], unitLimit: number): number {
  const m = syllables.length;
  let prev = new Array<number>(m + 1).fill(Infinity);
  prev[0] = 0;
  for (const unit of units) {
    const cur = new Array<number>(m + 1).fill(Infinity);
    for (let j = 1; j <= m; j++) {
      for (let k = 1; k <= 3 && k <= j; k++) {
        if (prev[j - k] === Infinity) continue;
        const d = phoneticDistance(symsOf(unit), symsOf(syllables.slice(j - k, j).join('')), 'hangul-hangul', unitLimit);
        if (d <= unitLimit + 1e-9) cur[j] = Math.min(cur[j], prev[j - k] + d);
      }
    }
    prev = cur;
  }
  return prev[m];
}

/**
 * How two names compare when both read as Chinese (family + given): the family names must be one
 * (Hong 훙/홍 is not 황, Yang 양 is not 왕), and the given names must agree syllable by syllable.
 * Undefined when either name has no Chinese reading.
 */
function compareChinese(a: ChineseParse[], b: ChineseParse[]): 'strong' | 'weak' | 'none' | undefined {
  if (!a.length || !b.length) return undefined;
  let best: 'strong' | 'weak' | 'none' = 'none';
  for (const x of a) {
    for (const y of b) {
      if (!sameChineseFamily(x.families, y.families)) continue;
      // Units from the side with fewer syllables: a Latin name's Pinyin, or the shorter Hangul one.
      const [units, syllables] = x.given.length <= y.given.length ? [x.given, y.given] : [y.given, x.given];
      const d = alignSyllables(units, syllables, WEAK_UNIT);
      if (d > weakTotal(units.length)) continue;
      if (d <= strongTotal(units.length) && alignSyllables(units, syllables, STRONG_UNIT) <= strongTotal(units.length)) return 'strong';
      best = 'weak';
    }
  }
  return best;
}

const RANK = { none: 0, weak: 1, strong: 2, exact: 3 } as const;

/** A transliteration match no stronger than the Chinese verdict (compareChinese), when both names read as Chinese. */
function capByChinese(verdict: ReturnType<typeof compareChinese>, m: NameMatch): NameMatch {
  if (m.strength === 'none' || m.strength === 'exact') return m;
  if (verdict === undefined || RANK[verdict] >= RANK[m.strength]) return m;
  return verdict === 'none' ? NONE : { strength: verdict, distance: m.distance };
}

function latinSubset(a: NameInfo, b: NameInfo): boolean {
  // "Ana Sofia Reyes" and "Ana Reyes": first and last names agree, a middle name is dropped.
  const [short, long] = a.tokens.length < b.tokens.length ? [a, b] : [b, a];
  if (short.tokens.length !== 2 || long.tokens.length < 3) return false;
  const ends = [long.tokens[0], long.tokens[long.tokens.length - 1]].sort().join(' ');
  return ends === [...short.tokens].sort().join(' ');
}

/** Compares two analysed names; see {@link samePersonName}. */
export function matchNameInfos(a: NameInfo, b: NameInfo): NameMatch {
  if (a.exactKeys.some((k) => b.exactKeys.includes(k))) return { strength: 'exact', distance: 0 };
  if (a.script === 'latin' && b.script === 'latin') {
    if (latinSubset(a, b)) return { strength: 'strong', distance: 0.5 };
    for (const x of a.korean) {
      for (const y of b.korean) {
        if (x.givenText === y.givenText && x.families.some((f) => y.families.includes(f))) return { strength: 'strong', distance: 0.3 };
      }
    }
    return NONE;
  }
  if (a.script === 'hangul' && b.script === 'hangul') {
    // Two compact Korean names are either written the same or different people (서연/수연).
    if (isCompactKorean(a) && isCompactKorean(b)) return NONE;
    // The Chinese verdict first: in crowded buckets most pairs of Chinese names differ in family name.
    const verdict = compareChinese(a.chinese, b.chinese);
    if (verdict === 'none') return NONE;
    return capByChinese(verdict, alignTokens(a.tokenSyms, b.tokenSyms, 'hangul-hangul'));
  }
  const [latin, hangul] = a.script === 'latin' && b.script === 'hangul' ? [a, b] : b.script === 'latin' && a.script === 'hangul' ? [b, a] : [undefined, undefined];
  if (!latin || !hangul) return NONE;
  const dk = compareKorean(latin.korean, hangul.korean);
  if (dk < Infinity) return { strength: 'strong', distance: dk };
  // A compact Korean name is judged by Korean rules alone (no weak match: 태현/태훈 differ by one
  // vowel), unless both read as Chinese (장하오 = Zhang Hao): "Sujun Chaengar" is no 강서윤.
  if (isCompactKorean(hangul) && (latin.korean.length > 0 || !latin.chinese.length || !hangul.chinese.length)) return NONE;
  const verdict = compareChinese(latin.chinese, hangul.chinese);
  if (verdict === 'none') return NONE;
  const aligned = capByChinese(verdict, alignTokens(latin.tokenSyms, hangul.tokenSyms, 'latin-hangul'));
  if (aligned.strength !== 'none' || hangul.tokenSyms.length !== 1 || latin.tokenSyms.length !== 2) return aligned;
  // A Chinese name in Hangul is often written solid, family name first (자오성자 = Shengjia Zhao).
  const [x, y] = latin.tokenSyms;
  const solid = [alignTokens([[...y, ...x]], hangul.tokenSyms, 'latin-hangul'), alignTokens([[...x, ...y]], hangul.tokenSyms, 'latin-hangul')];
  return capByChinese(verdict, solid.find((m) => m.strength === 'strong') ?? solid.find((m) => m.strength === 'weak') ?? NONE);
}

/**
 * Compares two forms of a person's name: the same written name (case, diacritics, token
 * order folded), or a transliteration of it ("루오밍 팡" / "Ruoming Pang", "김태현" / "Tae-hyun Kim").
 * @example comparePersonNames('천 웨이', 'Wei Chen').strength // 'strong'
 */
export function comparePersonNames(a: string, b: string): NameMatch {
  return matchNameInfos(analyzeName(a), analyzeName(b));
}

/** True when two name forms denote the same name (exactly or by a strong transliteration match). */
export function samePersonName(a: string, b: string): boolean {
  const { strength } = comparePersonNames(a, b);
  return strength === 'exact' || strength === 'strong';
}

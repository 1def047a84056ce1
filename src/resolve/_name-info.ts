/** A person name taken apart once: script, tokens, exact keys, phonetic symbols, Korean family/given splits. */
import { encodeHangul } from './_encode-hangul.ts';
import { encodeLatin, foldLatin } from './_encode-latin.ts';
import type { Sym } from './_sym.ts';
import { hangulSurnamesOf, splitKoreanName } from './_korean-surnames.ts';
import { RecentCache } from './_recent-cache.ts';
import { chineseSurnameHangul, isHangulChineseSurname } from './_chinese-surnames.ts';
import { pinyinToHangul, splitPinyin } from './_encode-pinyin.ts';

export type NameScript = 'latin' | 'hangul' | 'other';

/** A reading of the name as Korean: a Hangul family name and the given name's symbols. */
export interface KoreanParse {
  families: string[];
  given: Sym[];
  /** The given name as folded Latin or Hangul text, for exact comparison within one script. */
  givenText: string;
}

/**
 * A reading of the name as Chinese, family name + given name, both as Hangul: for a Latin name the
 * Hangul forms of its family name and the standard Hangul of each Pinyin syllable of its given name
 * (Shengjia Zhao: 자오/짜오, [성, 자]); for a Hangul name the family token and the given name's syllables.
 */
export interface ChineseParse {
  families: string[];
  /** Latin: one Hangul string per Pinyin syllable; Hangul: one syllable each. */
  given: string[];
}

export interface NameInfo {
  raw: string;
  script: NameScript;
  /** Tokens as compared: folded Latin (hyphens joined), or Hangul syllables. */
  tokens: string[];
  /** Exact-match keys: equal keys mean the same written name (case, diacritics, order folded). */
  exactKeys: string[];
  /** Per-token symbols in `foreign` mode (a compact Korean-style Hangul name split into family + given). */
  tokenSyms: Sym[][];
  korean: KoreanParse[];
  chinese: ChineseParse[];
}

const HANGUL = /\p{Script=Hangul}/u;
const LATIN = /\p{Script=Latin}/u;

function detectScript(name: string): NameScript {
  const hasHangul = HANGUL.test(name);
  const hasLatin = LATIN.test(name);
  if (hasHangul && !hasLatin) return 'hangul';
  if (hasLatin && !hasHangul) return 'latin';
  return 'other';
}

/** Splits on whitespace and punctuation except the hyphen, which joins parts of a given name ("Tae-hyun"). */
function splitTokens(name: string): string[] {
  return name.normalize('NFC').split(/[\s,.·・()]+/u).filter(Boolean);
}

function analyzeLatin(raw: string, parts: string[]): NameInfo {
  const tokens = parts.map(foldLatin).filter(Boolean);
  const korean: KoreanParse[] = [];
  if (tokens.length >= 2) {
    for (const [family, rest] of [[tokens[0], tokens.slice(1)], [tokens[tokens.length - 1], tokens.slice(0, -1)]] as const) {
      const families = hangulSurnamesOf(family);
      if (families.length) korean.push({ families, given: encodeLatin(rest.join(''), 'korean'), givenText: rest.join('') });
    }
  }
  return {
    raw,
    script: 'latin',
    tokens,
    exactKeys: tokens.length ? [[...tokens].sort().join(' ')] : [],
    tokenSyms: tokens.map((t) => encodeLatin(t)),
    korean,
    chinese: latinChinese(tokens),
  };
}

/** Chinese readings of a Latin name: a family name first or last, the rest Pinyin ("Jun-yu Hong", "Zhao Shengjia"). */
function latinChinese(tokens: string[]): ChineseParse[] {
  const out: ChineseParse[] = [];
  if (tokens.length < 2 || tokens.length > 3) return out;
  for (const [family, rest] of [[tokens[0], tokens.slice(1)], [tokens[tokens.length - 1], tokens.slice(0, -1)]] as const) {
    const families = chineseSurnameHangul(family);
    if (!families) continue;
    const syllables = rest.map(splitPinyin);
    if (syllables.some((s) => !s)) continue;
    const given = syllables.flatMap((s) => s!.map((x) => pinyinToHangul(x)!));
    if (given.length <= 3) out.push({ families, given });
  }
  return out;
}

/** Chinese readings of a Hangul name: "천 웨이", "루오밍 팡", or solid with the family first ("자오성자", "쑨페이"). */
function hangulChinese(parts: string[]): ChineseParse[] {
  const out: ChineseParse[] = [];
  const push = (family: string, given: string) => {
    const syllables = [...given];
    if (syllables.length >= 1 && syllables.length <= 4 && isHangulChineseSurname(family)) out.push({ families: [family], given: syllables });
  };
  if (parts.length === 2) {
    push(parts[0], parts[1]);
    push(parts[1], parts[0]);
  } else if (parts.length === 1) {
    const chars = [...parts[0]];
    for (const n of [1, 2]) if (chars.length > n) push(chars.slice(0, n).join(''), chars.slice(n).join(''));
  }
  return out;
}

function analyzeHangul(raw: string, parts: string[]): NameInfo {
  const compact = parts.join('');
  const korean: KoreanParse[] = [];
  let tokens = parts;
  const split = parts.length === 1 ? splitKoreanName(compact) : parts.length === 2 ? splitKoreanName(compact) : undefined;
  // "김 태현" and "김태현" are one Korean name; a spaced Hangul name is otherwise a transcription.
  if (split && (parts.length === 1 || parts[0] === split.family)) {
    korean.push({ families: [split.family], given: encodeHangul(split.given, 'korean'), givenText: split.given });
    if (parts.length === 1) tokens = [split.family, split.given];
  }
  const exactKeys = [...new Set([compact, [...parts].sort().join('')])];
  return { raw, script: 'hangul', tokens, exactKeys, tokenSyms: tokens.map((t) => encodeHangul(t)), korean, chinese: hangulChinese(parts) };
}

const MAX_TOKENS = 6;
const MAX_TOKEN_LENGTH = 40;
// Recently used names: a corpus repeats names, and memory stays flat however many it holds.
const cache = new RecentCache<string, NameInfo>(20_000);

/** Takes a person name apart (cached: a corpus repeats names). */
export function analyzeName(name: string): NameInfo {
  const hit = cache.get(name);
  if (hit) return hit;
  const raw = name.normalize('NFC').trim();
  const parts = splitTokens(raw);
  const script = detectScript(raw);
  let info: NameInfo;
  // Not a person name (a sentence, a run of capitalised words): compared as written only.
  const implausible = parts.length > MAX_TOKENS || parts.some((p) => p.length > MAX_TOKEN_LENGTH);
  if (implausible) info = { raw, script, tokens: parts.slice(0, MAX_TOKENS), exactKeys: [raw.toLowerCase()], tokenSyms: [], korean: [], chinese: [] };
  else if (script === 'latin') info = analyzeLatin(raw, parts);
  else if (script === 'hangul') info = analyzeHangul(raw, parts);
  else info = { raw, script, tokens: parts, exactKeys: [parts.join(' ').toLowerCase()], tokenSyms: [], korean: [], chinese: [] };
  cache.set(name, info);
  return info;
}

/**
 * A Korean name written solid in Hangul (김태현, not 김 태현 or 천 웨이): compared with a Latin name
 * by Korean rules alone, with another such name only as written.
 */
export const isCompactKorean = (info: NameInfo): boolean => info.script === 'hangul' && info.korean.length > 0 && !info.raw.includes(' ');

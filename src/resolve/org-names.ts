/** Normalized keys and cross-script comparison for organization names no gazetteer knows. */
import { leadingConsonantClasses } from './_consonant-keys.ts';
import { encodeHangul } from './_encode-hangul.ts';
import { encodeLatin } from './_encode-latin.ts';
import { phoneticDistance } from './_phonetic-distance.ts';
import type { Sym } from './_sym.ts';

// Legal-form words that do not change which organization is meant.
const LEGAL_SUFFIXES = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'gmbh', 'plc', 'ag', 'sa', 'sas', 'bv', 'nv', 'pte', 'pty', 'kk', '주식회사', '주', '㈜', '유한회사']);

function words(name: string): string[] {
  return name.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The words of an organization name, lowercased, legal forms ("Inc.", "주식회사") dropped. */
export function orgNameWords(name: string): string[] {
  return coreWords(name);
}

function coreWords(name: string): string[] {
  const w = words(name);
  let start = 0;
  let end = w.length;
  // "주식회사 노바리즌", "Nova Reason, Inc.": drop legal forms at either end, never the whole name.
  while (end - start > 1 && LEGAL_SUFFIXES.has(w[end - 1])) end--;
  while (end - start > 1 && LEGAL_SUFFIXES.has(w[start])) start++;
  return w.slice(start, end);
}

/**
 * The comparison key of an organization name: case, width, spacing, punctuation and legal
 * forms folded, so "Nova Reason Inc.", "nova reason" and "NovaReason" share one key.
 * @example normalizeOrgName('Nova Reason, Inc.') // 'novareason'
 */
export function normalizeOrgName(name: string): string {
  return coreWords(name).join('');
}

// Words that say what kind of organization it is, not which: "Lumen Robotics" is also called "Lumen".
const GENERIC_WORDS = new Set([
  'ai', 'labs', 'lab', 'robotics', 'intelligence', 'technologies', 'technology', 'tech', 'systems', 'research', 'computing',
  'software', 'group', 'holdings', 'ventures', 'studio', 'studios', 'network', 'networks', 'bio', 'biosciences', 'therapeutics',
  '에이아이', '랩스', '랩', '로보틱스', '인텔리전스', '테크놀로지스', '테크놀로지', '테크', '시스템즈', '리서치', '연구소', '연구원', '그룹',
]);

/**
 * The distinctive part of an organization name when it ends in generic words ("Lumen Robotics" →
 * "lumen"), or undefined when nothing generic trails it or too little would remain.
 */
export function orgNameCore(name: string): string | undefined {
  const w = coreWords(name);
  let end = w.length;
  while (end > 1 && GENERIC_WORDS.has(w[end - 1])) end--;
  if (end === w.length) return undefined;
  const core = w.slice(0, end).join('');
  return [...core].length >= (/\p{Script=Hangul}/u.test(core) ? 2 : 4) ? core : undefined;
}

const HANGUL_RUN = /\p{Script=Hangul}+/gu;

function encodeWord(w: string): Sym[] {
  const out: Sym[] = [];
  let last = 0;
  for (const m of w.matchAll(HANGUL_RUN)) {
    if (m.index > last) out.push(...encodeLatin(w.slice(last, m.index)));
    out.push(...encodeHangul(m[0]));
    last = m.index + m[0].length;
  }
  if (last < w.length) out.push(...encodeLatin(w.slice(last)));
  return out;
}

/** Phonetic symbols of a whole organization name, each script run encoded by its own rules. */
export function encodeOrgName(name: string): Sym[] {
  return coreWords(name).flatMap(encodeWord);
}

const hasHangul = (s: string) => /\p{Script=Hangul}/u.test(s);
const hasLatin = (s: string) => /\p{Script=Latin}/u.test(s);

/** A coarse bucket for organization names that may be transcriptions of each other. */
export function orgNameBucket(name: string): string {
  return leadingConsonantClasses(encodeOrgName(name)).slice(0, 1) || '_';
}

/**
 * True when two names denote the same organization: equal keys, or a Hangul transcription
 * of a Latin name ("노바리즌" / "Nova Reason"), close enough over the whole name.
 */
export function sameOrgName(a: string, b: string): boolean {
  const ka = normalizeOrgName(a);
  const kb = normalizeOrgName(b);
  if (ka === kb) return ka.length > 0;
  const [latin, hangul] = hasHangul(b) && !hasHangul(a) ? [a, b] : hasHangul(a) && !hasHangul(b) ? [b, a] : [undefined, undefined];
  if (!latin || !hangul || !hasLatin(latin)) return false;
  const lw = coreWords(latin);
  const hw = coreWords(hangul);
  if (lw.length > 1 && lw.length === hw.length) {
    // Word by word, so a shared generic word ("Intelligence") cannot carry a different name.
    return lw.every((w, i) => {
      const x = encodeWord(w);
      const y = encodeWord(hw[i]);
      return phoneticDistance(x, y, 'latin-hangul') <= 0.13 * Math.max(x.length, y.length) + 0.2;
    });
  }
  const x = encodeOrgName(latin);
  const y = encodeOrgName(hangul);
  const longest = Math.max(x.length, y.length);
  // Short names ("AI", "LG") collide too easily to be matched by sound.
  if (longest < 5) return false;
  return phoneticDistance(x, y, 'latin-hangul') <= 0.1 * longest + 0.3;
}

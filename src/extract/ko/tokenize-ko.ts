/** Korean word tokens (eojeol pieces between spaces and punctuation) with offsets, and particle stripping. */
import { PARTICLES } from './ko-lexicon.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** The character that follows: "," or "(" or " " (a space before the next word). */
  next: string;
  /** Stem and particle, filled on first use by `tokenParts`. */
  parts?: { stem: string; particle: string };
}

/** The token's stem and particle, computed once per token. */
export function tokenParts(t: Token): { stem: string; particle: string } {
  return (t.parts ??= splitParticle(t.text));
}

const BREAK_LIST = [
  ' ', '\t', '\n', '\r', '\u00a0', '\u3000', '(', ')', '[', ']', '{', '}', '"', '“', '”', '‘', '’', "'", ',', '.', '·', '…', ':', ';', '!', '?',
  '<', '>', '「', '」', '『', '』', '/', '=', '■', '→', '|', '《', '》', '〈', '〉', '・', '、', '。', '~', '*', '▲', '△', '●', '○', '◆', '-',
].map((c) => c.charCodeAt(0));
// A table over the Basic Multilingual Plane: one array read per character instead of a hash lookup.
const BREAK_CODES = new Uint8Array(0x10000);
for (const c of BREAK_LIST) BREAK_CODES[c] = 1;

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordCode = (c: number) => isAsciiAlnum(c) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x3131 && c <= 0x318e);

/** True for characters that separate tokens. A hyphen between letters stays inside ("비전-언어", "Seo-yeon"); so do "1,380" and "2.5". */
function isBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 45) return !(isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i + 1)));
  if (c === 46 || c === 44) return !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
  return c < 0x10000 && BREAK_CODES[c] === 1;
}

/** Splits `text[start, end)` into tokens in one pass. */
export function tokenizeKo(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isBreak(text, i)) i++;
    const s = i;
    while (i < end && !isBreak(text, i)) i++;
    if (i > s) {
      let j = i;
      while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 0xa0)) j++;
      const next = j < end && j > i && text[j] !== '\n' ? (isBreak(text, j) ? text[j] : ' ') : (text[i] ?? '');
      out.push({ start: s, end: i, text: text.slice(s, i), next, parts: undefined });
    }
  }
  return out;
}

/** True when the string is Hangul syllables only. */
export function isHangulWord(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 0xac00 || c > 0xd7a3) return false; }
  return true;
}

const PARTICLE_SET = new Set(PARTICLES);

/** True when the string is exactly one of the known particles. */
export const isParticle = (s: string): boolean => PARTICLE_SET.has(s);

// Particles grouped by their last character: most words end in a character no particle ends in, and skip at once.
const PARTICLES_BY_LAST = new Map<number, string[]>();
for (const p of [...PARTICLES].sort((a, b) => b.length - a.length)) {
  const c = p.charCodeAt(p.length - 1);
  PARTICLES_BY_LAST.set(c, [...(PARTICLES_BY_LAST.get(c) ?? []), p]);
}
const BARE = (token: string) => ({ stem: token, particle: '' });

/** Splits a token into stem and the longest particle ending it, keeping at least one character of stem. */
export function splitParticle(token: string): { stem: string; particle: string } {
  const list = PARTICLES_BY_LAST.get(token.charCodeAt(token.length - 1));
  if (!list) return BARE(token);
  for (const p of list) {
    if (token.length > p.length && token.endsWith(p)) return { stem: token.slice(0, token.length - p.length), particle: p };
  }
  return BARE(token);
}

/** The particle that follows `stem` inside `token`, when the token is the stem plus a known particle (or the stem alone). */
export function particleAfter(token: string, stem: string): string | null {
  if (!token.startsWith(stem)) return null;
  const rest = token.slice(stem.length);
  if (rest === '') return '';
  if (rest === '등' || (rest.startsWith('등') && PARTICLE_SET.has(rest.slice(1)))) return rest.slice(1) || '';
  return PARTICLE_SET.has(rest) ? rest : null;
}

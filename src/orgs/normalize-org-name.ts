/** Cleans an organization name recognised from context: quotes, legal forms, possessives and Korean particles go. */
import { stripKoreanParticle } from './korean-particles.ts';

const QUOTES = new Set(['"', "'", '“', '”', '‘', '’', '「', '」', '『', '』', '《', '》', '〈', '〉', '«', '»', '`']);

/** Legal forms after a name, compared case-insensitively without dots and commas. */
const LEGAL_SUFFIXES = new Set(['inc', 'incorporated', 'corp', 'co', 'ltd', 'limited', 'llc', 'llp', 'plc', 'gmbh', 'ag', 'sa', 'sas', 'bv', 'nv', 'pte', 'pbc', 'kk']);
/** Korean legal forms, written before or after the name. */
const KOREAN_LEGAL = ['주식회사', '(주)', '㈜', '유한회사', '(유)'];

function stripQuotes(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (QUOTES.has(s[start]!) || s[start] === ' ')) start++;
  while (end > start && (QUOTES.has(s[end - 1]!) || s[end - 1] === ' ')) end--;
  return s.slice(start, end);
}

/** Drops trailing legal-form words ("Acme Robotics, Inc.", "Acme Co., Ltd.") one word at a time. */
function stripLegalSuffixes(s: string): string {
  let words = s.split(' ');
  while (words.length > 1) {
    const last = words[words.length - 1]!.toLowerCase().replace(/[.,]/g, '');
    if (!LEGAL_SUFFIXES.has(last)) break;
    words = words.slice(0, -1);
    words[words.length - 1] = words[words.length - 1]!.replace(/,$/, '');
  }
  return words.join(' ');
}

function stripKoreanLegal(s: string): string {
  let out = s;
  for (const form of KOREAN_LEGAL) {
    if (out.startsWith(form)) out = out.slice(form.length).trimStart();
    if (out.endsWith(form)) out = out.slice(0, -form.length).trimEnd();
  }
  return out;
}

/**
 * Normalises a name as a text writes it, for an organization no gazetteer knows: trims, collapses spaces,
 * removes quotes, legal forms (Inc., Corp., Co., Ltd., LLC, 주식회사, (주), ㈜), an English possessive and
 * trailing Korean particles.
 * @example normalizeOrgName('“Nova Reason, Inc.”') // 'Nova Reason'
 * @example normalizeOrgName('(주)노바리즌에서') // '노바리즌'
 */
export function normalizeOrgName(mention: string): string {
  let s = mention.normalize('NFC').replace(/\s+/g, ' ').trim();
  s = stripQuotes(s);
  s = s.replace(/(?:'s|’s)$/u, '');
  s = stripKoreanLegal(s);
  s = s.replace(/[.,;:]+$/, '');
  s = stripLegalSuffixes(s);
  if (/\p{Script=Hangul}$/u.test(s)) {
    const cut = s.lastIndexOf(' ') + 1;
    s = s.slice(0, cut) + stripKoreanParticle(s.slice(cut));
  }
  return stripQuotes(stripKoreanLegal(s)).trim();
}

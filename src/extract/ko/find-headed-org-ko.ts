/** The organization a person heads, named right before their head title ("노바 AI 대표 X", "노바AI의 대표인 X", "노바AI 김성훈 대표"). */
import type { KoOrgMention } from './find-orgs-ko.ts';
import type { PersonMention } from './find-persons-ko.ts';
import { isTitleWord, NOT_NAME_WORDS, ORG_CONTEXT_WORDS } from './ko-lexicon.ts';
import { isHangulWord, tokenParts, type Token } from './tokenize-ko.ts';

/** Titles of the person who runs or started a company: the company they name is the one they founded or joined to lead. */
const HEAD_TITLES = new Set(['대표', '대표이사', '창업자', '공동창업자', '설립자', '창업주', '최고경영자', 'CEO']);

/** A head title, also as the copula's modifier form ("대표인"). */
function isHeadTitle(t: string): boolean {
  return HEAD_TITLES.has(t) || (t.endsWith('인') && HEAD_TITLES.has(t.slice(0, -1)));
}

/** A word that can be part of a company name: not a date, count, title, common word or verb form. */
function isNameWord(w: string): boolean {
  if (!w || w.length > 12 || /^\d/.test(w) || NOT_NAME_WORDS.has(w) || ORG_CONTEXT_WORDS.has(w) || isTitleWord(w)) return false;
  if (!/^[\p{Script=Hangul}A-Za-z0-9&.-]+$/u.test(w)) return false;
  // A Hangul ending like a verb form or a case particle ends no company name ("창업한", "회사를").
  if (/[가-힣]$/.test(w)) return (w.length >= 2 || !isHangulWord(w)) && !/(한|던|는|된|온|인|은|을|를|에|로|서|고|며|다|년|월|일)$/.test(w);
  return /[A-Za-z]/.test(w);
}

/**
 * The company named before a person's head title, as an organization known from context only, or null.
 * `limit` is the token before which the search does not go (the previous trigger); `isOrgTok` marks tokens of known
 * organizations, which other rules read.
 * @example findHeadedOrg(text, tokens, mentionOf('마이클 첸'), -1, () => false) // { org: '노바 AI', verified: false, … }
 */
export function findHeadedOrg(text: string, tokens: Token[], mover: PersonMention, limit: number, isOrgTok: (k: number) => boolean): KoOrgMention | null {
  // The title before a foreign name ("대표 마이클 첸"), or after a Korean one ("김성훈 대표").
  let k = mover.firstTok - 1;
  if (!(mover.title && isHeadTitle(mover.title))) {
    if (k <= limit || !tokens[k] || !isHeadTitle(tokens[k].text) || tokens[k + 1].start - tokens[k].end !== 1) return null;
    k--;
  }
  const words: number[] = [];
  const nearest = k;
  for (; k > limit && k >= 0 && words.length < 3; k--) {
    const t = tokens[k];
    if (tokens[k + 1].start - t.end !== 1 || text[t.end] !== ' ') break;
    // A known organization is read by the other rules ("리벨리온의 대표인 X").
    if (isOrgTok(k)) return null;
    const { stem, particle } = tokenParts(t);
    // "노바AI의 대표인": the possessive closes the name, on the word nearest the title only.
    if (k === nearest && particle === '의' && isNameWord(stem)) { words.unshift(k); continue; }
    if (!isNameWord(t.text)) break;
    words.unshift(k);
  }
  if (!words.length) return null;
  const first = tokens[words[0]];
  const last = tokens[words[words.length - 1]];
  const end = tokenParts(last).particle === '의' ? last.end - 1 : last.end;
  const name = text.slice(first.start, end);
  if (name.length < 2) return null;
  return { start: first.start, end, text: name, org: name, team: null, verified: false, caseTok: words[words.length - 1], case: 'origin', firstTok: words[0] };
}

/** Cues that name one side of a move from the words around a trigger: a role's organization, a "where" clause, a fronted origin, an internal transfer, a founding named later. */
import { sideOf, type DocState, type Sentence, type Side } from './_doc-en.ts';
import { orgsIn } from './_clause-en.ts';
import { isAfterFrom, unknownOrgAt } from './find-sides-en.ts';

/** The organization closing a role phrase ("chief technology officer of Revolut"): a capitalised name after "of" / "at" within a few words. */
export function unknownRoleOrg(st: DocState, s: Sentence, from: number, end: number): Side | null {
  for (let k = from; k < Math.min(end, from + 7); k++) {
    const tok = s.tokens[k];
    if (tok.kind === 'punct') return null;
    if ((tok.lower === 'of' || tok.lower === 'at') && s.tokens[k + 1]?.cap) return unknownOrgAt(st, s, k + 1, end);
  }
  return null;
}

const FOUNDED_NOUNS = new Set(['startup', 'start-up', 'company', 'firm', 'venture', 'lab', 'business']);

/** "The startup, called Kunlun Loop, …", "The company is named X": the name a sentence gives to a just-founded organization. */
export function nameOfFounding(st: DocState, s: Sentence): Side | null {
  let k = s.contentStart;
  if (s.tokens[k]?.lower !== 'the' && s.tokens[k]?.lower !== 'its') return null;
  k++;
  if (s.tokens[k]?.lower === 'new') k++;
  if (!FOUNDED_NOUNS.has(s.tokens[k]?.lower ?? '')) return null;
  k++;
  if (s.tokens[k]?.text === ',') k++;
  if (s.tokens[k]?.lower === 'is' || s.tokens[k]?.lower === 'was') k++;
  if (!['called', 'named', 'dubbed'].includes(s.tokens[k]?.lower ?? '')) return null;
  return unknownOrgAt(st, s, k + 1, Math.min(s.tokens.length, k + 7)) ?? (s.mentions.orgAt[k + 1] >= 0 ? sideOf(s.mentions.orgs[s.mentions.orgAt[k + 1]]) : null);
}

/** "After seven years at Microsoft, I've joined …": an origin phrase fronted before the subject. */
export function frontedOrigin(s: Sentence, clauseStart: number, subjectStart: number): Side | null {
  if (!['after', 'following'].includes(s.tokens[clauseStart]?.lower ?? '')) return null;
  const o = orgsIn(s, clauseStart, subjectStart).find((x) => isAfterFrom(s, x));
  return o ? sideOf(o) : null;
}

/** "… to its memory business": after the origin, a "to" whose object belongs to the same organization ("its", "the company's"). */
export function hasInternalTarget(s: Sentence, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 8); k++) {
    if (s.tokens[k].lower !== 'to') continue;
    const next = s.tokens[k + 1]?.lower ?? '';
    return next === 'its' || next === 'another' || (next === 'the' && (s.tokens[k + 2]?.lower === "company" || s.tokens[k + 2]?.lower === 'same'));
  }
  return false;
}

/** "…, where she now teaches at KAIST": an organization after "at" / "for" / "with" in a "where" clause right after a place. */
export function employerInWhereClause(s: Sentence, from: number, end: number): Side | null {
  for (let k = from; k < Math.min(end, from + 6); k++) {
    if (s.tokens[k].lower !== 'where') continue;
    const o = orgsIn(s, k + 1, Math.min(end, k + 9)).find((x) => ['at', 'for', 'with', 'joined', 'joins'].includes(s.tokens[x.tokStart - 1]?.lower ?? ''));
    return o ? sideOf(o) : null;
  }
  return null;
}


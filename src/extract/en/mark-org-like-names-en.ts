/** Capitalised runs that a document only ever uses as an organization ("a research lead at Nova Reason", "left Nova Reason"). */
import type { NameRun } from './find-mentions-en.ts';
import { addContextOrg } from './find-mentions-en.ts';
import type { Sentence } from './_doc-en.ts';
import { REPORTING_VERBS, TITLE_WORDS } from './_lexicon-en.ts';

// Words before a run that take an employer, never a person: "at X", "left X", "joined X".
const ORG_BEFORE = new Set(['at', 'left', 'leaving', 'leaves', 'quit', 'quits', 'joined', 'joins', 'join', 'joining', 'rejoined', 'rejoins']);
// Founding verbs take the company founded: "to co-found Lattice Harbor", "launched Parallax Forge".
const FOUND_BEFORE = new Set(['found', 'founded', 'co-found', 'co-founded', 'cofound', 'cofounded', 'launch', 'launched', 'start', 'started']);
// Nouns that name the run after them ("a startup called X", "a company, X,"): a business, never a person.
const COMPANY_NOUNS = new Set(['company', 'startup', 'start-up', 'firm', 'venture', 'lab', 'outfit', 'business']);
// Words after a run that make it a person: an apposition or relative clause, a verb of speaking.
const PERSON_AFTER = new Set(['who', 'whose', 'said', 'says', 'told', 'added', 'is', 'was', 'has', 'had', 'will', 'would']);
const AUX = new Set(['has', 'have', 'had', 'also', 'is', 'was']);
const MAX_RUNS = 5000;

/**
 * Marks, in every sentence, the multi-word runs that appear at least once where only an organization fits and never
 * where only a person fits; returns how many names it turned into organizations.
 * @example markOrgLikeNamesEn(text, sentences, runs) // "Nova Reason" becomes an unverified organization
 */
export function markOrgLikeNamesEn(text: string, sentences: Sentence[], runs: Array<{ run: NameRun; sent: number }>): number {
  const votes = new Map<string, { org: number; person: number }>();
  const fullRunAt = new Set<string>();
  for (const { run, sent } of runs) if (run.parts.length >= 2) fullRunAt.add(`${sent}:${run.tokStart}`);
  for (const { run, sent } of runs.slice(0, MAX_RUNS)) {
    if (run.parts.length < 2) continue;
    const s = sentences[sent];
    const key = run.parts.join(' ');
    const v = votes.get(key) ?? { org: 0, person: 0 };
    votes.set(key, v);
    const before = s.tokens[run.tokStart - 1];
    const after = s.tokens[run.tokEnd];
    const after2 = s.tokens[run.tokEnd + 1];
    // Not "leaving Elon Musk's AI startup": with a possessive the object is what follows.
    if (before && ORG_BEFORE.has(before.lower) && !run.poss) v.org++;
    if (before && FOUND_BEFORE.has(before.lower) && !run.poss) v.org++;
    if (before && namesCompanyAt(s, run.tokStart - 1)) v.org++;
    // "Nova Reason's Bae Yoon-sung": one name owning another is an organization owning its employee.
    if (run.poss && fullRunAt.has(`${sent}:${run.tokEnd}`)) v.org++;
    if (after && (after.text === '→' || (after.text === '-' && after2?.text === '>'))) v.org++;
    if (before && TITLE_WORDS.has(before.lower) && before.cap) v.person++;
    // The subject of a hiring verb is an employer ("Nova Reason hires …"); of leaving or joining, a person.
    const verb = s.triggers.find((t) => t.tokStart === run.tokEnd || (t.tokStart === run.tokEnd + 1 && AUX.has(after?.lower ?? '')));
    // Not "X was ousted" (passive) nor "X named head of research" (a headline's elided passive).
    if (verb && (verb.kind === 'hire' || verb.kind === 'lose') && !verb.weak && after?.lower !== 'is' && after?.lower !== 'was') v.org++;
    else if (verb || (after && (PERSON_AFTER.has(after.lower) || REPORTING_VERBS.has(after.lower)))) v.person++;
    // "X, a company that …" describes a business; "X, a researcher …", "X, who …" a person.
    if (after?.text === ',' && after2 && ['a', 'an', 'the'].includes(after2.lower) && describesCompany(s, run.tokEnd + 2)) v.org++;
    else if (after?.text === ',' && after2 && ['a', 'an', 'the', 'who', 'whose', 'its', 'his', 'her'].includes(after2.lower)) v.person++;
    // "Ruoming Pang (루오밍 팡)", "Jane Roe (43)"; not "Parallax Forge (new)", a note in lower case.
    if (after?.text === '(' && !(after2?.kind === 'word' && !after2.cap && /^\p{Ll}/u.test(after2.text))) v.person++;
  }
  const orgNames = new Set<string>();
  for (const [key, v] of votes) if (v.org > 0 && v.person === 0) orgNames.add(key);
  markBrandWords(text, sentences);
  if (!orgNames.size) return 0;
  for (const { run, sent } of runs) {
    if (!orgNames.has(run.parts.join(' '))) continue;
    const s = sentences[sent];
    if (s.mentions.orgAt[run.tokStart] >= 0) continue;
    addContextOrg(text, s.tokens, s.mentions, run.tokStart, run.tokEnd);
  }
  return orgNames.size;
}

/** "a startup called X", "a company, X": the token before a run (at `i`) introduces a company's name. */
function namesCompanyAt(s: Sentence, i: number): boolean {
  const w = s.tokens[i];
  if (w.text === ',') return COMPANY_NOUNS.has(s.tokens[i - 1]?.lower ?? '');
  // Not "named": "the company named X as vice president" is a hiring.
  if (w.lower !== 'called' && w.lower !== 'dubbed') return false;
  return COMPANY_NOUNS.has(s.tokens[i - 1]?.lower ?? '');
}

/** The noun phrase starting at `i` (after its article) is headed by a company noun within three words: "a company", "a stealth startup". */
function describesCompany(s: Sentence, i: number): boolean {
  for (let k = i; k < Math.min(s.tokens.length, i + 3); k++) {
    if (COMPANY_NOUNS.has(s.tokens[k].lower)) return true;
    if (s.tokens[k].kind !== 'word') return false;
  }
  return false;
}

/** "DeepGrain", "NeuroFlux": one word with inner capitals, letters only; a brand, never a person's name. */
function isBrandShape(w: string): boolean {
  // A cheap test first: most words have no capital after their first letter.
  let inner = false;
  for (let i = 1; i < w.length && !inner; i++) { const c = w.charCodeAt(i); inner = (c >= 65 && c <= 90) || (c > 127 && w[i] !== w[i].toLowerCase()); }
  if (!inner || w.length < 4 || !/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+$/u.test(w)) return false;
  return !/^(?:Mc|Mac|De|Le|La|Di|Du|Van|Von|O)\p{Lu}/u.test(w);
}

/** Brand-shaped words the document uses as an employer at least once ("left DeepGrain") become organizations everywhere in it. */
function markBrandWords(text: string, sentences: Sentence[]): void {
  const brands = new Set<string>();
  for (const s of sentences) {
    for (let i = 1; i < s.tokens.length; i++) {
      const t = s.tokens[i];
      if (t.kind !== 'word' || !t.cap || s.mentions.orgAt[i] >= 0 || !isBrandShape(t.text)) continue;
      if (ORG_BEFORE.has(s.tokens[i - 1].lower) || s.tokens[i - 1].lower === 'from') brands.add(t.text);
    }
  }
  if (!brands.size) return;
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) {
      if (s.mentions.orgAt[i] < 0 && brands.has(s.tokens[i].text)) addContextOrg(text, s.tokens, s.mentions, i, i + 1);
    }
  }
}

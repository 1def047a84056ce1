/** Finds the sides of a move around a trigger: the hiring organization, the hired person, the destination, the origin. */
import type { OrgRef } from './find-mentions-en.ts';
import type { Trigger } from './find-triggers-en.ts';
import { COUNT_WORDS, FUNCTION_WORDS, MONTHS, PLACES, REPORTING_VERBS, TITLE_WORDS, WEEKDAYS } from './_lexicon-en.ts';
import { sideOf, type DocState, type PersonMention, type Sentence, type Side } from './_doc-en.ts';
import { anaphorAfter, anaphorBefore, beforeAux, hasWord, orgsIn, personAt } from './_clause-en.ts';

const BETWEEN_STOP = new Set(['with', 'in', 'on', 'against', 'for', 'by', 'from', 'forces', 'calls', 'call', 'chorus', 'critics', 'list', 'lawsuit', 'suit', 'race', 'effort', 'push', 'fight', 'campaign', 'coalition', 'rivals']);
const GENERIC_NOUNS = new Set(['startup', 'start-up', 'company', 'firm', 'lab', 'rival', 'rivals', 'industry', 'academia', 'government', 'competitor', 'venture', 'business', 'politics', 'retirement', 'research', 'investors', 'silicon', 'tech', 'ai']);
export const ROLE_NOUNS = new Set(['executive', 'researcher', 'scientist', 'engineer', 'chief', 'head', 'leader', 'lead', 'director', 'veteran', 'founder', 'co-founder', 'cofounder', 'exec', 'architect', 'designer', 'manager', 'officer', 'president', 'professor']);

/** The organization doing the hiring (or losing): the subject just before the verb, a pronoun, or the clause's first organization. */
export function agentOf(st: DocState, s: Sentence, t: Trigger, a: number, fallback: Side | null): { side: Side; at: number } | null {
  const k = beforeAux(s, t.tokStart, a);
  if (anaphorBefore(s, k, a)) {
    const prev = st.sentences[s.idx - 1];
    const prevFirst = prev ? orgsIn(prev, prev.contentStart, prev.tokens.length)[0] : undefined;
    const side = prevFirst && prevFirst.tokStart <= prev.contentStart + 1 ? sideOf(prevFirst) : st.lastHireAgent ?? (prevFirst ? sideOf(prevFirst) : null);
    return side ? { side, at: k } : null;
  }
  const orgs = orgsIn(s, a, t.tokStart);
  const nearest = orgs[orgs.length - 1];
  let adjacent = !!nearest && !nearest.poss;
  if (nearest) for (let j = nearest.tokEnd; j < t.tokStart; j++) if (s.tokens[j].text === ',') adjacent = false;
  if (adjacent) return { side: sideOf(nearest), at: nearest.tokStart };
  if (fallback) return { side: fallback, at: a };
  // "Sierra hired Jane Doe": a capitalised subject right before the verb that is no person, place or title is an organization.
  if (k >= a && s.tokens[k].cap && !personAt(s, k) && !s.persons.some((p) => p.tokStart <= k && p.tokEnd > k) && !orgs.length) {
    let j = k;
    while (j > a && s.tokens[j - 1].cap && s.tokens[j - 1].kind === 'word' && k - j < 3) j--;
    const words = s.tokens.slice(j, k + 1);
    if (words.every((w) => w.kind === 'word' && !FUNCTION_WORDS.has(w.lower) && !PLACES.has(w.lower) && !TITLE_WORDS.has(w.lower) && !MONTHS.has(w.lower) && !WEEKDAYS.has(w.lower))) {
      const mention = st.text.slice(words[0].start, words[words.length - 1].end);
      return { side: { org: mention, team: null, verified: false, mention }, at: j };
    }
  }
  return orgs.length ? { side: sideOf(orgs[0]), at: orgs[0].tokStart } : null;
}

/** The person a hiring verb takes as object: within a few words, past titles, organizations and role nouns; null for counts. */
export function hireObjects(s: Sentence, from: number, end: number): { persons: PersonMention[]; count: boolean; objectEnd: number } {
  let sawRole = false;
  for (let k = from; k < Math.min(end, from + (sawRole ? 14 : 8)); k++) {
    const tok = s.tokens[k];
    const p = personAt(s, k);
    if (p && !s.quoted[k]) {
      const persons = [p];
      // A plain list of names: "X, Y and Z".
      let j = p.tokEnd;
      for (;;) {
        const sep = s.tokens[j]?.text;
        const k2 = sep === ',' && s.tokens[j + 1]?.lower === 'and' ? j + 2 : sep === ',' || sep === 'and' ? j + 1 : -1;
        const q = k2 > 0 ? personAt(s, k2) : undefined;
        if (!q || q.poss || !(s.tokens[q.tokEnd]?.text === ',' || s.tokens[q.tokEnd]?.lower === 'and' || q.tokEnd >= end || ['from', 'to', 'as', 'in', 'on', 'last', 'this', '.'].includes(s.tokens[q.tokEnd]?.lower ?? ''))) break;
        persons.push(q);
        j = q.tokEnd;
      }
      // "X as Chief Scientist and Y as Vice President": a second object joined by "and", no comma between.
      if (persons.length === 1) {
        for (let m = p.tokEnd; m < end; m++) {
          if (s.tokens[m].text === ',' || s.tokens[m].text === ';') break;
          if (s.tokens[m].lower === 'and') { const q = personAt(s, m + 1); if (q) persons.push(q); }
        }
      }
      return { persons, count: false, objectEnd: persons[persons.length - 1].tokEnd };
    }
    if (tok.kind === 'num' || COUNT_WORDS.has(tok.lower)) return { persons: [], count: true, objectEnd: k };
    if ((tok.lower === 'a' || tok.lower === 'an') && /^(dozen|few|handful|number|pair|couple|group|team|slew|string|host)$/.test(s.tokens[k + 1]?.lower ?? '')) return { persons: [], count: true, objectEnd: k };
    // "poached Apple's top executive in charge of AI models, Lin Qiaoming,": a descriptor, then the name in apposition.
    if (tok.text === ',' && sawRole) {
      const q = personAt(s, k + 1);
      if (q && !q.poss && !REPORTING_VERBS.has(s.tokens[q.tokEnd]?.lower ?? '')) return { persons: [q], count: false, objectEnd: q.tokEnd };
    }
    if (tok.kind === 'punct' && !(tok.text === '.' && TITLE_WORDS.has(s.tokens[k - 1]?.lower ?? '')) && tok.text !== '-') return { persons: [], count: false, objectEnd: k };
    if (TITLE_WORDS.has(tok.lower) || ROLE_NOUNS.has(tok.lower)) sawRole = true;
    if (!sawRole && ['in', 'on', 'at', 'for', 'from', 'to', 'with', 'as', 'by', 'after', 'that', 'who', 'into'].includes(tok.lower)) return { persons: [], count: false, objectEnd: k };
    if (tok.lower === 'board') return { persons: [], count: false, objectEnd: k };
  }
  return { persons: [], count: false, objectEnd: from };
}

/** An unknown organization written right after a verb ("joined Cobalt Labs", "to found Acme"): a capitalised run that is no person, place or date. */
export function unknownOrgAt(st: DocState, s: Sentence, i: number, end: number): Side | null {
  let a = i;
  if (['a', 'an', 'the'].includes(s.tokens[a]?.lower ?? '')) {
    // "a startup called Nova", "the startup Upstage"
    let k = a + 1;
    while (k < Math.min(end, a + 4) && !s.tokens[k].cap && s.tokens[k].kind === 'word') k++;
    if (k > a + 1 && ['called', 'named'].includes(s.tokens[k - 1]?.lower ?? '')) a = k; else if (k > a + 1 && /^(startup|start-up|company|lab|firm|venture)$/.test(s.tokens[k - 1].lower)) a = k; else return null;
  }
  let b = a;
  while (b < end && b - a < 5 && s.tokens[b].kind === 'word' && s.tokens[b].cap && s.mentions.orgAt[b] < 0 && !personAt(s, b)) {
    const l = s.tokens[b].lower;
    if (PLACES.has(l) || MONTHS.has(l) || WEEKDAYS.has(l) || FUNCTION_WORDS.has(l)) break;
    b++;
    if (s.tokens[b - 1].poss) break;
  }
  if (b === a) return null;
  if (s.persons.some((p) => p.tokStart < b && p.tokEnd > a)) return null;
  // "Quits For Startup" in a title-case headline: a common noun, not a name.
  if (b - a === 1 && GENERIC_NOUNS.has(s.tokens[a].lower)) return null;
  const last = s.tokens[b - 1];
  const mention = st.text.slice(s.tokens[a].start, last.poss ? last.end - 2 : last.end);
  return { org: mention, team: null, verified: false, mention };
}

/** The organization a joining verb points at: its object, an anaphor, or an "at" / "of" organization later in the clause. */
export function destinationAfter(st: DocState, s: Sentence, t: Trigger, end: number, allowUnknown: boolean, exclude: string | null): Side | null {
  // A seat on a board is not a job.
  if (hasWord(s, t.tokEnd, end, ['board', 'boards'])) return null;
  const orgs = orgsIn(s, t.tokEnd, end).filter((o) => !isAfterFrom(s, o));
  // "joined rival Google", "joined the Gemini team"; not "joined forces with Google".
  const direct = orgs.find((o) => o.tokStart < t.tokEnd + 4 && !hasPunctBetween(s, t.tokEnd, o.tokStart)
    && !s.tokens.slice(t.tokEnd, o.tokStart).some((x) => BETWEEN_STOP.has(x.lower)));
  if (direct) {
    // "Meta's Superintelligence Labs": the unit after a possessive names the team.
    const unit = direct.poss ? orgs.find((o) => o.tokStart === direct.tokEnd && o.org === direct.org) : undefined;
    return unit ? { ...sideOf(direct), team: unit.team ?? unit.mention } : sideOf(direct);
  }
  const an = anaphorAfter(s, t.tokEnd, end);
  if (an > 0) {
    // "Cohere announced that X has joined the company": the company named earlier in the sentence, else in the one before.
    const firstPerson = s.persons.length ? s.persons[0].tokStart : t.tokStart;
    const here = orgsIn(s, s.contentStart, Math.min(t.tokStart, firstPerson)).find((o) => o.org !== exclude);
    if (here && s.tokens[here.tokEnd]?.kind === 'word' && !here.poss) return sideOf(here);
    const prev = st.sentences[s.idx - 1];
    const prevFirst = prev ? orgsIn(prev, prev.contentStart, prev.tokens.length).find((o) => o.org !== exclude) : undefined;
    if (prevFirst) return sideOf(prevFirst);
    if (st.lastFounded) return st.lastFounded;
  }
  // Movement verbs take places as often as employers; only "moved from A to B" keeps a later "to" organization.
  if (!allowUnknown && t.kind === 'join' && s.tokens[t.tokEnd - 1]?.lower !== 'from') return null;
  const later = orgs.find((o) => ['at', 'to', 'with', 'of', 'join', 'joined'].includes(s.tokens[o.tokStart - 1]?.lower ?? ''));
  if (later) return sideOf(later);
  if (allowUnknown) return unknownOrgAt(st, s, t.tokEnd, end);
  return null;
}

export const hasPunctBetween = (s: Sentence, a: number, b: number) => {
  for (let k = a; k < b; k++) if (s.tokens[k].kind === 'punct' && s.tokens[k].text !== '-') return true;
  return false;
};

/** "from Alibaba's Qwen team", "after 18 months at Amazon", "formerly of AWS", "before leaving X". */
export function isAfterFrom(s: Sentence, o: OrgRef): boolean {
  const p = s.tokens[o.tokStart - 1]?.lower;
  if (p === 'from' || (p === 'of' && s.tokens[o.tokStart - 2]?.lower === 'formerly')) return true;
  if (p === 'at') {
    for (let k = o.tokStart - 2; k >= Math.max(0, o.tokStart - 7); k--) {
      const l = s.tokens[k].lower;
      if (l === 'after' || l === 'spent') return true;
      if (s.tokens[k].kind === 'punct') break;
    }
  }
  return false;
}

/** The origin stated after the verb: a known organization after "from", "formerly of" or "after N years at", else an unknown name after "from (rival)". */
export function originAfter(st: DocState, s: Sentence, a: number, end: number): Side | null {
  const o = orgsIn(s, a, end).find((x) => isAfterFrom(s, x));
  if (o) return sideOf(o);
  for (let k = a; k < end; k++) {
    if (s.tokens[k].lower !== 'from') continue;
    let j = k + 1;
    while (j < end && ['rival', 'competitor', 'startup', 'start-up', 'chipmaker', 'lab', 'firm'].includes(s.tokens[j].lower)) j++;
    if (j > k + 1 || s.tokens[j]?.cap) return unknownOrgAt(st, s, j, end);
  }
  return null;
}

/** The origin told by the subject's own words: "X, Scale's head of …", "A second OpenAI researcher, X, …", "X, who led … at Google". */
export function originInSubject(s: Sentence, a: number, b: number, avoid: string | null, skip?: [number, number]): Side | null {
  const orgs = orgsIn(s, a, b).filter((o) => o.org !== avoid && s.tokens[o.tokStart - 1]?.lower !== 'by' && !(skip && o.tokStart >= skip[0] && o.tokStart < skip[1]));
  return orgs.length ? sideOf(orgs[orgs.length - 1]) : null;
}


/** Finds the sides of a move around a trigger: the hiring organization, the hired person, the destination, the origin. */
import type { OrgRef } from './find-mentions-en.ts';
import type { Trigger } from './find-triggers-en.ts';
import { COUNT_WORDS, FUNCTION_WORDS, MONTHS, PLACES, REPORTING_VERBS, TITLE_WORDS, WEEKDAYS } from './_lexicon-en.ts';
import { sideOf, type DocState, type PersonMention, type Sentence, type Side } from './_doc-en.ts';
import { anaphorAfter, anaphorBefore, beforeAux, hasWord, orgsIn, personAt } from './_clause-en.ts';

const BETWEEN_STOP = new Set(['with', 'in', 'on', 'against', 'for', 'by', 'from', 'forces', 'calls', 'call', 'chorus', 'critics', 'list', 'lawsuit', 'suit', 'race', 'effort', 'push', 'fight', 'campaign', 'coalition', 'rivals']);
const GENERIC_NOUNS = new Set(['startup', 'start-up', 'company', 'firm', 'lab', 'rival', 'rivals', 'industry', 'academia', 'government', 'competitor', 'venture', 'business', 'politics', 'retirement', 'research', 'investors', 'silicon', 'tech', 'ai']);
/** Common nouns for an employer, capitalised only at a headline's start: never an organization's name alone. */
const GENERIC_ORG_NOUNS = new Set(['company', 'companies', 'firm', 'startup', 'start-up', 'lab', 'labs', 'group', 'team', 'organization', 'organisation', 'employer', 'business']);

export const ROLE_NOUNS = new Set(['executive', 'researcher', 'scientist', 'engineer', 'chief', 'head', 'leader', 'lead', 'director', 'veteran', 'founder', 'co-founder', 'cofounder', 'exec', 'architect', 'designer', 'manager', 'officer', 'president', 'professor']);

/** The organization doing the hiring (or losing): the subject just before the verb, a pronoun, or the clause's first organization. */
export function agentOf(st: DocState, s: Sentence, t: Trigger, a: number, fallback: Side | null): { side: Side; at: number } | null {
  const k = beforeAux(s, t.tokStart, a);
  // "Samsung Electronics said Tuesday it had appointed X": "it" is the organization that tells it.
  if (s.tokens[k]?.lower === 'it' && k >= a) {
    const teller = orgsIn(s, s.contentStart, k).filter((o) => !o.poss);
    const last = teller[teller.length - 1];
    if (last && hasWord(s, last.tokEnd, k, [...REPORTING_VERBS])) return { side: sideOf(last), at: k };
  }
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
    // Not a headline's generic subject ("Company also names …"): a common noun, not a name.
    if (words.every((w) => w.kind === 'word' && !FUNCTION_WORDS.has(w.lower) && !PLACES.has(w.lower) && !TITLE_WORDS.has(w.lower) && !MONTHS.has(w.lower) && !WEEKDAYS.has(w.lower) && !GENERIC_ORG_NOUNS.has(w.lower))) {
      const mention = st.text.slice(words[0].start, words[words.length - 1].end);
      return { side: { org: mention, team: null, verified: false, mention }, at: j };
    }
  }
  return orgs.length ? { side: sideOf(orgs[0]), at: orgs[0].tokStart } : null;
}

/** One hired person with the span of their list item (descriptor, name and appositive), for the item's own origin. */
export interface HireItem { person: PersonMention; start: number; end: number }

const ITEM_STOP = new Set(['who', 'which', 'that', 'whom', 'whose', 'said', 'says', 'according', 'while', 'but']);

/** A person at most a few descriptor words into a list item ("former Nvidia simulation engineer Jessica Huang"). */
function personInItem(s: Sentence, start: number, end: number): PersonMention | undefined {
  for (let k = start; k < Math.min(end, start + 7); k++) {
    const p = personAt(s, k);
    if (p && !s.quoted[k]) return p.poss ? undefined : p;
    const tok = s.tokens[k];
    if ((tok.kind === 'punct' && tok.text !== '-') || ITEM_STOP.has(tok.lower) || COUNT_WORDS.has(tok.lower) || tok.kind === 'num') return undefined;
  }
  return undefined;
}

/** Where the appositive or relative clause after a name ends: at the next comma (or the list's end), within bounds. */
function appositiveEnd(s: Sentence, i: number, end: number): number {
  let k = i;
  if (s.tokens[k]?.text === '(') { while (k < end && s.tokens[k].text !== ')') k++; k++; }
  if (s.tokens[k]?.text !== ',') return k;
  k++;
  const stop = Math.min(end, k + 25);
  while (k < stop && s.tokens[k].text !== ',' && s.tokens[k].text !== ';' && s.tokens[k].text !== '.') k++;
  return k;
}

/**
 * The people a hiring verb takes as object: within a few words, past titles, organizations and role nouns; a list of
 * items ("X, a Meta researcher, and Y", "Google DeepMind's X, former Nvidia engineer Y, and Z, who ran … at Figure AI")
 * keeps each item's span; `count` for unnamed counts ("four researchers").
 */
export function hireObjects(s: Sentence, from: number, end: number, listEnd = end): { persons: PersonMention[]; items: HireItem[]; count: boolean; objectEnd: number } {
  let sawRole = false;
  const none = (count: boolean, objectEnd: number) => ({ persons: [], items: [], count, objectEnd });
  for (let k = from; k < Math.min(end, from + (sawRole ? 14 : 8)); k++) {
    const tok = s.tokens[k];
    const p = personAt(s, k);
    if (p && !s.quoted[k]) {
      const items = collectItems(s, from, p, Math.max(end, listEnd));
      // "X as Chief Scientist and Y as Vice President": a second object joined by "and", no comma between.
      if (items.length === 1) {
        for (let m = p.tokEnd; m < end; m++) {
          if (s.tokens[m].text === ',' || s.tokens[m].text === ';') break;
          if (s.tokens[m].lower === 'and') { const q = personAt(s, m + 1); if (q) items.push({ person: q, start: m + 1, end: q.tokEnd }); }
        }
      }
      const persons = items.map((x) => x.person);
      return { persons, items, count: false, objectEnd: persons[persons.length - 1].tokEnd };
    }
    if (tok.kind === 'num' || COUNT_WORDS.has(tok.lower)) return none(true, k);
    if ((tok.lower === 'a' || tok.lower === 'an') && /^(dozen|few|handful|number|pair|couple|group|team|slew|string|host)$/.test(s.tokens[k + 1]?.lower ?? '')) return none(true, k);
    // "poached Apple's top executive in charge of AI models, Lin Qiaoming,": a descriptor, then the name in apposition.
    if (tok.text === ',' && sawRole) {
      const q = personAt(s, k + 1);
      if (q && !q.poss && !REPORTING_VERBS.has(s.tokens[q.tokEnd]?.lower ?? '')) return { persons: [q], items: [{ person: q, start: k + 1, end: appositiveEnd(s, q.tokEnd, end) }], count: false, objectEnd: q.tokEnd };
    }
    if (tok.kind === 'punct' && !(tok.text === '.' && TITLE_WORDS.has(s.tokens[k - 1]?.lower ?? '')) && tok.text !== '-') return none(false, k);
    if (TITLE_WORDS.has(tok.lower) || ROLE_NOUNS.has(tok.lower)) sawRole = true;
    if (!sawRole && ['in', 'on', 'at', 'for', 'from', 'to', 'with', 'as', 'by', 'after', 'that', 'who', 'into'].includes(tok.lower)) return none(false, k);
    if (tok.lower === 'board') return none(false, k);
  }
  return none(false, from);
}

/** The items of a list of hired people starting with `first`: "X, Y and Z", each item possibly with a descriptor before and an appositive after the name. */
function collectItems(s: Sentence, from: number, first: PersonMention, end: number): HireItem[] {
  const items: HireItem[] = [];
  let start = from;
  let p: PersonMention | undefined = first;
  while (p && items.length < 30) {
    // ", former Nvidia engineer Y": a comma that opens the next item, not an appositive.
    const after = p.tokEnd + (s.tokens[p.tokEnd + 1]?.lower === 'and' ? 2 : 1);
    const nextItem = s.tokens[p.tokEnd]?.text === ',' ? personInItem(s, after, end) : undefined;
    const apEnd = nextItem ? p.tokEnd : appositiveEnd(s, p.tokEnd, end);
    items.push({ person: p, start, end: apEnd });
    // The next item starts after ", and", ",", or "and".
    let j = apEnd;
    if (s.tokens[j]?.text === ',') j++;
    if (s.tokens[j]?.lower === 'and') j++;
    if (j === apEnd || j >= end) break;
    const q = personInItem(s, j, end);
    if (!q || items.some((x) => x.person.name === q.name)) break;
    start = j;
    p = q;
  }
  // A lone name keeps its appositive only when a comma opened one; no list means no item spans beyond the name.
  return items;
}

/** An unknown organization written right after a verb ("joined Cobalt Labs", "to found Acme"): a capitalised run that is no person, place or date. */
export function unknownOrgAt(st: DocState, s: Sentence, i: number, end: number): Side | null {
  let a = i;
  // After "called" / "named" a capitalised run is the organization's name even when it looks like a person's.
  let named = ['called', 'named', 'dubbed'].includes(s.tokens[i - 1]?.lower ?? '');
  if (['a', 'an', 'the'].includes(s.tokens[a]?.lower ?? '')) {
    // "a startup called Nova", "the startup Upstage"
    let k = a + 1;
    while (k < Math.min(end, a + 4) && !s.tokens[k].cap && s.tokens[k].kind === 'word') k++;
    if (k > a + 1 && ['called', 'named', 'dubbed'].includes(s.tokens[k - 1]?.lower ?? '')) { a = k; named = true; } else if (k > a + 1 && /^(startup|start-up|company|lab|firm|venture)$/.test(s.tokens[k - 1].lower)) a = k; else return null;
  }
  let b = a;
  while (b < end && b - a < 5 && s.tokens[b].kind === 'word' && s.tokens[b].cap && s.mentions.orgAt[b] < 0 && (named || !personAt(s, b))) {
    const l = s.tokens[b].lower;
    if (PLACES.has(l) || MONTHS.has(l) || WEEKDAYS.has(l) || FUNCTION_WORDS.has(l)) break;
    b++;
    if (s.tokens[b - 1].poss) break;
  }
  if (b === a) return null;
  if (!named && s.persons.some((p) => p.tokStart < b && p.tokEnd > a)) return null;
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
  // "as Head of Research": what follows "as" is a role, not where the person goes.
  const orgs = orgsIn(s, t.tokEnd, end).filter((o) => !isAfterFrom(s, o) && s.tokens[o.tokStart - 1]?.lower !== 'as');
  // "joined rival Google", "joined the Gemini team"; not "joined forces with Google".
  const direct = orgs.find((o) => (o.tokStart < t.tokEnd + 4 && !hasPunctBetween(s, t.tokEnd, o.tokStart)
    && !s.tokens.slice(t.tokEnd, o.tokStart).some((x) => BETWEEN_STOP.has(x.lower))) || isCalledName(s, t.tokEnd, o.tokStart));
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
    // The announcer is the sentence's subject: right before its verb, or opening the sentence ("Acme, a maker of X, said …").
    if (here && !here.poss && (s.tokens[here.tokEnd]?.kind === 'word' || here.tokStart === s.contentStart)) return sideOf(here);
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

/** "a stealth startup called X", "an AI lab named X": a described noun phrase that names the organization at `at`. */
export function isCalledName(s: Sentence, from: number, at: number): boolean {
  if (at - from > 7 || at - from < 2 || !['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(s.tokens[from]?.lower ?? '')) return false;
  if (!['called', 'named', 'dubbed'].includes(s.tokens[at - 1]?.lower ?? '')) return false;
  for (let k = from + 1; k < at - 1; k++) if (s.tokens[k].kind !== 'word' || s.tokens[k].cap) return false;
  return true;
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


/** Turns the triggers of one English sentence into raw claims: who moved, from and to which organization, when, in what role. */
import { findDatesEn } from './find-dates-en.ts';
import type { Trigger } from './find-triggers-en.ts';
import { MONTHS, REPORTING_VERBS, TITLE_WORDS, WEEKDAYS } from './_lexicon-en.ts';
import { sideOf, type DateKind, type DocState, type PersonMention, type RawClaim, type Sentence, type Side } from './_doc-en.ts';
import {
  MAX_REACH, PASSIVE_AUX, anaphorAfter, beforeAux, clauseEnd, clauseStart, hasWord, hedged, isFuture, orgsIn, personAt, personsIn,
} from './_clause-en.ts';
import { ROLE_NOUNS, agentOf, destinationAfter, hireObjects, originAfter, originInSubject, unknownOrgAt } from './find-sides-en.ts';
import { employerInWhereClause, frontedOrigin, hasInternalTarget, nameOfFounding, unknownRoleOrg } from './_side-cues-en.ts';

const PREPOSITIONS = new Set(['by', 'with', 'under', 'to', 'for', 'from', 'of', 'at', 'about', 'like', 'unlike', 'than', 'whom', 'alongside', 'including', 'against', 'replaces', 'replacing', 'replace', 'succeeds', 'succeeding']);
// "who headed the team until 2023, rejoined …": a date that ends an earlier period does not date the move before it.
const PERIOD_END = new Set(['until', 'till', 'through', 'since']);
const DEPART_NEXT_OK = new Set(['are', 'were', 'include', 'included', 'includes', ',', '.', ';', ':', ')', 'in', 'on', 'at', 'last', 'this', 'earlier', 'after', 'to', 'for', 'from', 'and', 'as', 'over', 'amid', 'following', 'before', 'recently', 'abruptly', 'quietly', 'suddenly', 'officially', 'weeks', 'months', 'days', 'shortly', 'only', 'just', 'late', 'early', 'since', 'around', 'but', 'because', 'when', 'while', 'within', 'less', 'more', 'nearly', 'about', 'effective', '—', '-', '"', '”', 'too']);
const HIRE_NOUN_ADJ = new Set(['latest', 'newest', 'biggest', 'big', 'first', 'second', 'third', 'high-profile', 'key', 'star', 'top', 'notable', 'recent', 'new', 'splashy', 'marquee']);
const ROLE_STOP = new Set([',', '.', ';', ':', 'in', 'on', 'at', 'for', 'effective', 'starting', 'to', 'and', 'after', 'with', 'where', 'who', 'from', 'when', 'since', 'while', '(', '"', '“', 'last', 'this', 'next', 'earlier', 'later']);

/** A person who can be the subject of a clause: not a possessor, not after a preposition, not the source of a quote. */
function eligible(s: Sentence, p: PersonMention): boolean {
  if (p.poss || s.quoted[p.tokStart]) return false;
  const before = s.tokens[p.tokStart - 1];
  if (before && PREPOSITIONS.has(before.lower)) return false;
  const after = s.tokens[p.tokEnd];
  if (after && REPORTING_VERBS.has(after.lower)) return false;
  // "White House adviser David Sacks": a capitalised modifier before a role noun and the real name.
  for (let k = p.tokEnd; k < Math.min(s.tokens.length, p.tokEnd + 3); k++) {
    const tok = s.tokens[k];
    if (tok.kind !== 'word' || tok.cap) break;
    if ((ROLE_NOUNS.has(tok.lower) || TITLE_WORDS.has(tok.lower)) && personAt(s, k + 1)) return false;
  }
  return true;
}

// Present forms of arriving and leaving: with a date, English uses them for what is scheduled ("she starts on Monday").
const FUTURATE_PRESENT = new Set(['joins', 'starts', 'begins', 'rejoins', 'returns', 'moves', 'heads', 'leaves', 'departs', 'exits', 'steps', 'takes']);
const PAST_FORM = /ed$|^(left|quit|went|came|began|took|rejoined)$/;

/** A present or progressive trigger ("starts", "is joining"), which with a date states a plan, not a past event. */
function futurate(s: Sentence, t: Trigger): boolean {
  // A headline's present is the news's past ("Lindqvist joins Mistral"): a first line without a closing stop.
  if (s.idx === 0 && !['.', '!', '?'].includes(s.tokens[s.tokens.length - 1]?.text ?? '')) return false;
  const l = s.tokens[t.tokStart].lower;
  if (FUTURATE_PRESENT.has(l)) return true;
  const aux = s.tokens[t.tokStart - 1]?.lower ?? '';
  return l.endsWith('ing') && (aux === 'is' || aux === 'are' || aux === "'s" || aux === 'am');
}

/** The date nearest the trigger: in the clause after it first, then before it. */
function dateFor(st: DocState, s: Sentence, t: Trigger, a: number, b: number, coordinated: boolean, borrow: boolean, skip?: [number, number]): string | null {
  // Tense comes from the auxiliaries before the verb ("will leave X and join Y": both future) and from "starting"/"next" after it.
  const chain = Math.max(s.contentStart, t.tokStart - MAX_REACH);
  const future = isFuture(s, coordinated ? chain : a, t.tokEnd) || futurate(s, t) || hasWord(s, t.tokEnd, b, ['starting', 'next'])
    || (hasWord(s, t.tokEnd, b, ['effective']) && !PAST_FORM.test(s.tokens[t.tokStart].lower));
  // "left Meta, effective March 31": a past verb with an effective date may point either way; take the nearer.
  const direction = future ? 'future' : hasWord(s, t.tokEnd, b, ['effective']) ? 'near' : 'past';
  const after = findDatesEn(s.tokens, t.tokEnd, b, st.published, direction);
  if (after.length) return after[0].value;
  const before = findDatesEn(s.tokens, a, t.tokStart, st.published, coordinated ? isFuture(s, chain, a) : future)
    .filter((d) => (!skip || d.tokStart < skip[0] || d.tokStart >= skip[1]) && !PERIOD_END.has(s.tokens[d.tokStart - 1]?.lower ?? ''));
  if (before.length) return before[before.length - 1].value;
  // "In the same month, X joined Y": the month of the move told before.
  const same = st.lastDate ? sameDateIn(s, a, b) : null;
  if (same && st.lastDate && st.lastDate.length >= 7) return same === 'day' ? st.lastDate : st.lastDate.slice(0, 7);
  // Only a coordinated clause borrows the date of the clause before it ("In September, she left X to join Y"), not a main clause after a relative one.
  if (borrow && a > chain && !hasWord(s, chain, a, ['who', 'which'])) {
    const wider = findDatesEn(s.tokens, chain, a, st.published, isFuture(s, chain, a));
    if (wider.length) return wider[wider.length - 1].value;
  }
  return null;
}

/**
 * "in the same month", "later that month", "the same day": a date that refers back to the previous move's date; the
 * precision it keeps ('month' or 'day'), or null.
 */
function sameDateIn(s: Sentence, a: number, b: number): 'month' | 'day' | null {
  for (let k = Math.max(a, s.contentStart) + 1; k < b; k++) {
    const l = s.tokens[k].lower;
    if (l !== 'month' && l !== 'day') continue;
    const prev = s.tokens[k - 1].lower;
    // "that month" only after "in", "later" or "earlier": "that month's results" is not a date.
    if (prev === 'same' || (prev === 'that' && ['in', 'later', 'earlier', 'on'].includes(s.tokens[k - 2]?.lower ?? ''))) return l;
  }
  return null;
}

/** The role after "as" ("as Chief Scientist", "as its chief architect"), as written. */
function roleAfter(text: string, s: Sentence, from: number, to: number): string | null {
  for (let k = from; k < to; k++) {
    if (s.tokens[k].lower !== 'as') continue;
    if (['of', 'well', 'part', 'much', 'soon', 'long', 'recently'].includes(s.tokens[k + 1]?.lower ?? '')) continue;
    let a = k + 1;
    if (['its', 'a', 'an', 'the', 'their', 'his', 'her'].includes(s.tokens[a]?.lower ?? '')) a++;
    let b = a;
    while (b < to && b - a < 8 && !ROLE_STOP.has(s.tokens[b].lower) && !(s.tokens[b].kind === 'punct' && s.tokens[b].text !== '-')) b++;
    // "as the TikTok owner steps up efforts" is a conjunction, not a role: a role has a title word in it.
    let titled = false;
    for (let q = a; q < b; q++) if (TITLE_WORDS.has(s.tokens[q].lower) || ROLE_NOUNS.has(s.tokens[q].lower)) titled = true;
    if (b > a && titled) return text.slice(s.tokens[a].start, s.tokens[b - 1].end);
    return null;
  }
  return null;
}

/** Resolves "he", "she", "they" before position `i`: the latest person earlier in the sentence, else the subject of a recent sentence. */
function resolvePronoun(st: DocState, s: Sentence, i: number, plural: boolean): string[] {
  if (!plural) {
    for (let k = s.persons.length - 1; k >= 0; k--) {
      const p = s.persons[k];
      // "— unlike Feldman — she joined": a name after a preposition is not the one a pronoun picks up.
      if (p.tokEnd <= i && !s.quoted[p.tokStart] && !p.poss && !PREPOSITIONS.has(s.tokens[p.tokStart - 1]?.lower ?? '')) return [p.name];
    }
  }
  for (let j = s.idx - 1; j >= Math.max(0, s.idx - 4); j--) {
    const subj = st.subjects[j];
    if (subj && subj.length) {
      if (plural) return subj.length >= 2 ? subj : [];
      return [subj[0]];
    }
  }
  return [];
}

/** Start of the noun phrase ending in a person: "Anthropic's Gabriel Lindström", "former OpenAI researcher Yuki Sato". */
function npStart(s: Sentence, i: number): number {
  let k = i;
  while (k > s.contentStart && k > i - 5) {
    const prev = s.tokens[k - 1];
    if (prev.kind === 'punct' || prev.lower === 'who' || prev.lower === 'of' || prev.lower === 'that') break;
    k--;
  }
  return k;
}

/** A person and those joined to them by "and" ("Elena Petrova and Marcus Webb"). */
function withCoordinated(s: Sentence, first: PersonMention): string[] {
  const names = [first.name];
  let end = first.tokEnd;
  while (s.tokens[end]?.lower === 'and' || s.tokens[end]?.text === ',') {
    let next = personAt(s, end + 1) ?? (s.tokens[end + 1]?.lower === 'and' ? personAt(s, end + 2) : undefined);
    // "X, a former Meta researcher, and Y": an appositive between commas sits between the two names.
    if (!next && s.tokens[end].text === ',') {
      let k = end + 1;
      while (k < Math.min(s.tokens.length, end + 25) && s.tokens[k].text !== ',' && s.tokens[k].text !== ';') k++;
      if (s.tokens[k]?.text === ',' && s.tokens[k + 1]?.lower === 'and') next = personAt(s, k + 2);
    }
    if (!next || next.poss) break;
    names.push(next.name);
    end = next.tokEnd;
  }
  return names;
}

const FIRST_PERSON = new Set(['i', "i've", 'i’ve', "i'm", 'i’m', "i'll", 'i’ll', "i'd", 'i’d']);
const LIST_COPULAS = new Set(['are', 'were', 'is', 'was', 'include', 'included', 'includes', 'including']);

/** "Among those who left are X and Y", "Those who have joined include X": the people named after the copula. */
function listedAfter(s: Sentence, from: number): string[] {
  for (let k = from; k < Math.min(s.tokens.length, from + 8); k++) {
    const tok = s.tokens[k];
    if (tok.text === ',' || tok.text === ';') return [];
    if (!LIST_COPULAS.has(tok.lower) && tok.text !== ':') continue;
    const p = personAt(s, k + 1);
    return p && !p.poss ? withCoordinated(s, p) : [];
  }
  return [];
}

/** The mover(s) of a trigger whose subject moves. */
function subjectMovers(st: DocState, s: Sentence, t: Trigger, a: number, coordinated: boolean, prevMovers: string[], skip?: [number, number]): { movers: string[]; relative: boolean; regionStart: number; inherited?: boolean } {
  const k = beforeAux(s, t.tokStart, a);
  const pron = k >= a ? s.tokens[k].lower : '';
  if (pron === 'he' || pron === 'she' || pron === 'they') {
    return { movers: resolvePronoun(st, s, k, pron === 'they'), relative: false, regionStart: k };
  }
  if (FIRST_PERSON.has(pron) && !s.quoted[k]) return { movers: st.author ? [st.author] : [], relative: false, regionStart: k };
  // "Both joined Samsung last month": the two people of the sentence before.
  if (k < a && s.tokens[a]?.lower === 'both' && a === s.contentStart) return { movers: resolvePronoun(st, s, a, true), relative: false, regionStart: a };
  // "X, who left Microsoft …": the relative clause's subject is the person before "who".
  for (let j = t.tokStart - 1; j >= a && !skip; j--) {
    const l = s.tokens[j].lower;
    if (l === ',' || l === '(' ) break;
    if (l === 'who') {
      for (let q = s.persons.length - 1; q >= 0; q--) {
        const p = s.persons[q];
        if (p.tokEnd <= j && p.tokStart >= Math.max(s.contentStart, j - 12) && !p.poss && !s.quoted[p.tokStart]) return { movers: [p.name], relative: true, regionStart: npStart(s, p.tokStart) };
      }
      const listed = listedAfter(s, t.tokEnd);
      if (listed.length) return { movers: listed, relative: false, regionStart: j };
      return { movers: [], relative: true, regionStart: j };
    }
  }
  const cands = personsIn(s, a, t.tokStart).filter((p) => eligible(s, p));
  // In a clause joined to an earlier one ("…, while Leo Zhang jumped to xAI"), the subject's own phrase starts the region.
  if (cands.length) return { movers: withCoordinated(s, cands[0]), relative: false, regionStart: coordinated ? npStart(s, cands[0].tokStart) : a };
  if (coordinated && prevMovers.length) return { movers: prevMovers, relative: false, regionStart: a, inherited: true };
  return { movers: [], relative: false, regionStart: a };
}

/** The organization an object-less "join" refers to: the one reporting it, else the subject of the sentence before or the latest hirer. */
function intransitiveDestination(st: DocState, s: Sentence, a: number, reported: boolean): Side | null {
  if (reported) {
    const teller = orgsIn(s, s.contentStart, a);
    if (teller.length) return sideOf(teller[teller.length - 1]);
  }
  const prev = st.sentences[s.idx - 1];
  const prevFirst = prev ? orgsIn(prev, prev.contentStart, prev.tokens.length)[0] : undefined;
  if (prevFirst && prevFirst.tokStart <= prev.contentStart + 1) return sideOf(prevFirst);
  return st.lastHireAgent;
}

/** "… to its board", "… to the board of directors" within a few words after the object (at `k`). */
function toBoardAfter(s: Sentence, k: number, b: number): boolean {
  if (s.tokens[k]?.lower !== 'to') return false;
  for (let j = k + 1; j < Math.min(b, k + 4); j++) if (s.tokens[j].lower === 'board') return true;
  return false;
}

/** The person a "whom" right before the hirer (at `agentAt`) refers to: "X, whom Meta hired"; none past another word. */
function whomAntecedent(s: Sentence, agentAt: number, trig: number): PersonMention | undefined {
  let w = -1;
  for (let k = agentAt - 1; k >= Math.max(0, agentAt - 3); k--) if (s.tokens[k].lower === 'whom') { w = k; break; }
  if (w < 0 || trig - agentAt > 6) return undefined;
  const k = s.tokens[w - 1]?.text === ',' ? w - 2 : w - 1;
  const p = s.persons.find((x) => x.tokEnd === k + 1);
  return p && !p.poss && !s.quoted[p.tokStart] ? p : undefined;
}

function makeClaim(sentence: number, evidence: RawClaim['evidence'][number], person: string, from: Side | null, to: Side | null, extra: Partial<RawClaim>): RawClaim {
  return {
    person, from, to, fromExplicit: false, dates: [], back: false, weak: false, dateOnly: false, background: false, noFrom: false,
    sentence, evidence: [evidence], role: null, confidence: 0.85, ...extra,
  };
}

/** Analyses the triggers of sentence `s` and returns the claims they state. */
export function analyzeSentenceEn(st: DocState, s: Sentence): RawClaim[] {
  const out: RawClaim[] = [];
  const evidence = { start: s.start, end: s.end, text: st.text.slice(s.start, s.end) };
  let prevMovers: string[] = [];
  let prevAgent: Side | null = null;
  const subjectsHere: string[] = [];
  const claim = makeClaim.bind(null, s.idx, evidence);
  const partTime = s.tokens.some((t) => t.lower === 'part-time');
  // The origin of an unnamed group's departure, for the clause that tells where the group went.
  let unnamedFrom: Side | null = null;
  const named = st.pendingFounding && s.idx - st.pendingFounding.sentence <= 2 ? nameOfFounding(st, s) : null;
  if (named && st.pendingFounding) {
    for (const person of st.pendingFounding.movers) {
      out.push(claim(person, null, named, { dates: st.pendingFounding.date ? [{ value: st.pendingFounding.date, kind: 'join' }] : [], confidence: 0.8 }));
    }
    st.lastFounded = named;
    st.pendingFounding = null;
  }
  s.triggers.forEach((trig, ti) => {
    let t = trig;
    if (s.quoted[t.tokStart] || t.tokStart < s.contentStart) return;
    const prev = s.triggers[ti - 1];
    const next = s.triggers[ti + 1];
    const { start: a, coordinated, reported, skip } = clauseStart(s, t, prev);
    const b = clauseEnd(s, t, next);
    const pluperfect = s.tokens[t.tokStart - 1]?.lower === 'had' || s.tokens[t.tokStart - 2]?.lower === 'had';
    const passive = PASSIVE_AUX.has(s.tokens[t.tokStart - 1]?.lower ?? '');
    // "X is the latest hire for Meta": the noun after an ordering adjective names the new employer.
    if (t.kind === 'hire' && HIRE_NOUN_ADJ.has(s.tokens[t.tokStart - 1]?.lower ?? '') && ['for', 'at', 'by'].includes(s.tokens[t.tokEnd]?.lower ?? '')) {
      t = { ...t, kind: 'joinBy' };
    }
    if ((t.kind === 'hire' || t.kind === 'lose') && passive) {
      // "was ousted as chief executive of X": the subject leaves.
      t = { ...t, kind: t.kind === 'lose' ? 'depart' : 'joinBy' };
    }
    if (t.kind === 'hire' || t.kind === 'lose') {
      const own = agentOf(st, s, t, a, null);
      const agent = own?.side ?? (coordinated ? prevAgent : null);
      // A coordinated clause with its own subject ("…, while Meta hired X") does not take the dates of the clause before.
      const whom = own && t.kind === 'hire' && s.tokens.slice(Math.max(0, own.at - 3), own.at).some((x) => x.lower === 'whom');
      // A relative clause ("…, whom Microsoft brought on in February") keeps its own tense and dates, not the main clause's.
      const date = dateFor(st, s, t, own && (coordinated || whom) ? own.at : a, b, coordinated, !own || !!reported);
      if (hedged(s, a, t, !!reported)) return;
      const obj = hireObjects(s, t.tokEnd, b, Math.min(s.tokens.length, next ? next.tokStart : Infinity, t.tokEnd + 2 * MAX_REACH));
      // "Julia Becker, whom Microsoft brought on from SAP": the object is the antecedent of "whom".
      const antecedent = !obj.persons.length && own && t.kind === 'hire' ? whomAntecedent(s, own.at, t.tokStart) : undefined;
      if (antecedent) { obj.persons.push(antecedent); obj.items.push({ person: antecedent, start: antecedent.tokStart, end: antecedent.tokEnd }); obj.count = false; }
      if (!obj.persons.length) {
        if (obj.count && agent) {
          st.countFrame = t.kind === 'hire' ? { from: null, to: agent, date, sentence: s.idx } : { from: agent, to: null, date, sentence: s.idx };
          // "poached two researchers from Google DeepMind, the memo said: X, who …, and Y": the names after the colon.
          const colon = s.tokens.findIndex((x, i) => i >= obj.objectEnd && x.text === ':');
          if (colon > 0 && colon < t.tokEnd + 2 * MAX_REACH) {
            const listed = hireObjects(s, colon + 1, Math.min(s.tokens.length, colon + 6), Math.min(s.tokens.length, colon + 2 * MAX_REACH));
            const groupFrom = t.kind === 'hire' ? originAfter(st, s, t.tokEnd, b) : agent;
            const groupTo = t.kind === 'hire' ? agent : null;
            listed.items.forEach((item) => {
              const own = t.kind === 'hire' ? originInSubject(s, item.start, item.end, agent.org) : null;
              out.push(claim(item.person.name, own ?? groupFrom, groupTo, { dates: date ? [{ value: date, kind: 'other' }] : [], confidence: 0.8 }));
            });
            if (listed.items.length) prevMovers = listed.persons.map((p) => p.name);
          }
          const dest = t.kind === 'lose' ? orgsIn(s, obj.objectEnd, b).find((o) => s.tokens[o.tokStart - 1]?.lower === 'to') : undefined;
          if (dest) st.flows.push({ from: agent.org, to: dest.org, sentence: s.idx, unnamed: true });
        }
        if (agent && t.kind === 'hire') st.lastHireAgent = agent;
        prevAgent = agent;
        return;
      }
      // "adds Stanford's Olga Sokolova to its board": a board seat, not a job.
      if (t.kind === 'hire' && toBoardAfter(s, obj.objectEnd, b)) return;
      if (agent && t.kind === 'hire') st.lastHireAgent = agent;
      prevAgent = agent;
      const first = obj.persons[0];
      const lastObj = obj.persons[obj.persons.length - 1];
      // The hired person's own origin: "from X", "formerly of X", an appositive, "Amazon's X", "former OpenAI researcher X".
      let apEnd = lastObj.tokEnd;
      // Skip a parenthetical right after the name ("Lee Seo-yeon (이서연), a staff engineer at Google").
      if (s.tokens[apEnd]?.text === '(') { while (apEnd < b && s.tokens[apEnd].text !== ')') apEnd++; apEnd++; }
      if (s.tokens[apEnd]?.text === ',') { apEnd++; while (apEnd < b && s.tokens[apEnd].text !== ',') apEnd++; }
      const explicit = originAfter(st, s, t.tokEnd, b);
      const appositive = originInSubject(s, lastObj.tokEnd, apEnd, agent?.org ?? null) ?? originInSubject(s, t.tokEnd, first.tokStart, agent?.org ?? null);
      let from: Side | null; let to: Side | null;
      if (t.kind === 'hire') {
        to = agent;
        from = explicit ?? appositive;
      } else {
        from = agent;
        const dest = orgsIn(s, first.tokEnd, b).find((o) => s.tokens[o.tokStart - 1]?.lower === 'to');
        to = dest ? sideOf(dest) : null;
      }
      for (const [n, p] of obj.persons.entries()) {
        const role = roleAfter(st.text, s, p.tokEnd, b);
        // In a list, each item's own descriptor or appositive tells that person's origin ("Amazon Robotics' X", "Y, who ran … at Figure AI").
        const item = obj.items[n];
        const own = t.kind === 'hire' && obj.persons.length > 1 && item ? originInSubject(s, item.start, item.end, agent?.org ?? null) : null;
        const pFrom = own ?? (obj.persons.length > 1 && t.kind === 'hire' ? explicit ?? (n === 0 ? appositive : null) : from);
        out.push(claim(p.name, pFrom, to, {
          fromExplicit: !!explicit, dates: date ? [{ value: date, kind: 'other' }] : [], back: t.back, weak: t.weak && !explicit,
          background: pluperfect, role, confidence: t.weak ? 0.75 : 0.85,
        }));
      }
      prevMovers = obj.persons.map((p) => p.name);
      return;
    }
    // "Ferrous, based in Austin, was founded in 2025 by Lucas Almeida": the founders named after "by" join the subject organization.
    if (t.kind === 'found' && passive) {
      const founded = orgsIn(s, a, t.tokStart).filter((o) => !o.poss).pop();
      let by = -1;
      for (let k = t.tokEnd; k < Math.min(b, t.tokEnd + 8); k++) if (s.tokens[k].lower === 'by') { by = k; break; }
      const first = by >= 0 ? personAt(s, by + 1) : undefined;
      if (!founded || !first || first.poss || hedged(s, a, t, !!reported)) return;
      const to = sideOf(founded);
      st.lastFounded = to;
      const date = dateFor(st, s, t, a, b, coordinated, false);
      for (const person of withCoordinated(s, first)) {
        out.push(claim(person, null, to, { dates: date ? [{ value: date, kind: 'join' }] : [], background: pluperfect, confidence: 0.8 }));
      }
      return;
    }
    const subj = subjectMovers(st, s, t, a, coordinated, prevMovers, skip);
    // A reported perfect ("announced today that X has joined") happened when it was reported; a reported future did not.
    const perfect = ['has', 'have'].includes(s.tokens[beforeAux(s, t.tokStart, a) + 1]?.lower ?? '') || ['has', 'have'].includes(s.tokens[t.tokStart - 1]?.lower ?? '');
    // A relative clause ends at its closing comma: "X, who co-founded Y, died on Sunday" does not date the founding.
    let dateEnd = b;
    if (subj.relative) for (let k = t.tokEnd; k < b; k++) if (s.tokens[k].text === ',' || s.tokens[k].text === '—') { dateEnd = k; break; }
    const date = dateFor(st, s, t, coordinated && !subj.inherited ? Math.max(a, subj.regionStart) : a, dateEnd, coordinated, !!subj.inherited || (!!reported && perfect), skip);
    if (!subj.movers.length) {
      // Unnamed movers still tell which way people flow ("two researchers who left OpenAI for Meta").
      if (t.kind === 'depart') {
        const o = orgsIn(s, t.tokEnd, b);
        const d = o.find((x) => s.tokens[x.tokStart - 1]?.lower === 'for');
        // "Apple's top executive for AI models is leaving for Meta": the origin may sit in the unnamed subject.
        const f = o.find((x) => s.tokens[x.tokStart - 1]?.lower !== 'for') ?? orgsIn(s, a, t.tokStart)[0];
        if (f && d && f.org !== d.org) st.flows.push({ from: f.org, to: d.org, sentence: s.idx, unnamed: true });
        unnamedFrom = f && !d ? sideOf(f) : null;
        if (unnamedFrom && !hedged(s, a, t, !!reported)) (st.groupDepartures ??= []).push({ sentence: s.idx, side: unnamedFrom });
      } else if (unnamedFrom && coordinated && (t.kind === 'found' || t.kind === 'start' || t.kind === 'join')) {
        // "Two engineers … have left the company and co-founded Tidewater Robotics": the unnamed group's destination.
        const dest = t.kind === 'join' ? destinationAfter(st, s, t, b, true, unnamedFrom.org)
          : (orgsIn(s, t.tokEnd, Math.min(b, t.tokEnd + 10)).map(sideOf)[0] ?? unknownOrgAt(st, s, t.tokEnd, b));
        if (dest && dest.org !== unnamedFrom.org) st.flows.push({ from: unnamedFrom.org, to: dest.org, sentence: s.idx, unnamed: true });
      }
      return;
    }
    prevMovers = subj.movers;
    if (!subj.relative) subjectsHere.push(...subj.movers);
    if (hedged(s, Math.max(a, subj.regionStart), t, !!reported)) return;
    let from: Side | null = null; let to: Side | null = null; let fromExplicit = false; let dateKind: DateKind = 'other'; let dateOnly = false;
    if (t.kind === 'depart') {
      dateKind = 'depart';
      // "left the meeting", "left many researchers frustrated": not a departure from an employer.
      const nextTok = s.tokens[t.tokEnd];
      const nextOk = !nextTok || DEPART_NEXT_OK.has(nextTok.lower) || s.mentions.orgAt[t.tokEnd] >= 0 || nextTok.kind === 'num'
        || anaphorAfter(s, t.tokEnd, b) > 0 || (nextTok.cap && (!personAt(s, t.tokEnd) || personAt(s, t.tokEnd)!.poss))
        || MONTHS.has(nextTok.lower) || WEEKDAYS.has(nextTok.lower);
      if (!nextOk) return;
      if (hasWord(s, t.tokEnd, Math.min(b, t.tokEnd + 5), ['board'])) return;
      const objOrg = orgsIn(s, t.tokEnd, b).find((o) => {
        const p = s.tokens[o.tokStart - 1]?.lower;
        return (o.tokStart === t.tokEnd || p === 'from') && p !== 'for';
      });
      // "stepped down as chief technology officer of Stripe": the organization of the role given up.
      const roleOrg = objOrg ? undefined : orgsIn(s, t.tokEnd, b).find((o) => {
        const p = s.tokens[o.tokStart - 1]?.lower;
        // "stepped down as xAI's head of security": the possessive right after "as" owns the role too.
        return ((p === 'of' || p === 'at') && hasWord(s, t.tokEnd, o.tokStart, ['as'])) || (p === 'as' && o.poss && o.tokStart === t.tokEnd + 1);
      });
      // "stepped down as chief technology officer of Revolut": an unknown organization after the role given up.
      const roleUnknown = objOrg || roleOrg || s.tokens[t.tokEnd]?.lower !== 'as' ? null : unknownRoleOrg(st, s, t.tokEnd + 1, b);
      if (objOrg) { from = sideOf(objOrg); fromExplicit = true; }
      else if (roleOrg) { from = sideOf(roleOrg); fromExplicit = true; }
      else if (roleUnknown) { from = roleUnknown; fromExplicit = true; }
      else if (anaphorAfter(s, t.tokEnd, b) > 0 || (s.tokens[t.tokEnd]?.lower === 'from' && anaphorAfter(s, t.tokEnd + 1, b) > 0)) {
        const prevS = st.sentences[s.idx - 1];
        const prevFirst = prevS ? orgsIn(prevS, prevS.contentStart, prevS.tokens.length)[0] : undefined;
        const earlier = orgsIn(s, s.contentStart, t.tokStart);
        from = originInSubject(s, subj.regionStart, t.tokStart, null, skip) ?? (earlier.length ? sideOf(earlier[0]) : null) ?? (prevFirst ? sideOf(prevFirst) : null);
        fromExplicit = !!from;
      } else from = originInSubject(s, subj.regionStart, t.tokStart, null, skip);
      const dest = orgsIn(s, t.tokEnd, b).find((o) => s.tokens[o.tokStart - 1]?.lower === 'for' || (s.tokens[o.tokStart - 2]?.lower === 'for' && s.tokens[o.tokStart - 1]?.lower === 'the'));
      if (dest) to = sideOf(dest);
      else {
        const k = t.tokEnd;
        if (s.tokens[k]?.lower === 'for') to = unknownOrgAt(st, s, k + 1, b);
      }
    } else if (t.kind === 'join' || t.kind === 'joinBy') {
      dateKind = 'join';
      if (t.kind === 'joinBy') {
        // "was hired by Meta"; "has been named chief executive of Runway".
        const by = orgsIn(s, t.tokEnd, b).find((o) => ['by', 'of', 'at', 'for'].includes(s.tokens[o.tokStart - 1]?.lower ?? ''));
        to = by ? sideOf(by) : null;
      } else {
        const movement = !['joined', 'joins', 'join', 'joining', 'rejoined', 'rejoins', 'rejoin', 'rejoining'].includes(t.tokStart < s.tokens.length ? s.tokens[t.tokStart].lower : '');
        to = destinationAfter(st, s, t, b, !movement, null);
        // "Meta said X would join as chief scientist": joining with no object joins the organization that tells it.
        if (!to && !movement && (reported || s.tokens[t.tokEnd]?.lower === 'as')) to = intransitiveDestination(st, s, a, !!reported);
        // "moved to Daejeon, where she now teaches at KAIST": the place's "where" clause names the employer.
        if (!to && movement) to = employerInWhereClause(s, t.tokEnd, b);
        // "will join us next month", in a post or release: "us" is the organization the document's news is about.
        if (!to && !movement && s.tokens[t.tokEnd]?.lower === 'us') to = st.lastDestination ?? null;
      }
      // "moved from Google to Meta": the verb's own "from" introduces the origin.
      const ownFrom = s.tokens[t.tokEnd - 1]?.lower === 'from' ? orgsIn(s, t.tokEnd, Math.min(b, t.tokEnd + 3))[0] : undefined;
      // "moved from Samsung's foundry division to its memory business": a move within one organization.
      if (ownFrom && !to && hasInternalTarget(s, ownFrom.tokEnd, b)) return;
      const explicit = ownFrom ? sideOf(ownFrom) : originAfter(st, s, t.tokEnd, b) ?? (coordinated || prev ? null : frontedOrigin(s, a, subj.regionStart));
      if (explicit) { from = explicit; fromExplicit = true; } else from = originInSubject(s, subj.regionStart, t.tokStart, null, skip);
      if (ownFrom && to?.org === ownFrom.org) to = null;
      if (!to && !explicit) dateOnly = true;
    } else if (t.kind === 'start') {
      // "started his career in 2016 at Mellanox": the first job of a career, history at most, never the date of the news.
      if (s.tokens[t.tokEnd + 1]?.lower === 'career' || s.tokens[t.tokEnd]?.lower === 'out') return;
      dateKind = 'join';
      const direct = s.mentions.orgAt[t.tokEnd] >= 0 ? s.mentions.orgs[s.mentions.orgAt[t.tokEnd]] : null;
      const unknown = direct ? null : unknownOrgAt(st, s, t.tokEnd, b);
      if ((direct && !direct.verified) || unknown) {
        to = direct ? sideOf(direct) : unknown;
        st.lastFounded = to;
      } else {
        to = destinationAfter(st, s, t, b, false, null);
        const explicit = originAfter(st, s, t.tokEnd, b);
        if (explicit) { from = explicit; fromExplicit = true; } else from = originInSubject(s, subj.regionStart, t.tokStart, null, skip);
        if (!to) dateOnly = true;
      }
    } else if (t.kind === 'found') {
      if (passive || hasWord(s, t.tokEnd, Math.min(b, t.tokEnd + 4), ['by'])) return;
      dateKind = 'join';
      // "to launch his own venture capital firm, Babuschkin Ventures": the name may follow a descriptive noun phrase.
      const described = hasWord(s, t.tokEnd, Math.min(b, t.tokEnd + 7), ['firm', 'company', 'startup', 'start-up', 'lab', 'venture', 'fund']);
      // Not past a partner or a preposition: "co-founded the company with X, a Stripe engineer" founds no Stripe.
      const direct = orgsIn(s, t.tokEnd, Math.min(b, t.tokEnd + (described ? 10 : 4)))
        .find((o) => !hasWord(s, t.tokEnd, o.tokStart, ['with', 'by', 'for', 'from', 'at', 'alongside']) && !personsIn(s, t.tokEnd, o.tokStart).length);
      // "launched Gemini 2.0" is a product launch, not a founding.
      if (direct?.product) return;
      to = direct ? sideOf(direct) : unknownOrgAt(st, s, t.tokEnd, b);
      // "his own company — a stealth startup called Sentinel Grid": the name after "called" / "named".
      if (!to) {
        for (let k = t.tokEnd; k < Math.min(b, t.tokEnd + 10); k++) {
          if (['called', 'named', 'dubbed'].includes(s.tokens[k].lower)) { to = unknownOrgAt(st, s, k + 1, b); break; }
        }
      }
      // "co-founded the company": the company founded earlier in the document.
      if (!to && anaphorAfter(s, t.tokEnd, b) > 0) to = st.lastFounded;
      // "to co-found an AI chip software startup": unnamed here, perhaps named in the next sentences.
      if (!to && described && ['a', 'an', 'his', 'her', 'their'].includes(s.tokens[t.tokEnd]?.lower ?? '') && !hedged(s, Math.max(a, subj.regionStart), t, !!reported)) {
        st.pendingFounding = { sentence: s.idx, movers: subj.movers, date };
      }
      if (!to) return;
      st.lastFounded = to;
      // "co-founded the company with Tunde Adebayo, a longtime Stripe engineer": the partner founds it too.
      for (let k = t.tokEnd; k < Math.min(b, t.tokEnd + 12); k++) {
        const partner = s.tokens[k].lower === 'with' ? personAt(s, k + 1) : undefined;
        if (!partner || partner.poss || subj.movers.includes(partner.name) || hedged(s, Math.max(a, subj.regionStart), t, !!reported)) continue;
        const apEnd = Math.min(b, partner.tokEnd + 12);
        const own = s.tokens[partner.tokEnd]?.text === ',' ? originInSubject(s, partner.tokEnd, apEnd, to.org) : null;
        out.push(claim(partner.name, own, to, { dates: date ? [{ value: date, kind: 'join' }] : [], confidence: 0.8 }));
        break;
      }
    }
    // "X, who headed Samsung's team until 2023, rejoined the company": a return names its old employer, not the origin.
    if (t.back && !fromExplicit && from && to && from.org === to.org) from = null;
    // A move inside one organization (Google Cloud → DeepMind) is a reorganisation, not a move.
    if (from && to && from.org === to.org) return;
    if (!from && !to && !dateOnly && t.kind !== 'depart') return;
    const role = roleAfter(st.text, s, t.tokEnd, b);
    for (const person of subj.movers) {
      out.push(claim(person, from, to, {
        fromExplicit, dates: date ? [{ value: date, kind: dateKind }] : [], back: t.back, dateOnly, weak: t.weak && !fromExplicit,
        background: pluperfect || subj.relative, noFrom: partTime, role, ...(t.bare ? { bare: true, confidence: 0.7 } : {}),
      }));
    }
    if (from && to) st.flows.push({ from: from.org, to: to.org, sentence: s.idx, unnamed: false });
    if (to && subj.movers.length && !subj.relative && !pluperfect) st.lastDestination = to;
  });
  // The sentence's subject for later pronouns: its movers, else its first person who can be a subject.
  if (!subjectsHere.length) {
    const first = s.persons.find((p) => eligible(s, p) || (p.poss && p.tokStart <= s.contentStart + 1));
    const lead = s.tokens[s.contentStart]?.lower;
    if (first) subjectsHere.push(...(first.poss ? [first.name] : withCoordinated(s, first)));
    else if (lead === 'he' || lead === 'she') subjectsHere.push(...resolvePronoun(st, s, s.contentStart, false));
  }
  st.subjects[s.idx] = subjectsHere.length ? subjectsHere : null;
  for (const c of out) if (!c.background && c.dates.length) st.lastDate = c.dates[0].value;
  return out;
}

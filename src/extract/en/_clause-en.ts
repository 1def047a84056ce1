/** Clause structure around a trigger in an English sentence: where its clause starts and ends, relative clauses, hedges, anaphors, tense. */
import type { OrgRef } from './find-mentions-en.ts';
import type { Trigger } from './find-triggers-en.ts';
import { HEDGE_WORDS, REPORTING_VERBS } from './_lexicon-en.ts';
import type { PersonMention, Sentence } from './_doc-en.ts';

/** How far (in tokens) a clause reaches from its trigger: bounds the work per trigger in very long sentences. */
export const MAX_REACH = 40;
const AUXILIARIES = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'quickly', 'quietly', 'recently', 'will', 'is', 'was', 'officially', 'formally', 'finally', 'already', 'just', 'now', 'eventually', 'subsequently', 'since', 'soon', 'reportedly', 'would', 'both', 'all', 'each']);
const ANAPHOR_HEADS = new Set(['company', 'university', 'lab', 'laboratory', 'firm', 'startup', 'start-up', 'school', 'group', 'business', 'employer', 'outfit', 'venture', 'institute', 'team', 'organization', 'organisation', 'maker', 'giant', 'developer', 'unit', 'division', 'outfit', 'lab']);
const FUTURE_CUES = new Set(['will', "'ll", 'starting', 'next', 'upcoming', 'shall']);
// Words that continue a clause after an inserted ", the company said,".
const CLAUSE_GOES_ON = new Set(['after', 'from', 'effective', 'starting', 'following', 'replacing', 'succeeding', 'where', 'having', 'as']);
export const PASSIVE_AUX = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'get', 'got', 'gets']);

/** Whether a token in [a, b) has one of `words` as its lower-cased form. */
export function hasWord(s: Sentence, a: number, b: number, words: readonly string[]): boolean {
  for (let k = Math.max(0, a); k < Math.min(b, s.tokens.length); k++) if (words.includes(s.tokens[k].lower)) return true;
  return false;
}

/** Organizations wholly inside tokens [a, b), outside quotes. */
export function orgsIn(s: Sentence, a: number, b: number): OrgRef[] {
  return s.mentions.orgs.filter((o) => o.tokStart >= a && o.tokEnd <= b && !s.quoted[o.tokStart]);
}
/** The person mention starting at token `i`. */
export const personAt = (s: Sentence, i: number): PersonMention | undefined => (i >= 0 && i < s.tokens.length && s.personStart[i] >= 0 ? s.persons[s.personStart[i]] : undefined);
/** Person mentions wholly inside tokens [a, b), outside quotes. */
export const personsIn = (s: Sentence, a: number, b: number) => s.persons.filter((p) => p.tokStart >= a && p.tokEnd <= b && !s.quoted[p.tokStart]);

/** A participle in a reduced relative or passive ("the lab founded last year by …"): not a clause of its own. */
export function passiveLike(s: Sentence, t: Trigger): boolean {
  if (PASSIVE_AUX.has(s.tokens[t.tokStart - 1]?.lower ?? '')) return true;
  for (let k = t.tokEnd; k < Math.min(s.tokens.length, t.tokEnd + 4); k++) if (s.tokens[k].lower === 'by') return true;
  return false;
}

/** The span [who, closing comma] of a relative clause holding `prev`, when it closes before `t`. */
export function relativeSpan(s: Sentence, prev: Trigger, t: Trigger): [number, number] | null {
  let who = -1;
  for (let j = prev.tokStart - 1; j >= Math.max(s.contentStart, prev.tokStart - 15); j--) {
    if ((s.tokens[j].text === ',' || s.tokens[j].text === '—') && who < 0) { if (s.tokens[j + 1]?.lower !== 'who') return null; }
    if (s.tokens[j].lower === 'who') { who = j; break; }
  }
  if (who < 0) return null;
  for (let j = prev.tokEnd; j < t.tokStart; j++) if (s.tokens[j].text === ',' || s.tokens[j].text === '—') return [who, j + 1];
  return null;
}

/** Start of the clause a trigger belongs to: after a semicolon, a colon, a reporting verb with its complement, or the previous trigger. */
export function clauseStart(s: Sentence, t: Trigger, prev: Trigger | undefined): { start: number; coordinated: boolean; reported?: boolean; skip?: [number, number] } {
  const floor = Math.max(s.contentStart, t.tokStart - MAX_REACH);
  for (let k = t.tokStart - 1; k >= floor; k--) {
    if (prev && k < prev.tokEnd && !passiveLike(s, prev)) {
      // "X, who joined A in 2018, started at B": the relative clause has closed, so the main clause starts before it.
      const rel = relativeSpan(s, prev, t);
      if (rel) return { start: Math.max(s.contentStart, t.tokStart - MAX_REACH), coordinated: false, skip: rel };
      return { start: prev.tokEnd, coordinated: true };
    }
    const tok = s.tokens[k];
    if (tok.kind === 'punct' && (tok.text === ';' || tok.text === ':')) return { start: k + 1, coordinated: false };
    if (REPORTING_VERBS.has(tok.lower) && k + 1 < t.tokStart && s.tokens[k + 1].kind !== 'punct' && !s.quoted[k]) return { start: k + 1, coordinated: false, reported: true };
  }
  return { start: floor, coordinated: false };
}

/** End of a trigger's clause: the next trigger, a semicolon, or a trailing ", the company said". */
export function clauseEnd(s: Sentence, t: Trigger, next: Trigger | undefined): number {
  const ceil = Math.min(s.tokens.length, t.tokEnd + MAX_REACH, next ? next.tokStart : Infinity);
  let inApposition = false;
  for (let k = t.tokEnd; k < ceil; k++) {
    const tok = s.tokens[k];
    // "to launch his own company — a stealth startup called Sentinel Grid": a dash that opens an apposition naming the object.
    if (tok.text === '—' && ['a', 'an'].includes(s.tokens[k + 1]?.lower ?? '') && hasWord(s, k + 2, k + 6, ['called', 'named', 'dubbed'])) { inApposition = true; continue; }
    // …and the dash that closes it.
    if (tok.text === '—' && inApposition) { inApposition = false; continue; }
    if (tok.kind === 'punct' && (tok.text === ';' || tok.text === '—')) return k;
    if (tok.text === ',') {
      for (let j = k + 1; j < Math.min(ceil, k + 6); j++) {
        if (s.tokens[j].text === ',') break;
        if (!REPORTING_VERBS.has(s.tokens[j].lower)) continue;
        // ", the company said, after a decade at X": an inserted attribution; the clause goes on past it.
        const close = s.tokens[j + 1]?.text === ',' ? j + 1 : -1;
        if (close > 0 && CLAUSE_GOES_ON.has(s.tokens[close + 1]?.lower ?? '')) { k = close; break; }
        return k;
      }
    }
  }
  return ceil;
}

/** Modal, negation or rumour words in the few tokens before a trigger. */
export function hedged(s: Sentence, from: number, t: Trigger, reported: boolean): boolean {
  // Look back to the nearest comma only: "X, who declined to comment, joined Y" is not hedged.
  let lo = Math.max(from, t.tokStart - 6);
  for (let k = t.tokStart - 1; k >= lo; k--) if (s.tokens[k].text === ',') { lo = k + 1; break; }
  for (let k = lo; k < t.tokStart; k++) {
    const tok = s.tokens[k];
    const l = tok.lower;
    // "said that he would leave": reported speech turns "will" into "would".
    if (l === 'would' && reported) continue;
    // Capitalised "May" is the month, not the modal.
    if (tok.cap && k > s.contentStart && tok.text !== 'Not') continue;
    // "accepted an offer to join" is a decision; "an offer to join" alone is not.
    if ((l === 'offer' || l === 'offered') && hasWord(s, Math.max(0, k - 4), k, ['accepted', 'accepts', 'accepting', 'took', 'takes'])) continue;
    if (HEDGE_WORDS.has(l) || l.endsWith("n't") || l === 'offer' || l === 'turned') return true;
  }
  return false;
}

/** Index just before the trigger, skipping auxiliaries and adverbs ("has also quietly"). */
export function beforeAux(s: Sentence, i: number, floor: number): number {
  let k = i - 1;
  while (k >= floor && AUXILIARIES.has(s.tokens[k].lower)) k--;
  return k;
}

/** "the company", "the Hangzhou-based lab": an anaphoric noun phrase ending at or starting from a position. */
export function anaphorAfter(s: Sentence, i: number, end: number): number {
  if (s.tokens[i]?.lower !== 'the' && s.tokens[i]?.lower !== 'its' && s.tokens[i]?.lower !== 'their') return -1;
  for (let k = i + 1; k < Math.min(end, i + 5); k++) {
    const t = s.tokens[k];
    if (t.kind === 'punct' && t.text !== '-') return -1;
    if (ANAPHOR_HEADS.has(t.lower)) return k + 1;
  }
  return -1;
}

/** "it" or "the company" just before a verb: the organization is named elsewhere. */
export function anaphorBefore(s: Sentence, k: number, floor: number): boolean {
  if (k < floor) return false;
  if (s.tokens[k].lower === 'it') return true;
  if (!ANAPHOR_HEADS.has(s.tokens[k].lower)) return false;
  for (let j = k - 1; j >= Math.max(floor, k - 4); j--) if (s.tokens[j].lower === 'the') return true;
  return false;
}

/** Whether the words in [a, b) speak of the future ("will", "is set to join", "starting"). */
export function isFuture(s: Sentence, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const l = s.tokens[k].lower;
    if (FUTURE_CUES.has(l)) return true;
    if ((l === 'to' || l === 'set') && (s.tokens[k + 1]?.lower === 'start' || s.tokens[k + 1]?.lower === 'join')) return l === 'set' || s.tokens[k - 1]?.lower === 'set' || s.tokens[k - 1]?.lower === 'is';
  }
  return false;
}


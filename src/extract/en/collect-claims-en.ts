/** Collects the raw claims of a document, sentence by sentence, with newsletter sections, item headings, lists and arrows as frames. */
import { analyzeSentenceEn } from './analyze-triggers-en.ts';
import { findDatesEn } from './find-dates-en.ts';
import { findDayClaimsEn } from './find-day-claims-en.ts';
import { findRosterClaimsEn } from './find-roster-claims-en.ts';
import { findCofounderClaimsEn } from './find-cofounder-claims-en.ts';
import { sideOf, type DocState, type RawClaim, type Sentence, type Side } from './_doc-en.ts';
import { BULLETS, NEGATIVE_HEADINGS } from './_lexicon-en.ts';

/** An all-capitals section header ("CONFIRMED MOVES", "NOT MOVES"). */
const isHeaderLine = (s: Sentence) => {
  const words = s.tokens.filter((t) => t.kind === 'word');
  if (words.length < 2 || s.tokens.length > 14) return false;
  return words[0].text === words[0].text.toUpperCase() && words[1].text === words[1].text.toUpperCase() && /\p{Lu}{2}/u.test(words[0].text);
};

interface Heading { from: Side | null; to: Side | null; negative: boolean; back: boolean }

/** A newsletter item's heading: "OpenAI → Anthropic.", "Departed: Scale AI.", "New at SSI.", "Promotion.". */
function parseHeading(s: Sentence): Heading | null {
  const toks = s.tokens.slice(s.contentStart);
  if (!toks.length || toks.length > 10 || !(s.tokens[0].kind === 'punct' && BULLETS.has(s.tokens[0].text))) return null;
  const last = toks[toks.length - 1];
  if (last.text !== '.' && last.text !== ':') return null;
  const orgs = s.mentions.orgs;
  const arrow = toks.findIndex((t) => t.text === '→' || t.text === '>');
  const words = toks.filter((t) => t.kind === 'word').map((t) => t.lower);
  if (arrow >= 0) {
    const at = toks[arrow].start;
    const before = orgs.filter((o) => o.end <= at);
    const after = orgs.filter((o) => o.start > at);
    return { from: before.length ? sideOf(before[before.length - 1]) : null, to: after.length ? sideOf(after[0]) : null, negative: false, back: false };
  }
  if (words.some((w) => NEGATIVE_HEADINGS.has(w))) return { from: null, to: null, negative: true, back: false };
  if (['departed', 'departure', 'departures', 'exit', 'exits', 'left', 'leaving', 'out'].includes(words[0])) return { from: orgs[0] ? sideOf(orgs[0]) : null, to: null, negative: false, back: false };
  if (['new', 'joined', 'hired', 'arrival', 'arrivals', 'welcome', 'in'].includes(words[0])) return { from: null, to: orgs[0] ? sideOf(orgs[0]) : null, negative: false, back: false };
  if (words[0] === 'boomerang' || words[0] === 'return' || words[0] === 'returns') return { from: null, to: null, negative: false, back: true };
  if (words.length <= 3 && !s.persons.length) return { from: null, to: null, negative: false, back: false };
  return null;
}

/** "Emily Zhao (Apple → Anthropic)": one named person and an arrow between two organizations. */
function arrowClaims(s: Sentence, text: string, published: string | null): RawClaim[] {
  const arrow = s.tokens.findIndex((t, i) => t.text === '→' || (t.text === '>' && s.tokens[i - 1]?.text === '-'));
  if (arrow < 0) return [];
  // The person the item is about stands before the arrow ("Emily Zhao (Apple → Anthropic)"); a name after it is the destination's.
  const people = s.persons.filter((p) => !p.poss && !s.quoted[p.tokStart] && p.tokEnd <= arrow);
  if (new Set(people.map((p) => p.name)).size !== 1) return [];
  const before = s.mentions.orgs.filter((o) => o.tokEnd <= arrow && o.tokEnd >= arrow - 4);
  const after = s.mentions.orgs.find((o) => o.tokStart > arrow && o.tokStart <= arrow + 3);
  if (!before.length && !after) return [];
  const dates = findDatesEn(s.tokens, s.contentStart, s.tokens.length, published, false).filter((d) => d.value);
  return [{
    person: people[0].name, from: before.length ? sideOf(before[before.length - 1]) : null, to: after ? sideOf(after) : null,
    fromExplicit: true, dates: dates.length ? [{ value: dates[0].value!, kind: 'other' }] : [], back: false, weak: false, dateOnly: false, background: false, noFrom: false, sentence: s.idx,
    evidence: [{ start: s.start, end: s.end, text: text.slice(s.start, s.end) }], role: null, confidence: 0.7,
  }];
}

/** A claim that a frame (a list, a heading) states for the subject of a sentence. */
function frameClaim(s: Sentence, text: string, person: string, from: Side | null, to: Side | null, date: string | null, back = false): RawClaim {
  return {
    person, from, to, fromExplicit: false, dates: date ? [{ value: date, kind: 'other' }] : [], back, weak: false, dateOnly: false,
    background: false, noFrom: false, sentence: s.idx, evidence: [{ start: s.start, end: s.end, text: text.slice(s.start, s.end) }],
    role: null, confidence: 0.7,
  };
}

/** The person a sentence is about: its first named person who is not a possessor or inside a quote. */
const subjectOf = (s: Sentence) => s.persons.find((p) => !p.poss && !s.quoted[p.tokStart]);

/**
 * Analyses every sentence in order and returns the raw claims, frames applied: a negative section ("NOT MOVES") or item
 * heading ("Promotion.") silences what follows; an item heading ("OpenAI → Anthropic.", "New at SSI.") fills the sides of
 * the item's person; a list after "hired six researchers …:" gives each listed person that destination.
 * @example collectClaimsEn(state).map((c) => c.person)
 */
export function collectClaimsEn(st: DocState): RawClaim[] {
  const { sentences, text, published } = st;
  const raw: RawClaim[] = [];
  let skipSection = false;
  let heading: { line: number; h: Heading; sentence: Sentence; person: string | null; claimed: boolean } | null = null;
  let listLine = -1;
  let listFrame: DocState['countFrame'] = null;
  // The latest founding told, for "her co-founder is X" just after it.
  let founding: { sentence: number; to: Side } | null = null;
  for (const s of sentences) {
    const firstOfLine = s.idx === 0 || sentences[s.idx - 1].line !== s.line;
    st.subjects[s.idx] = null;
    if (firstOfLine && isHeaderLine(s)) {
      skipSection = s.tokens.some((t) => t.kind === 'word' && (t.text === 'NOT' || /^RUMOU?RS?$/.test(t.text)));
      continue;
    }
    const bulleted = s.tokens[0]?.kind === 'punct' && BULLETS.has(s.tokens[0].text);
    if (firstOfLine) {
      heading = null;
      const h = parseHeading(s);
      if (h) { heading = { line: s.line, h, sentence: s, person: null, claimed: false }; continue; }
      if (bulleted && listLine >= 0 && s.line <= listLine + 2) listLine = s.line;
      else if (!bulleted) { listLine = -1; listFrame = null; }
    }
    if (skipSection || heading?.h.negative) continue;
    const claims = analyzeSentenceEn(st, s);
    if (!claims.length) claims.push(...arrowClaims(s, text, published));
    if (!claims.length) claims.push(...findRosterClaimsEn(st, s));
    if (founding && s.idx - founding.sentence <= 2) {
      for (const c of findCofounderClaimsEn(st, s, founding.to)) if (!claims.some((x) => x.person === c.person)) claims.push(c);
    }
    const founded = s.triggers.some((t) => t.kind === 'found' || t.kind === 'start') ? claims.find((c) => c.to && !c.background) : undefined;
    if (founded?.to) founding = { sentence: s.idx, to: founded.to };
    claims.push(...findDayClaimsEn(st, s));
    if (listFrame && listLine === s.line && bulleted) {
      const subj = subjectOf(s);
      if (subj && !claims.some((c) => c.person === subj.name)) {
        const orgs = s.mentions.orgs.filter((o) => o.org !== listFrame!.to?.org);
        claims.push(frameClaim(s, text, subj.name, listFrame.from ?? (orgs.length ? sideOf(orgs[orgs.length - 1]) : null), listFrame.to, listFrame.date));
      }
      for (const c of claims) { c.from ??= listFrame.from; c.to ??= listFrame.to; }
    }
    if (heading && heading.line === s.line) {
      const h = heading;
      // The item is about its first person; the heading states that person's move even without a trigger.
      h.person ??= claims[0]?.person ?? subjectOf(s)?.name ?? null;
      if (h.person && !h.claimed && !claims.some((c) => c.person === h.person)) {
        const dates = findDatesEn(s.tokens, s.contentStart, s.tokens.length, published, false);
        claims.push(frameClaim(s, text, h.person, null, null, dates[0]?.value ?? null, h.h.back));
      }
      for (const c of claims) {
        if (c.person !== h.person) continue;
        h.claimed = true;
        c.from ??= h.h.from;
        c.to ??= h.h.to;
        const hs = h.sentence;
        if (!c.evidence.some((e) => e.start === hs.start)) c.evidence.unshift({ start: hs.start, end: hs.end, text: text.slice(hs.start, hs.end) });
      }
    }
    if (s.tokens[s.tokens.length - 1]?.text === ':' && st.countFrame && s.idx - st.countFrame.sentence <= 4) {
      listLine = s.line;
      listFrame = st.countFrame;
    }
    raw.push(...claims);
  }
  return raw;
}

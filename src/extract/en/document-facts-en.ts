/** Facts a document states once and claims borrow: earlier employers, a framing organization, full forms of short organization names. */
import { sideOf, type Flow, type RawClaim, type Sentence, type Side } from './_doc-en.ts';

const EARLIER_CUES = new Set(['previously', 'formerly', 'recently', 'prior', 'spent']);
const LOSS_VERBS = new Set(['losing', 'loses', 'lost', 'lose']);
const PEOPLE_NOUNS = new Set(['people', 'researchers', 'researcher', 'engineers', 'engineer', 'staff', 'talent', 'employees', 'executives', 'executive', 'scientists', 'scientist', 'members', 'leaders', 'leader', 'chief', 'head', 'faculty', 'professors', 'another', 'its', 'top', 'key', 'senior']);
const DEPARTURE_CUE = new Set(['shrinking', 'shrinks', 'exodus', 'departures', 'bleeding', 'losing', 'loses', 'lost', 'lose', 'exits']);

/** An unknown organization written short ("Lattice") takes the full name used elsewhere in the document ("Lattice AI"). */
export function unifyShortOrgNames(sentences: Sentence[], raw: RawClaim[]): void {
  // Every word-prefix of every organization named in the document, to its longest full form: one lookup per side.
  const byPrefix = new Map<string, Side>();
  for (const s of sentences) {
    for (const o of s.mentions.orgs) {
      const words = o.mention.split(' ');
      for (let k = 1; k < words.length && k < 6; k++) {
        const prefix = words.slice(0, k).join(' ');
        const seen = byPrefix.get(prefix);
        if (!seen || seen.mention.length < o.mention.length) byPrefix.set(prefix, sideOf(o));
      }
    }
  }
  const longer = (side: Side | null): Side | null => {
    if (!side || side.verified) return side;
    const full = byPrefix.get(side.org);
    return full ? { ...full, mention: side.mention } : side;
  };
  for (const c of raw) { c.from = longer(c.from); c.to = longer(c.to); }
}

/** "X was previously a vice president at Y", "she spent nine years at Z": where each person worked before, by the first such statement. */
export function findEarlierEmployers(sentences: Sentence[], subjects: Array<string[] | null>, author: string | null = null): Map<string, Side> {
  const out = new Map<string, Side>();
  for (const s of sentences) {
    const after = afterYearsAt(s, subjects, author);
    if (after && !out.has(after.person)) { out.set(after.person, after.side); continue; }
    const cue = s.tokens.findIndex((t, i) => i >= s.contentStart && !s.quoted[i] && EARLIER_CUES.has(t.lower));
    if (cue < 0 || s.triggers.length) continue;
    const person = s.persons.find((p) => p.tokStart < cue && !p.poss && !s.quoted[p.tokStart])?.name
      ?? (/^(he|she)$/.test(s.tokens[s.contentStart]?.lower ?? '') ? subjects[s.idx]?.[0] : undefined);
    if (!person || out.has(person)) continue;
    const spent = s.tokens[cue].lower === 'spent';
    const org = s.mentions.orgs.find((o) => o.tokStart > cue && o.tokStart < cue + 12 && (!spent || s.tokens[o.tokStart - 1]?.lower === 'at'));
    if (org) out.set(person, sideOf(org));
  }
  return out;
}

const SPAN_NOUNS = new Set(['years', 'year', 'months', 'decade', 'decades']);

/**
 * "After four incredible years at Databricks, I decided …", "After a decade with Intel, she …": a sentence that opens
 * with time spent at an organization tells where its subject worked before; "I" is the author, "he"/"she" the sentence's subject.
 */
function afterYearsAt(s: Sentence, subjects: Array<string[] | null>, author: string | null): { person: string; side: Side } | null {
  const c = s.contentStart;
  if (s.tokens[c]?.lower !== 'after' || s.quoted[c]) return null;
  let k = c + 1;
  while (k < Math.min(s.tokens.length, c + 6) && !SPAN_NOUNS.has(s.tokens[k].lower)) k++;
  if (!SPAN_NOUNS.has(s.tokens[k]?.lower ?? '') || !['at', 'with'].includes(s.tokens[k + 1]?.lower ?? '')) return null;
  const org = s.mentions.orgs.find((o) => o.tokStart === k + 2);
  if (!org) return null;
  for (let i = org.tokEnd; i < s.tokens.length; i++) {
    if (s.quoted[i]) continue;
    const p = s.personStart[i] >= 0 ? s.persons[s.personStart[i]] : undefined;
    if (p) return p.poss ? null : { person: p.name, side: sideOf(org) };
    const w = s.tokens[i].lower;
    if (w === 'i' && author) return { person: author, side: sideOf(org) };
    if (w === 'he' || w === 'she') {
      // The pronoun's referent: the one person a sentence up to two back was about.
      const prior = [subjects[s.idx], subjects[s.idx - 1], subjects[s.idx - 2]].find((x) => x?.length);
      return prior?.length === 1 ? { person: prior[0], side: sideOf(org) } : null;
    }
  }
  return null;
}

const COLLEAGUE_NOUNS = new Set(['colleague', 'colleagues', 'teammate', 'teammates', 'co-worker', 'coworker', 'peer']);

/** "X, a colleague on the same team who moved to Anthropic": people described as a colleague of someone just discussed, by sentence. */
export function findColleagues(sentences: Sentence[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of sentences) {
    for (const p of s.persons) {
      if (p.poss || s.quoted[p.tokStart] || s.tokens[p.tokEnd]?.text !== ',') continue;
      for (let k = p.tokEnd + 1; k < Math.min(s.tokens.length, p.tokEnd + 5); k++) {
        if (COLLEAGUE_NOUNS.has(s.tokens[k].lower)) { if (!out.has(p.name)) out.set(p.name, s.idx); break; }
        if (s.tokens[k].kind !== 'word') break;
      }
    }
  }
  return out;
}

const DEATH_WORDS = new Set(['died', 'dies', 'obituary']);

/** People the document reports dead ("X, who co-founded Y, died on Sunday"): their career steps are history, not news. */
export function findDeceased(sentences: Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    const k = s.tokens.findIndex((t, i) => !s.quoted[i] && (DEATH_WORDS.has(t.lower) || (t.lower === 'passed' && s.tokens[i + 1]?.lower === 'away')));
    if (k < 0) continue;
    const p = s.persons.find((x) => x.tokStart < k && !x.poss && !s.quoted[x.tokStart]);
    if (p) out.add(p.name);
  }
  return out;
}

/** The organization a document's title or lede frames as losing people, when there is exactly one. */
export function departureFrame(sentences: Sentence[]): Side | null {
  for (const s of sentences) {
    if (s.line > 3) break;
    const cue = s.tokens.findIndex((t) => DEPARTURE_CUE.has(t.lower));
    if (cue < 0) continue;
    // "lost seven researchers", not "lost a lawsuit": losing frames a document only when people are what is lost.
    if (LOSS_VERBS.has(s.tokens[cue].lower) && !s.tokens.slice(cue + 1, cue + 7).some((t) => PEOPLE_NOUNS.has(t.lower))) continue;
    const before = s.mentions.orgs.filter((o) => o.tokEnd <= cue);
    if (!before.length) continue;
    const distinct = new Set(before.map((o) => o.org));
    const coordinated = before.some((o, i) => i > 0 && s.tokens[o.tokStart - 1]?.lower === 'and' && before[i - 1].tokEnd === o.tokStart - 1);
    if (coordinated) return null;
    if (distinct.size === 1 || s.tokens[cue].lower !== 'shrinking') return sideOf(before[0]);
  }
  return null;
}

const EXODUS_NOUNS = new Set(['exodus', 'departures', 'defections', 'exits', 'drain', 'outflow', 'losses']);

/**
 * Body sentences that frame what follows as one organization's losses ("part of a wider exodus from the Optimus program",
 * "the departures from Scale AI"): sentence index and origin, in text order.
 */
export function findExodusFrames(sentences: Sentence[]): Array<{ sentence: number; side: Side }> {
  const out: Array<{ sentence: number; side: Side }> = [];
  for (const s of sentences) {
    const cue = s.tokens.findIndex((t, i) => EXODUS_NOUNS.has(t.lower) && !s.quoted[i] && (s.tokens[i + 1]?.lower === 'from' || s.tokens[i + 1]?.lower === 'at'));
    if (cue < 0) continue;
    const org = s.mentions.orgs.find((o) => o.tokStart > cue + 1 && o.tokStart <= cue + 5);
    if (org) out.push({ sentence: s.idx, side: sideOf(org) });
  }
  return out;
}

/**
 * "Apple's top AI executive is leaving for Meta. Ruoming Pang … is departing": a claim missing one side takes it from a
 * transition stated just before it (up to two sentences) that agrees on the other side.
 */
export function fillFromRecentFlows(raw: RawClaim[], flows: Flow[]): void {
  const bySentence = new Map<number, Array<{ from: string; to: string }>>();
  // Only unnamed transitions: a named one is someone else's move.
  for (const f of flows) if (f.unnamed) (bySentence.get(f.sentence) ?? bySentence.set(f.sentence, []).get(f.sentence)!).push(f);
  for (const c of raw) {
    // A naming ("Kakao also named X") may be internal: only a stated origin may complete it, not someone else's move.
    if ((c.from && c.to) || (!c.from && !c.to) || c.weak) continue;
    const near = [...(bySentence.get(c.sentence - 1) ?? []), ...(bySentence.get(c.sentence - 2) ?? [])];
    if (c.from && !c.to) {
      const f = near.find((x) => x.from === c.from!.org);
      if (f) c.to = { org: f.to, team: null, verified: true, mention: f.to };
    } else if (c.to && !c.from && !c.noFrom) {
      const f = near.find((x) => x.to === c.to!.org);
      if (f) c.from = { org: f.from, team: null, verified: true, mention: f.from };
    }
  }
}

/** "Several researchers have left OpenAI. Among those who left are X and Y": a claim with no origin takes a group departure stated just before it. */
export function fillFromGroupDepartures(raw: RawClaim[], groups: Array<{ sentence: number; side: Side }> | undefined): void {
  if (!groups?.length) return;
  for (const c of raw) {
    // Only departures without a destination: a hire told after a group left ("Meanwhile, Google hired X") is someone else's news.
    if (c.from || c.to || c.noFrom || c.weak || c.background) continue;
    const g = groups.find((x) => x.sentence < c.sentence && c.sentence - x.sentence <= 2);
    if (g) c.from = g.side;
  }
}

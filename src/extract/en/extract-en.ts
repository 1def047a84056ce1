/** The English rule pack: an article in English → the talent moves it states, with evidence spans. */
import type { MoveClaim, OrgSlot } from '../../core/types.ts';
import type { ExtractContext } from '../extract-moves.ts';
import type { DocState } from './_doc-en.ts';
import { collectClaimsEn } from './collect-claims-en.ts';
import { departureFrame, fillFromGroupDepartures, findColleagues, fillFromRecentFlows, findDeceased, findEarlierEmployers, findExodusFrames, unifyShortOrgNames } from './document-facts-en.ts';
import { mergeClaimsEn, type MergedMove } from './merge-claims-en.ts';
import { findCompensationEn } from './find-compensation-en.ts';
import { findFlowFrame } from './find-flow-frame-en.ts';
import { readSentencesEn } from './read-sentences-en.ts';
import type { Sentence, Side } from './_doc-en.ts';
import { REPORTING_VERBS } from './_lexicon-en.ts';
import { minOf } from '../common/extremes.ts';

const PAY_CUE_RE = /\b(?:package|bonus|pay|paid|paying|salary|compensation|equity|stock|worth|received|earn|earns)\b/i;

/**
 * Extracts the moves an English article states.
 * @example extractMovesEn({ article, gazetteer }) // [{ person: 'Julian Voss', from: { org: 'OpenAI', … }, to: { org: 'Meta', … }, … }]
 */
export function extractMovesEn(ctx: ExtractContext): MoveClaim[] {
  const { article, gazetteer } = ctx;
  const text = article.text;
  const { sentences, aliases } = readSentencesEn(text, gazetteer);
  const st: DocState = { text, published: article.published, sentences, subjects: [], lastHireAgent: null, lastFounded: null, countFrame: null, flows: [] };
  st.author = authorOf(sentences, text);
  const raw = collectClaimsEn(st);

  const earlierEmployer = findEarlierEmployers(sentences, st.subjects, st.author ?? null);

  // A document framed as one organization's losses ("Apple's model team keeps shrinking") gives that origin to listed people.
  const frameFrom = departureFrame(sentences);
  // A body sentence framing an exodus ("part of a wider exodus from X") gives that origin to the people named after it.
  const exodus = findExodusFrames(sentences);

  unifyShortOrgNames(sentences, raw);
  fillFromRecentFlows(raw, st.flows);
  fillFromGroupDepartures(raw, st.groupDepartures);
  const merged = mergeClaimsEn(raw, { published: article.published, flows: st.flows });
  const deceased = findDeceased(sentences);
  const colleagues = findColleagues(sentences);
  // "Mistral loses three researchers to Helix": a group member who just "moved" or "also departed" went the same way.
  const flow = findFlowFrame(st);
  const out: MoveClaim[] = [];
  for (const m of merged) {
    if (deceased.has(m.person) && !m.history) { m.history = true; m.confidence = Math.min(m.confidence, 0.6); }
    // An origin borrowed from elsewhere in the document is a little less certain than one stated with the move.
    const earlier = earlierEmployer.get(m.person);
    if (!m.history && !m.from && !m.noFrom && earlier && earlier.org !== m.to?.org) { m.from = earlier; m.confidence = Math.min(m.confidence, 0.8); }
    // "X, a colleague on the same team who moved to Anthropic": the same employer as the mover told just before.
    const colleagueAt = colleagues.get(m.person);
    if (!m.history && !m.from && !m.noFrom && colleagueAt !== undefined) {
      const peers = merged.filter((o) => o !== m && !o.history && o.from && minOf(o.sentences) < colleagueAt);
      const peer = peers.sort((x, y) => minOf(x.sentences) - minOf(y.sentences)).pop();
      if (peer?.from && peer.from.org !== m.to?.org) { m.from = peer.from; m.confidence = Math.min(m.confidence, 0.7); }
    }
    const first = minOf(m.sentences);
    const bodyFrame = exodus.filter((f) => f.sentence < first && first - f.sentence <= 6).pop()?.side ?? null;
    const frame = bodyFrame ?? frameFrom;
    if (!m.history && !m.from && !m.noFrom && frame && m.to?.org !== frame.org) { m.from = frame; m.confidence = Math.min(m.confidence, 0.75); }
    const bare = m.claims.every((c) => c.bare && !c.fromExplicit);
    // …and one that names no side at all ("Faure was the first to go") belongs to the framed flow on both ends.
    if (!m.history && flow && bare && !m.from && !m.to) m.from = flow.from;
    if (!m.history && flow && !m.to && m.from?.org === flow.from.org && (bare || m.claims.every((c) => !c.fromExplicit))) {
      m.to = flow.to;
      m.confidence = Math.min(m.confidence, 0.7);
    }
    // An intransitive going counts only when the framing gave it both sides.
    if (bare && !(m.from && m.to)) continue;
    if (!m.from && !m.to) continue;
    if (m.from && m.to && m.from.org === m.to.org) continue;
    if (m.weak && !m.from) continue;
    // A history step with one side and no date is too thin to be worth the risk of a false move.
    if (m.history && !m.date && !(m.from && m.to)) continue;
    const claim = toMoveClaim(m, sentences, text);
    claim.aliases = [...(aliases.get(m.person) ?? [])];
    out.push(claim);
  }
  return out;
}

/** Sentences from the top where a byline may stand (after a headline and a dek). */
const BYLINE_SENTENCES = 4;

/**
 * The writer: the person a document opens with when its first line is nothing but a name (a social post's header),
 * else the name of a byline at the top ("by Eitan Shapira · 7 min read"). Only "I", "me" and "my" outside quotes
 * resolve to it, so a reporter's byline on a third-person story names no mover.
 */
function authorOf(sentences: Sentence[], text: string): string | null {
  const s = sentences[0];
  if (s && s.persons.length === 1 && s.persons[0].tokStart === 0) {
    let bare = true;
    for (let k = s.persons[0].tokEnd; k < s.tokens.length && bare; k++) if (s.tokens[k].kind !== 'punct') bare = false;
    if (bare) return s.persons[0].name;
  }
  for (const b of sentences.slice(0, BYLINE_SENTENCES)) {
    for (const p of b.persons) {
      const by = p.tokStart - 1;
      if (by < b.contentStart || b.tokens[by].lower !== 'by' || p.poss) continue;
      // The "by" opens its line (a headline without a full stop runs into the byline).
      if (by === b.contentStart || text.slice(b.tokens[by - 1].end, b.tokens[by].start).includes('\n')) return p.name;
    }
  }
  return null;
}

/** The claim as extract hands it on; pay is looked up only for the news, not for history. */
function toMoveClaim(m: MergedMove, sentences: Sentence[], text: string): MoveClaim {
  const slot = (x: Side | null): OrgSlot | null => (x ? { org: x.org, team: x.team, verified: x.verified, mention: x.mention } : null);
  return {
    person: m.person,
    aliases: [],
    from: slot(m.from),
    to: slot(m.to),
    date: m.date,
    role: m.role,
    compensation: m.history ? null : findPay(m, sentences, text),
    confidence: m.confidence,
    history: m.history,
    evidence: m.evidence,
  };
}

/** Pay stated in or just after the move's sentences, in a sentence that is about the same person. */
function findPay(m: MergedMove, sentences: Sentence[], text: string): MoveClaim['compensation'] {
  const first = minOf(m.sentences);
  for (let i = first; i < Math.min(sentences.length, first + 4); i++) {
    const s = sentences[i];
    const about = s.persons.some((p) => p.name === m.person) || (!s.persons.some((p) => !p.poss && !REPORTING_VERBS.has(s.tokens[p.tokEnd]?.lower ?? '')) && s.tokens.some((t) => /^(he|she|his|her|him)$/.test(t.lower)));
    if (!about) continue;
    const sentence = text.slice(s.start, s.end);
    if (!PAY_CUE_RE.test(sentence)) continue;
    const c = findCompensationEn(sentence);
    if (c) return { text: c.text, usd: c.usd, amount: c.amount, currency: c.currency };
  }
  return null;
}

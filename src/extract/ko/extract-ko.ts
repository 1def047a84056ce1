/** The Korean rule pack: an article in Korean → the talent moves it states, with evidence spans. */
import type { Compensation, MoveClaim } from '../../core/types.ts';
import type { ExtractContext } from '../extract-moves.ts';
import { splitSentencesKo } from './split-sentences-ko.ts';
import { assembleMovesKo } from './assemble-moves-ko.ts';
import { findDatesKo, type DateContext } from './find-dates-ko.ts';
import { findEventsKo, matchTrigger, type KoEvent, type SentenceInfo } from './find-events-ko.ts';
import { findOrgsKo, findStartupNames, maskQuotes, tokenIndexAt, type KoOrgMention } from './find-orgs-ko.ts';
import { findPersonsKo, type KoPerson, type PersonMention } from './find-persons-ko.ts';
import { SUBJECT_PARTICLES } from './ko-lexicon.ts';
import { findCompensationsKo } from './find-compensations-ko.ts';
import { tokenizeKo } from './tokenize-ko.ts';

/** Sentences longer than this are cut, so a page with no sentence break still costs linear time. */
const MAX_SENTENCE = 2000;

/**
 * Extracts the moves a Korean article states.
 * @example extractMovesKo({ article, gazetteer })[0] // { person: 'Ruoming Pang', aliases: ['루오밍 팡'], from: { org: 'Apple', … }, … }
 */
export function extractMovesKo(ctx: ExtractContext): MoveClaim[] {
  const { article, gazetteer } = ctx;
  const body = analyzeKo(article.text, article.published, gazetteer, false);
  // A title kept apart from the body still frames it ("애플, AI 연구원 4명 메타로 이직"): its events only set the frame.
  const title = article.title?.replace(/\s+/g, ' ').trim();
  const frameEvents = title && !article.text.trimStart().startsWith(title) ? analyzeKo(title, article.published, gazetteer, true).events : [];
  return assembleMovesKo({ text: article.text, sentences: body.spans, events: body.events, pay: body.pay, published: article.published, frameEvents, affiliation: body.affiliation });
}

interface Analysis {
  spans: Array<{ start: number; end: number }>;
  events: KoEvent[];
  pay: Array<{ person: KoPerson; comp: Compensation }>;
  affiliation: Map<KoPerson, { org: KoOrgMention; sentence: number }>;
}

/** Sentences, events and pay phrases of one text; `headline` treats the whole text as a headline. */
function analyzeKo(text: string, published: string | null, gazetteer: ExtractContext['gazetteer'], headline: boolean): Analysis {
  const tokens = tokenizeKo(text);
  const spans = splitSentencesKo(text, { maxLength: MAX_SENTENCE, splitAtEllipsis: true });
  const sentenceOfToken = new Int32Array(tokens.length);
  const infos: SentenceInfo[] = [];
  const firstLineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  const headlineLike = headline || (!/[.!?。]\s*$/.test(text.slice(0, firstLineEnd)) && firstLineEnd < 200);
  {
    let k = 0;
    spans.forEach((s, si) => {
      while (k < tokens.length && tokens[k].start < s.start) { sentenceOfToken[k] = Math.max(0, si - 1); k++; }
      const first = k;
      while (k < tokens.length && tokens[k].start < s.end) { sentenceOfToken[k] = si; k++; }
      infos.push({ span: s, firstTok: first, endTok: k, dates: [], headline: headlineLike && s.end <= firstLineEnd });
    });
  }
  const quoteMask = maskQuotes(text);
  const gaz = gazetteer.findMentions(text);
  const orgTokenMask = new Uint8Array(tokens.length);
  for (const m of gaz) for (let k = tokenIndexAt(tokens, m.start); k < tokens.length && tokens[k].start < m.end; k++) orgTokenMask[k] = 1;

  const noOrgs = new Map<number, KoOrgMention>();
  const triggerTokens: number[] = [];
  const candidates = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) if (!quoteMask[tokens[k].start] && matchTrigger(tokens, k, noOrgs, true)) { triggerTokens.push(k); candidates[k] = 1; }

  const found = findPersonsKo(text, tokens, gazetteer, orgTokenMask, sentenceOfToken, triggerTokens);
  const contextOrgs = [...found.contextOrgs, ...findStartupNames(text, tokens, quoteMask, gazetteer)];
  const orgs = findOrgsKo(text, tokens, gazetteer, gaz, contextOrgs, found.mentions);
  const orgCaseAt = new Map<number, KoOrgMention>();
  for (const o of orgs) orgCaseAt.set(o.caseTok, o);
  // Mentions bucketed by sentence, so per-sentence work does not rescan the document.
  const personsIn: PersonMention[][] = infos.map(() => []);
  for (const m of found.mentions) personsIn[sentenceOfToken[m.firstTok]]?.push(m);
  const orgsIn: KoOrgMention[][] = infos.map(() => []);
  for (const o of orgs) orgsIn[sentenceOfToken[Math.min(o.caseTok, tokens.length - 1)]]?.push(o);

  const dctx: DateContext = { published, anchorDay: null, lastMonth: null };
  const events: KoEvent[] = [];
  let prevTopicOrg: KoOrgMention | null = null;
  let prevMover: KoPerson[] | null = null;
  infos.forEach((info, si) => {
    const sentence = text.slice(info.span.start, info.span.end);
    info.dates = findDatesKo(text, info.span.start, info.span.end, dctx, /예정|부터|할 계획/.test(sentence));
    const evs = findEventsKo(text, tokens, si, info, personsIn[si], orgsIn[si], quoteMask, orgCaseAt, prevTopicOrg, prevMover, candidates);
    inheritFromList(evs, events, info, si, personsIn[si], orgsIn[si], quoteMask, text);
    fillFollowUpDate(evs, events, info, si);
    events.push(...evs);
    prevTopicOrg = orgsIn[si].find((o) => (SUBJECT_PARTICLES.has(o.case) || o.case === '로서는') && !quoteMask[o.start]) ?? null;
    const subj = personsIn[si].find((m) => SUBJECT_PARTICLES.has(m.particle) && !m.person.reporter && !quoteMask[m.start]);
    const named = evs.filter((e) => e.persons.length).pop();
    prevMover = named ? named.persons : subj ? [subj.person] : null;
  });

  const pay: Array<{ person: KoPerson; comp: Compensation }> = [];
  for (const [si, info] of infos.entries()) {
    for (const c of findCompensationsKo(text, info.span.start, info.span.end)) {
      const who = personsIn[si].filter((m) => m.end <= c.start && !m.person.reporter).pop();
      if (!who || pay.some((p) => p.person === who.person)) continue;
      const { start: _s, end: _e, ...comp } = c;
      pay.push({ person: who.person, comp });
    }
  }
  // Where each person works when the text first names them with an organization ("오픈AI의 연구원 X", "애플 출신 X").
  const affiliation = new Map<KoPerson, { org: KoOrgMention; sentence: number }>();
  infos.forEach((info, si) => {
    for (const o of orgsIn[si]) {
      if ((o.case !== 'of-person' && o.case !== 'origin') || quoteMask[o.start]) continue;
      const m = personsIn[si].find((x) => x.firstTok >= o.caseTok && x.firstTok <= o.caseTok + 1 && !x.person.reporter);
      if (m && !affiliation.has(m.person)) affiliation.set(m.person, { org: o, sentence: si });
    }
  });
  return { spans, events, pay, affiliation };
}

/**
 * A list sentence after an unnamed-group event ("이들 5명이 … 합류했다. 명단에는 A, B, C가 포함됐다"):
 * each listed person moves as the group did, from the organization their own modifier names.
 */
function inheritFromList(
  evs: KoEvent[], earlier: KoEvent[], info: SentenceInfo, si: number,
  mentions: PersonMention[], orgs: KoOrgMention[], quoteMask: Uint8Array, text: string,
): void {
  if (evs.some((e) => e.persons.length)) return;
  const sentence = text.slice(info.span.start, info.span.end);
  const roster = /명단|이름을 올/.test(sentence);
  if (!roster && !/포함/.test(sentence)) return;
  const group = earlier.filter((e) => e.sentence === si - 1 && !e.persons.length && !e.hedged && e.kind !== 'leave').pop();
  if (!group) return;
  const listed = mentions.filter((m) => m.firstTok >= info.firstTok && m.firstTok < info.endTok && !m.short && !m.person.reporter && !quoteMask[m.start]);
  // "포함" alone is weaker ("CEO를 포함한 경영진"): a list needs two names or more.
  if (!roster && listed.length < 2) return;
  let zone = info.firstTok;
  for (const m of listed) {
    const own = orgs.filter((o) => o.caseTok >= zone && o.caseTok <= m.firstTok && o.org !== group.to?.org && o.case !== 'bound').pop() ?? null;
    evs.push({ ...group, sentence: si, persons: [m.person], from: own ?? group.from, modifier: false, trigTok: m.firstTok });
    zone = m.lastTok + 1;
  }
}

/** "xAI 출근은 2026년 1월부터": a dated sentence about the start, right after a move with no date. */
function fillFollowUpDate(evs: KoEvent[], earlier: KoEvent[], info: SentenceInfo, si: number): void {
  const dated = info.dates.find((d) => d.value);
  if (!dated || evs.some((e) => e.persons.length) || !evs.length) return;
  const prev = earlier.filter((e) => e.sentence === si - 1 && e.persons.length && !e.hedged);
  if (prev.length === 1 && !prev[0].date) prev[0].date = dated.value;
}

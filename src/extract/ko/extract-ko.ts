/** The Korean rule pack: an article in Korean → the talent moves it states, with evidence spans. */
import type { Compensation, MoveClaim } from '../../core/types.ts';
import type { ExtractContext } from '../extract-moves.ts';
import { splitSentencesKo } from './split-sentences-ko.ts';
import { assembleMovesKo } from './assemble-moves-ko.ts';
import { findDatesKo, type DateContext } from './find-dates-ko.ts';
import { findEventsKo, matchTrigger, type KoEvent, type SentenceInfo } from './find-events-ko.ts';
import { findOrgsKo, findStartupNames, maskQuotes, tokenIndexAt, type KoOrgMention } from './find-orgs-ko.ts';
import { findPersonsKo, type KoPerson, type PersonMention } from './find-persons-ko.ts';
import { COPULA_PARTICLES, SUBJECT_PARTICLES } from './ko-lexicon.ts';
import { findCompensationsKo } from './find-compensations-ko.ts';
import { findPersonnelListKo } from './find-personnel-list-ko.ts';
import { tokenizeKo, tokenParts } from './tokenize-ko.ts';

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
  const claims = assembleMovesKo({ text: article.text, sentences: body.spans, events: body.events, pay: body.pay, published: article.published, frameEvents, affiliation: body.affiliation, leadUnits: body.leadUnits });
  // Personnel notices list people line by line, without sentences to read.
  if (article.text.includes('▲') && article.text.includes('인사')) {
    for (const c of findPersonnelListKo(article.text, gazetteer, article.published)) if (!claims.some((x) => x.person === c.person)) claims.push(c);
  }
  return claims;
}

interface Analysis {
  spans: Array<{ start: number; end: number }>;
  events: KoEvent[];
  pay: Array<{ person: KoPerson; comp: Compensation }>;
  affiliation: Map<KoPerson, { org: KoOrgMention; sentence: number }>;
  leadUnits: Map<string, KoOrgMention>;
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

  const startups = findStartupNames(text, tokens, quoteMask, gazetteer);
  const found = findPersonsKo(text, tokens, gazetteer, orgTokenMask, sentenceOfToken, triggerTokens, new Set(startups.map((c) => c.name)));
  const contextOrgs = [...found.contextOrgs, ...startups];
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
  // The person each sentence leaves in focus, for pronouns in pay sentences ("그에게 … 보상을 약속했다").
  const moverAfter: Array<KoPerson[] | null> = [];
  infos.forEach((info, si) => {
    const sentence = text.slice(info.span.start, info.span.end);
    info.dates = findDatesKo(text, info.span.start, info.span.end, dctx, /예정|부터|할 계획/.test(sentence));
    const evs = findEventsKo(text, tokens, si, info, personsIn[si], orgsIn[si], quoteMask, orgCaseAt, prevTopicOrg, prevMover, candidates);
    // Only the previous sentence's events matter here: taken from the tail, so a long text costs no rescans.
    const prevEvs = eventsOfSentence(events, si - 1);
    inheritFromList(evs, prevEvs, info, si, personsIn[si], orgsIn[si], quoteMask, text);
    fillFollowUpDate(evs, prevEvs, info, si);
    fillGroupDestination(evs, prevEvs, si);
    events.push(...evs);
    prevTopicOrg = orgsIn[si].find((o) => (SUBJECT_PARTICLES.has(o.case) || o.case === '로서는') && !quoteMask[o.start]) ?? null;
    // The sentence's subject, a person it identifies ("…하던 X입니다"), or the possessor of its topic ("X 대표의 이력은").
    const subj = personsIn[si].find((m) => (SUBJECT_PARTICLES.has(m.particle) || COPULA_PARTICLES.has(m.particle)
      || (m.particle === '의' && SUBJECT_PARTICLES.has(tokenParts(tokens[m.lastTok + 1] ?? tokens[m.lastTok]).particle))) && !m.person.reporter && !quoteMask[m.start]);
    const named = evs.filter((e) => e.persons.length).pop();
    prevMover = named ? named.persons : subj ? [subj.person] : null;
    moverAfter[si] = prevMover;
  });

  const pay: Array<{ person: KoPerson; comp: Compensation }> = [];
  for (const [si, info] of infos.entries()) {
    for (const c of findCompensationsKo(text, info.span.start, info.span.end)) {
      const named = personsIn[si].filter((m) => m.end <= c.start && !m.person.reporter).pop()?.person;
      const focus = moverAfter[si - 1];
      const who = named ?? (focus?.length === 1 && PRONOUN_RE.test(text.slice(info.span.start, c.start)) ? focus[0] : undefined);
      if (!who || pay.some((p) => p.person === who)) continue;
      const { start: _s, end: _e, ...comp } = c;
      pay.push({ person: who, comp });
    }
  }
  // Where each person works when the text first names them with an organization ("오픈AI의 연구원 X", "애플 출신 X").
  const affiliation = new Map<KoPerson, { org: KoOrgMention; sentence: number }>();
  infos.forEach((info, si) => {
    for (const o of orgsIn[si]) {
      if (quoteMask[o.start]) continue;
      // "메타에서 추천 연구를 하던 X": a past relative clause with "에서" says where X worked.
      if (o.case === '에서') {
        const m = personsIn[si].find((x) => x.firstTok > o.caseTok && x.firstTok <= o.caseTok + 8 && !x.person.reporter && /(던|온)$/.test(tokens[x.firstTok - 1].text));
        if (m && !affiliation.has(m.person)) affiliation.set(m.person, { org: o, sentence: si });
        continue;
      }
      if (o.case !== 'of-person' && o.case !== 'origin') continue;
      const m = personsIn[si].find((x) => x.firstTok >= o.caseTok && x.firstTok <= o.caseTok + 1 && !x.person.reporter);
      if (m && !affiliation.has(m.person)) affiliation.set(m.person, { org: o, sentence: si });
    }
  });
  return { spans, events, pay, affiliation, leadUnits: findLeadUnits(events, orgsIn, quoteMask) };
}

/**
 * The unit each organization is named with before the first named mover ("애플의 AI 연구팀 AFM(…)이 … 인력 유출"):
 * the team the article's departures come from. Kept only when the lead names one unit of that organization.
 */
function findLeadUnits(events: KoEvent[], orgsIn: KoOrgMention[][], quoteMask: Uint8Array): Map<string, KoOrgMention> {
  const named = events.find((e) => e.persons.length && !e.hedged);
  const last = Math.min(named ? named.sentence : 5, orgsIn.length - 1);
  const units = new Map<string, KoOrgMention[]>();
  for (let si = 0; si <= last; si++) {
    for (const o of orgsIn[si]) if (o.team && !quoteMask[o.start]) units.set(o.org, [...(units.get(o.org) ?? []), o]);
  }
  const out = new Map<string, KoOrgMention>();
  for (const [org, list] of units) {
    // A unit the gazetteer knows outranks a described one ("AI 연구팀").
    const known = list.filter((o) => o.teamKnown);
    const pool = known.length ? known : list;
    if (new Set(pool.map((o) => o.team)).size === 1) out.set(org, pool[0]);
  }
  return out;
}

/** The events of sentence `si`, read from the end of the list (events come in sentence order). */
function eventsOfSentence(events: KoEvent[], si: number): KoEvent[] {
  let k = events.length;
  while (k > 0 && events[k - 1].sentence >= si) k--;
  return events.slice(k).filter((e) => e.sentence === si);
}

const PRONOUN_RE = /(?:^|\s)(?:그|그녀)(?:에게|에겐|는|가|의|도)\s/;
const HEADED_ROSTER_RE = /(?:데려간|영입한|합류한|옮긴|스카우트한|떠난|이직한) (?:인물|사람|인력|인재|연구원|엔지니어|임원)들?(?:은|는) /;
const IDENTIFY_RE = /^\s{0,4}(?:주인공|이들|두 사람|세 사람|네 사람|그들|당사자|대상자)(?:은|는|이|가) /;

/**
 * A list sentence after an unnamed-group event ("이들 5명이 … 합류했다. 명단에는 A, B, C가 포함됐다"):
 * each listed person moves as the group did, from the organization their own modifier names.
 */
function inheritFromList(
  evs: KoEvent[], earlier: KoEvent[], info: SentenceInfo, si: number,
  mentions: PersonMention[], orgs: KoOrgMention[], quoteMask: Uint8Array, text: string,
): void {
  const sentence = text.slice(info.span.start, info.span.end);
  // "엔비디아가 데려간 인물은 A, B, C다": the people a hire verb's group noun names are the group, even though the
  // relative clause makes the first name an event of its own.
  const headed = HEADED_ROSTER_RE.test(sentence);
  if (!headed && evs.some((e) => e.persons.length)) return;
  // "주인공은 A와 B다", "이들은 A, B다": a sentence naming the group is a roster too.
  const roster = headed || /명단|이름을 올|이 중에|이 가운데|이들 중|그중|그 중/.test(sentence) || IDENTIFY_RE.test(sentence);
  if (!roster && !/포함/.test(sentence)) return;
  const group = earlier.filter((e) => e.sentence === si - 1 && !e.persons.length && !e.hedged && e.kind !== 'leave').pop();
  if (!group) return;
  const already = new Set(evs.flatMap((e) => e.persons));
  const listed = mentions.filter((m) => m.firstTok >= info.firstTok && m.firstTok < info.endTok && !m.short && !m.person.reporter && !quoteMask[m.start] && !already.has(m.person));
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

/** "LG는 빅테크 출신 연구자들을 데려왔다. A, B, C 등 3명이 합류했다": named joiners with no destination take the group's. */
function fillGroupDestination(evs: KoEvent[], earlier: KoEvent[], si: number): void {
  const group = earlier.filter((e) => e.sentence === si - 1 && !e.persons.length && !e.hedged && e.to && e.kind !== 'leave').pop();
  if (!group) return;
  for (const e of evs) {
    if (!e.persons.length || e.hedged || e.kind === 'leave') continue;
    e.to ??= group.to;
    // "…당시 합류했다": the named people joined when the group did.
    if (e.to === group.to) e.date ??= group.date;
  }
}

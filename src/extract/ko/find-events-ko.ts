/** Move events in Korean sentences: trigger verbs, the person who moves, the organizations they leave or join, hedges and dates. */
import type { SentenceSpan } from './split-sentences-ko.ts';
import type { DateMention } from './find-dates-ko.ts';
import type { KoOrgMention } from './find-orgs-ko.ts';
import type { KoPerson, PersonMention } from './find-persons-ko.ts';
import {
  CLAUSE_ENDINGS, COMMA_CLAUSE_ENDINGS, PERSON_NOUNS, CONDITIONAL_ENDINGS, CONFIRM_VERBS, HEDGES, isTitleWord, NOMINAL_TRIGGERS, NOT_NAME_WORDS, OBJECT_PARTICLES, OBJECT_VERBS, ORG_CONTEXT_WORDS, PERSON_PRONOUNS,
  SIDE_POST_RE, SUBJECT_PARTICLES, TRIGGERS, VERBAL_ENDINGS, type TriggerKind,
} from './ko-lexicon.ts';
import { isParticle, particleAfter, splitParticle, tokenParts, type Token } from './tokenize-ko.ts';
import { findHeadedOrg } from './find-headed-org-ko.ts';

export interface TriggerHit {
  tok: number;
  kind: TriggerKind;
  /** What follows the stem in the token ("했다", "한", "설은"). */
  rest: string;
  /** A noun without a verb ending ("팡의 이직은"). */
  nominal: boolean;
  /** Passive hire ("스카우트됐다", "영입된"): the person is the subject. */
  passive: boolean;
}

export interface KoEvent {
  kind: TriggerKind;
  sentence: number;
  trigTok: number;
  /** The people who move; empty for an unnamed group ("연구원 4명이"). */
  persons: KoPerson[];
  from: KoOrgMention | null;
  to: KoOrgMention | null;
  /** "회사를 떠났다", "전 CTO": the person left an organization the clause does not name. */
  implicitFrom: boolean;
  date: string | null;
  hedged: boolean;
  /** Told in a relative clause about the person ("2023년 구글로 옮겼던 X"), or as a noun ("X의 이직"). */
  modifier: boolean;
  /** "…한 바 있다": told as background. */
  background: boolean;
  role: string | null;
  /** Subject or topic organization of the sentence, for ellipsis. */
  subjectOrg: KoOrgMention | null;
  headline: boolean;
}

export interface SentenceInfo {
  span: SentenceSpan;
  firstTok: number;
  endTok: number;
  dates: DateMention[];
  headline: boolean;
}

const JOIN_FAMILY = new Set<TriggerKind>(['join', 'hire', 'hired', 'return', 'found', 'move', 'follow', 'appoint']);
const TO_CASES = new Set(['에', '로', '으로', '행', '에는', '로는', '에게']);
const FROM_CASES = new Set(['에서', '에서는', '에서도', '로부터', '으로부터', '에게서', '에서부터']);

const HEDGE_RE = new RegExp(HEDGES.join('|'));

const startsWithAny = (s: string, list: readonly string[]) => { for (const x of list) if (s.startsWith(x)) return true; return false; };
/** `startsWithAny(s.slice(at), list)` without the slice: the trigger matcher runs on every token. */
const startsWithAnyAt = (s: string, at: number, list: readonly string[]) => { for (const x of list) if (s.startsWith(x, at)) return true; return false; };
const endsWithAny = (s: string, list: readonly string[]) => { for (const x of list) if (s.endsWith(x)) return true; return false; };

/** Recognises a trigger at token `k`, or returns null. `lenient` accepts "…를 나왔다" before organizations are known. */
// Keyed by the first character's code: no one-character string is made per token.
const TRIGGERS_BY_CHAR = new Map<number, typeof TRIGGERS[number][]>();
for (const t of TRIGGERS) TRIGGERS_BY_CHAR.set(t.stem.charCodeAt(0), [...(TRIGGERS_BY_CHAR.get(t.stem.charCodeAt(0)) ?? []), t]);
const OBJECT_VERB_CHARS = new Set(OBJECT_VERBS.flatMap((o) => o.stems.map((s) => s.charCodeAt(0))));

export function matchTrigger(tokens: Token[], k: number, orgCaseAt: Map<number, KoOrgMention>, lenient = false): TriggerHit | null {
  const tok = tokens[k].text;
  const first = tok.charCodeAt(0);
  const cands = TRIGGERS_BY_CHAR.get(first);
  if (cands) for (const t of cands) {
    if (!tok.startsWith(t.stem)) continue;
    if (t.verbal) {
      const at = t.stem.length;
      if (startsWithAnyAt(tok, at, VERBAL_ENDINGS)) {
        const rest = tok.slice(at);
        const passive = ((t.kind === 'hire' || t.kind === 'appoint') && /^(됐|되|돼|된|될)/.test(rest)) || t.stem === '취임';
        return { tok: k, kind: passive ? 'hired' : t.kind, rest, nominal: false, passive };
      }
      if (!NOMINAL_TRIGGERS.has(t.stem)) continue;
      const rest = tok.slice(at);
      if (rest === '' || particleAfter(rest, '') !== null || rest.startsWith('설')) {
        // "합류를 확정했다": a noun with a verb of decision is a decided event.
        const decided = !rest.startsWith('설') && CONFIRM_VERBS.some((v) => (tokens[k + 1]?.text ?? '').startsWith(v));
        return { tok: k, kind: t.kind, rest: decided ? tokens[k + 1].text : rest, nominal: !decided, passive: false };
      }
      continue;
    }
    return { tok: k, kind: t.kind, rest: tok.slice(t.stem.length), nominal: false, passive: false };
  }
  const prev = tokens[k - 1];
  if (!prev || !OBJECT_VERB_CHARS.has(first)) return null;
  for (const ov of OBJECT_VERBS) {
    let stem: string | undefined;
    for (const s of ov.stems) if (tok.startsWith(s)) { stem = s; break; }
    if (!stem) continue;
    const { stem: pStem, particle } = tokenParts(prev);
    if (ov.object === '*to') {
      // The whole token must be the verb form ("간", not "간담회"), right after "ORG로".
      if (tok !== stem) continue;
      if (['로', '으로'].includes(tokenParts(prev).particle) && (lenient || orgCaseAt.get(k - 1) !== undefined)) return { tok: k, kind: ov.kind, rest: '', nominal: false, passive: false };
      continue;
    }
    const objectOk = ov.object === '*org'
      ? OBJECT_PARTICLES.has(particle) && (lenient || pStem === '회사' || orgCaseAt.get(k - 1) !== undefined)
      : pStem === ov.object && (OBJECT_PARTICLES.has(particle) || ov.object === '사표');
    if (objectOk) return { tok: k, kind: ov.kind, rest: tok.slice(stem.length), nominal: false, passive: false };
  }
  return null;
}

/** Is the event only talk, an offer, a refusal, a plan not decided, or a negation? Looks from the trigger to the end of its clause. */
function isHedged(tokens: Token[], hit: TriggerHit, clauseEnd: number): boolean {
  if (hit.rest.startsWith('설') || CONDITIONAL_ENDINGS.some((e) => hit.rest.endsWith(e))) return true;
  if (/지$/.test(hit.rest) && /^(않|못|말)/.test(tokens[hit.tok + 1]?.text ?? '')) return true;
  for (let k = hit.tok; k < clauseEnd; k++) {
    const t = k === hit.tok ? hit.rest : tokens[k].text;
    // "복귀해 … 해석 가능성을 연구하는 팀": a hedge noun as the object inside a later relative clause is not about the move.
    if (HEDGE_RE.test(t) && !(k > hit.tok + 1 && /[을를]$/.test(t) && isAdnominalForm(tokens[k + 1]?.text ?? ''))) return true;
    if ((t === '수' || t === '수도') && /^있/.test(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/** A clause ends at "했지만", "했으나", or "옮겼고," (a connective ending before a comma). */
function endsClause(tok: Token): boolean {
  return endsWithAny(tok.text, CLAUSE_ENDINGS) || (tok.next === ',' && endsWithAny(tok.text, COMMA_CLAUSE_ENDINGS));
}

const isFinite = (t: string) => /(다|다고|다며|습니다|니다|다는)$/.test(t);

/** A verb form that modifies a noun ("이직하는 사례", "옮긴 연구원", "합류할 사람"): its subject is that noun, not an earlier person. */
function isAdnominalForm(t: string): boolean {
  const c = t.charCodeAt(t.length - 1);
  if (c < 0xac00 || c > 0xd7a3) return false;
  const jong = (c - 0xac00) % 28;
  return jong === 4 || jong === 8 || t.endsWith('는') || t.endsWith('던');
}

/**
 * Finds the move events of one sentence. `prevTopicOrg` is the organization the previous sentence was about,
 * `prevMover` the person it moved (Korean drops repeated subjects).
 */
export function findEventsKo(
  text: string,
  tokens: Token[],
  si: number,
  info: SentenceInfo,
  persons: PersonMention[],
  orgs: KoOrgMention[],
  quoteMask: Uint8Array,
  orgCaseAt: Map<number, KoOrgMention>,
  prevTopicOrg: KoOrgMention | null,
  prevMover: KoPerson[] | null,
  candidates: Uint8Array,
): KoEvent[] {
  const { firstTok, endTok } = info;
  const hits: TriggerHit[] = [];
  for (let k = firstTok; k < endTok && hits.length < 24; k++) {
    if (!candidates[k] || quoteMask[tokens[k].start]) continue;
    const h = matchTrigger(tokens, k, orgCaseAt);
    if (h) hits.push(h);
  }
  const orgHead = orgs.filter((o) => o.case === '행' && o.caseTok >= firstTok && o.caseTok < endTok && !quoteMask[o.start]);
  for (const o of orgHead) if (!hits.some((h) => h.tok === o.caseTok)) hits.push({ tok: o.caseTok, kind: 'join', rest: '', nominal: false, passive: false });
  hits.sort((a, b) => a.tok - b.tok);
  if (!hits.length) return [];

  const pm = persons.filter((m) => m.firstTok >= firstTok && m.firstTok < endTok && !quoteMask[m.start] && !m.person.reporter);
  const om = orgs.filter((o) => o.caseTok >= firstTok && o.caseTok < endTok && !quoteMask[o.start] && o.case !== 'bound');
  const subjectCase = (o: KoOrgMention) => SUBJECT_PARTICLES.has(o.case) || o.case === '로서는' || (info.headline && (o.case === '' || tokens[o.caseTok].next === ','));
  const events: KoEvent[] = [];

  /**
   * Gapping: "A는 지난 4일 앤트로픽으로, B는 6일 구글로 각각 자리를 옮겼다" — an earlier subject with its own
   * destination and a comma shares the verb; it gets its own event with its own date.
   */
  const pushGapped = (event: KoEvent, mover: PersonMention, prevTok: number) => {
    const subjects = pm.filter((m) => m.firstTok > prevTok && m.lastTok < mover.firstTok && SUBJECT_PARTICLES.has(m.particle));
    subjects.forEach((m, i) => {
      const end = (subjects[i + 1] ?? mover).firstTok;
      if (tokens[end - 1]?.next !== ',') return;
      const own = om.filter((o) => o.caseTok > m.lastTok && o.caseTok < end);
      const dest = own.filter((o) => TO_CASES.has(o.case)).pop();
      if (!dest) return;
      const d = info.dates.filter((x) => x.start >= tokens[m.lastTok].end && x.end <= tokens[end - 1].end).pop();
      const origin = om.filter((o) => o.caseTok > prevTok && o.caseTok < m.firstTok && (o.case === 'origin' || o.case === 'of-person' || FROM_CASES.has(o.case))).pop();
      events.push({ ...event, persons: [m.person], to: dest, from: origin ?? event.from, date: d?.value ?? event.date, trigTok: m.firstTok });
    });
  };

  hits.forEach((hit, hi) => {
    const prevTok = hi > 0 ? hits[hi - 1].tok : firstTok - 1;
    let clauseEnd = endTok;
    for (let k = hit.tok; k < endTok; k++) { if (k > hit.tok && hits.some((h) => h.tok === k)) { clauseEnd = k; break; } if (endsClause(tokens[k])) { clauseEnd = k + 1; break; } }
    const hedged = isHedged(tokens, hit, clauseEnd);
    const headlineEnd = info.headline && hit.nominal;

    // Who moves.
    const { mover, modifier, agentive, moverPersons, chain } = whoMoves(text, tokens, hit, pm, headlineEnd, firstTok, prevMover, orgCaseAt);

    // Organizations and their roles.
    const inWindow = om.filter((o) => o.caseTok > prevTok && (o.caseTok < hit.tok || (o.case === '행' && o.caseTok === hit.tok)));
    const pick = (list: KoOrgMention[]) => (list.length ? list[list.length - 1] : null);
    let from: KoOrgMention | null = null;
    let to: KoOrgMention | null = null;
    const k = hit.kind;
    const kindCase = (o: KoOrgMention): 'from' | 'to' | null => {
      if (o.case === 'origin' || o.case === 'of-person') return 'from';
      if (FROM_CASES.has(o.case)) return 'from';
      if (TO_CASES.has(o.case)) return k === 'leave' ? (o.case === '에' ? 'from' : 'to') : 'to';
      if (OBJECT_PARTICLES.has(o.case)) return k === 'leave' ? 'from' : k === 'found' ? 'to' : null;
      if (info.headline && (o.case === '' || subjectCase(o))) return k === 'hire' || k === 'appoint' || k === 'join' || k === 'found' ? 'to' : 'from';
      return null;
    };
    from = pick(inWindow.filter((o) => kindCase(o) === 'from'));
    to = pick(inWindow.filter((o) => kindCase(o) === 'to'));
    let subjectOrg = pick(om.filter((o) => o.caseTok < hit.tok && subjectCase(o)));
    if (info.headline && subjectOrg && !to && !from) {
      if (k === 'hire' || k === 'appoint' || k === 'join' || k === 'found') to = subjectOrg; else from = subjectOrg;
    }
    if (agentive) {
      const agent = pick(om.filter((o) => o.caseTok < hit.tok && subjectCase(o)));
      if (agent && agent !== from) to = agent;
      else if (!to) to = prevTopicOrg;
      if (to === subjectOrg) subjectOrg = null;
    }
    if (mover) {
      // Background of the person: "애플 출신의 X", "오픈AI에서 …하던 X", "X 전 업스테이지 부사장".
      const inside = om.filter((o) => o.start > mover!.start && o.start < tokens[mover!.lastTok].end);
      const prevPerson = pm.filter((m) => m.lastTok < mover!.firstTok).pop();
      const zoneStart = prevPerson ? prevPerson.lastTok + 1 : firstTok;
      // An organization before an earlier trigger that itself precedes the person modifies that trigger's clause, not the person.
      const clauseStart = prevTok < mover.firstTok ? prevTok : -1;
      const preZone = om.filter((o) => o.caseTok >= zoneStart && o.caseTok > clauseStart && o.caseTok < mover!.firstTok && !subjectCase(o) && !TO_CASES.has(o.case) && o !== to);
      const bg = inside.find((o) => o !== to) ?? null;
      const aff = bg ?? (!from ? pick(preZone.filter((o) => o.org !== to?.org)) : null);
      // "모노리스랩스의 공동 창업자인 X는 구글을 떠나 합류했다": after leaving elsewhere in the sentence, the organization
      // the person is titled with is where they went.
      const leftElsewhere = aff && !to && (k === 'join' || k === 'found')
        && events.some((e) => e.kind === 'leave' && e.from && e.from.org !== aff.org && e.persons.includes(mover!.person));
      if (leftElsewhere) to = aff;
      else if (aff) from = aff;
    }
    const unit = k === 'move' || k === 'join' ? findUnitDestination(tokens, prevTok + 1, hit.tok, orgCaseAt, om) : null;
    // "구글 딥마인드 제미나이 팀으로": the organization the unit is named with is where the person went.
    if (unit?.owner && !to && unit.owner.org !== from?.org) to = unit.owner;
    let internal = inWindow.some((o) => o.case === 'within') || (!!unit && !unit.owner && (!to || to.caseTok < unit.tok));
    if (from && to && from.org === to.org) {
      // "구글에서 딥마인드로 옮겼다": both sides in one company is a reorganisation, not a move.
      if (k === 'return') from = null; else if (k === 'leave') to = null; else internal = true;
    }
    const beforeTok = tokens[hit.tok - 1];
    const implicitFrom = !from && ((beforeTok && /^회사(를|을|에|에서)$/.test(beforeTok.text)) || (mover !== null && hasFormerTitle(tokens, mover)));
    if (implicitFrom && !from) {
      // "회사를 떠났다": the company is the one the sentence is about, else the previous sentence's topic.
      // Built with add, not map().concat(): that call site deoptimised this whole closure ("wrong map" in
      // --trace-deopt) as the arrays' element kinds changed, and each recompile costs hundreds of ms of CPU.
      const toOrgs = new Set<string | undefined>();
      for (const e of events) toOrgs.add(e.to?.org);
      toOrgs.add(to?.org);
      const here = om.filter((o) => o.caseTok < hit.tok && !TO_CASES.has(o.case) && !toOrgs.has(o.org) && (FROM_CASES.has(o.case) || o.case === 'origin' || o.case === 'of-person' || subjectCase(o)));
      from = here.length ? here[here.length - 1] : prevTopicOrg && prevTopicOrg.org !== to?.org ? prevTopicOrg : null;
    }
    if (!to && (k === 'join' || (k === 'hired')) && subjectOrg && subjectOrg.org !== from?.org && !hit.nominal) to = subjectOrg;
    if (!to && k === 'found' && !isFinite(tokens[hit.tok].text)) {
      // "X가 창업한 스타트업 노바(Nova)가": the founded company is the noun the clause modifies.
      const next = om.find((o) => o.firstTok > hit.tok && o.firstTok <= hit.tok + 3);
      if (next && next.org !== from?.org) to = next;
    }
    if (!to && k === 'found' && subjectOrg && subjectOrg.org !== from?.org) to = subjectOrg;
    if (!to && k === 'found') to = quotedObject(text, tokens, hit.tok, prevTok) ?? bareObject(tokens, hit.tok, prevTok);
    // "노바 AI 대표 X는 오픈AI를 떠나 (이 회사를) 창업했다/합류했다": the company the person heads is where they went.
    if (!to && mover && (k === 'found' || (k === 'join' && events.some((e) => e.kind === 'leave' && e.from && e.persons.includes(mover!.person))))) {
      to = findHeadedOrg(text, tokens, mover, firstTok - 1, (q) => orgCaseAt.has(q) || orgs.some((o) => o.firstTok <= q && o.caseTok >= q));
    }

    // When, and in what role.
    const date = dateOfHit(info, tokens, hit, hi, prevTok, clauseEnd, events, moverPersons);
    const role = roleBefore(tokens, hit, prevTok, orgCaseAt);

    // An outside directorship or advisory post is held beside one's job: not a move.
    if (k === 'appoint' || k === 'hired' || k === 'hire') { if (role && SIDE_POST_RE.test(role)) internal = true; }
    const background = /^(바|적)$/.test(tokens[hit.tok + 1]?.text ?? '') && /^있/.test(tokens[hit.tok + 2]?.text ?? '');
    const event: KoEvent = {
      kind: k, sentence: si, trigTok: hit.tok, persons: moverPersons, from, to, implicitFrom, date, hedged: hedged || internal, modifier, background, role,
      subjectOrg, headline: info.headline,
    };
    if (mover && chain.length < 2 && JOIN_FAMILY.has(k) && !agentive) pushGapped(event, mover, prevTok);
    if (chain.length < 2) { events.push(event); return; }
    // A list of people each introduced with their own origin ("아마존 출신 A, 마이크로소프트에서 …하던 B"): one event each.
    let zone = chain[0].firstTok;
    for (const [ci, m] of chain.entries()) {
      const own = om.filter((o) => o.caseTok >= (ci ? zone : prevTok + 1) && o.caseTok <= m.lastTok && o.org !== to?.org
        && (o.case === 'origin' || o.case === 'of-person' || FROM_CASES.has(o.case))).pop();
      events.push({ ...event, persons: [m.person], from: own ?? from });
      zone = m.lastTok + 1;
    }
  });

  // "카카오를 떠나 새벽랩스의 CTO를 맡았다": a post taken up after leaving names the destination.
  for (const e of events) {
    if (e.kind !== 'leave' || e.to || e.hedged) continue;
    const post = om.find((o) => o.caseTok > e.trigTok && o.case === 'origin' && o.org !== e.from?.org && takesPost(tokens, o.caseTok));
    if (post) e.to = post;
  }

  // Ellipsis inside the sentence: "A가 미스트랄로 옮겼고, 10월에는 B가 합류했다"; "뒤를 이었다" copies the previous event.
  events.forEach((e, i) => {
    if (e.kind === 'follow') {
      const p = events[i - 1];
      if (p) { e.to ??= p.to; e.from ??= p.from; e.kind = p.kind; }
    }
    if (!e.to && JOIN_FAMILY.has(e.kind) && e.kind !== 'move') {
      const other = [...events.slice(0, i).reverse(), ...events.slice(i + 1)].find((x) => x.to && JOIN_FAMILY.has(x.kind) && x.to.org !== e.from?.org);
      if (other) e.to = other.to;
    }
  });
  return events;
}

/**
 * Who moves at a trigger: the mover's mention (with the people listed with it) or, for a subjectless clause, the
 * previous sentence's mover. Split out of findEventsKo's per-trigger closure, as are dateOfHit and roleBefore, so
 * that V8 compiles and recompiles these parts separately rather than one closure of ~2,000 bytecodes.
 */
function whoMoves(
  text: string, tokens: Token[], hit: TriggerHit, pm: PersonMention[], headlineEnd: boolean, firstTok: number,
  prevMover: KoPerson[] | null, orgCaseAt: Map<number, KoOrgMention>,
): { mover: PersonMention | null; modifier: boolean; agentive: boolean; moverPersons: KoPerson[]; chain: PersonMention[] } {
  let mover: PersonMention | null = null;
  let modifier = hit.nominal;
  const before = pm.filter((m) => m.lastTok < hit.tok).reverse();
  const agentive = (hit.kind === 'hire' || hit.kind === 'appoint') && !hit.passive;
  if (agentive) {
    // The hired person is the object: "X를 영입", "X도 데려왔다", a headline's "X 영입".
    mover = before.find((m) => OBJECT_PARTICLES.has(m.particle) || m.particle === '도' || (m.particle === '' && m.lastTok + 1 === hit.tok)) ?? null;
  } else {
    if (hit.nominal) mover = before.find((m) => m.particle === '의' && m.lastTok + 1 === hit.tok) ?? null;
    // A headline drops particles: "前 네이버 AI 총괄 김민석, 크래프톤 합류".
    if (!mover && headlineEnd) mover = before.find((m) => m.particle === '' || SUBJECT_PARTICLES.has(m.particle)) ?? null;
    if (!mover && !hit.nominal) {
      mover = before.find((m) => SUBJECT_PARTICLES.has(m.particle)
        || (m.particle === '의' && (tokens[m.lastTok + 1]?.text ?? '').startsWith('경우'))
        || (headlineEnd && m.particle === '' && m.lastTok + 1 === hit.tok)) ?? null;
    }
  }
  // "X가 설립한 회사에 메타 출신 연구원들이 합류했다": a group subject nearer the verb is who moves, not X.
  if (mover && !agentive && hasGroupSubject(tokens, mover.lastTok + 1, hit.tok)) mover = null;
  if (!mover && !hit.nominal && !isFinite(tokens[hit.tok].text)) {
    // A relative clause: "2023년 구글로 옮겼던 X", "이달 영입한 X의".
    // A comma ends the relative clause ("영입하고 있는 만큼, 한 박사의 합류가"): a name after it is not its head.
    const after = pm.find((m) => m.firstTok > hit.tok && !tokens.slice(hit.tok, m.firstTok).some((t, j) => (j > 0 && (isFinite(t.text) || endsClause(t))) || t.next === ','));
    if (after) { mover = after; modifier = true; }
  }
  let moverPersons: KoPerson[] = [];
  const chain: PersonMention[] = [];
  if (mover) {
    moverPersons = [mover.person];
    chain.push(mover);
    // Coordination: "톰 건터와 마크 리 등도", "A, B가".
    let cur = mover;
    for (;;) {
      // "A와 B가" joins two names only side by side ("A와 함께 일하던 B" is company, not a list); "A(…), …하던 B" may have a modifier between.
      const prev = pm.find((m) => m.lastTok < cur.firstTok && (((m.particle === '와' || m.particle === '과') && m.lastTok + 1 === cur.firstTok)
        || (m.particle === '' && /^\)?\s{0,2}[,·]/.test(text.slice(tokens[m.lastTok].end, tokens[m.lastTok].end + 4)) && listGap(tokens, m.lastTok + 1, cur.firstTok, pm))));
      if (!prev) break;
      if (!moverPersons.includes(prev.person)) { moverPersons.unshift(prev.person); chain.unshift(prev); }
      cur = prev;
    }
  } else if (prevMover && !agentive && !hit.nominal && !isAdnominalForm(tokens[hit.tok].text)
    && (isSubjectless(tokens, firstTok, hit.tok, orgCaseAt) || hasPronounSubject(tokens, firstTok, hit.tok))) {
    moverPersons = prevMover;
  }
  return { mover, modifier, agentive, moverPersons, chain };
}

/** When the move at a trigger happened: a date before it in its clause, the announcement's date after it, or the date of the leave it follows. */
function dateOfHit(
  info: SentenceInfo, tokens: Token[], hit: TriggerHit, hi: number, prevTok: number, clauseEnd: number, events: KoEvent[], moverPersons: KoPerson[],
): string | null {
  const k = hit.kind;
  const dates = info.dates.filter((d) => d.end <= tokens[hit.tok].start && d.start > (hi > 0 ? tokens[prevTok].end : -1));
  let date = dates.length ? dates[dates.length - 1].value : null;
  if (!dates.length) {
    // "영입했다고 3일 밝혔다": the announcement's date, when nothing earlier dates the move.
    const after = info.dates.find((d) => d.start >= tokens[hit.tok].end && d.end <= (tokens[clauseEnd - 1]?.end ?? info.span.end) && d.start - tokens[hit.tok].end < 30);
    if (after) date = after.value;
  }
  const prevEvent = events[events.length - 1];
  // "지난달 애플을 떠나 메타에 합류했다" shares one date; a relative clause's date ("2년 전 … 떠났던 X를") does not pass on.
  if (!dates.length && prevEvent && prevEvent.kind === 'leave' && !prevEvent.modifier && k !== 'leave' && sameList(prevEvent.persons, moverPersons)) date = prevEvent.date;
  return date;
}

/** The role a trigger names: "AI 부문 총괄로 합류", "연구 총괄로". */
function roleBefore(tokens: Token[], hit: TriggerHit, prevTok: number, orgCaseAt: Map<number, KoOrgMention>): string | null {
  let role: string | null = null;
  for (let q = hit.tok - 1; q > prevTok && q >= hit.tok - 4; q--) {
    const { stem, particle } = tokenParts(tokens[q]);
    if ((particle === '로' || particle === '으로') && isTitleWord(stem)) {
      const words = [stem];
      for (let r = q - 1; r > prevTok && words.length < 3; r--) {
        const t = tokens[r].text;
        if (splitParticle(t).particle || isParticle(t) || orgCaseAt.has(r) || /\d/.test(t)) break;
        words.unshift(t);
      }
      role = words.join(' ');
      break;
    }
  }
  return role;
}

const UNIT_DEST_RE = /(?:팀|부서|조직|본부|부문|사업부|센터|랩|실)$/;

/**
 * "평가팀으로 자리를 옮겼다": a destination that is a unit ("…팀으로"), and the organization named just before it, if any.
 * A unit of no named organization, with no organization after it ("네이버 … 조직에 있던 X는 검색팀으로"), is a transfer
 * inside the company.
 */
function findUnitDestination(
  tokens: Token[], from: number, trig: number, orgCaseAt: Map<number, KoOrgMention>, om: KoOrgMention[],
): { tok: number; owner: KoOrgMention | null } | null {
  for (let q = Math.max(from, trig - 4); q < trig; q++) {
    const { stem, particle } = tokenParts(tokens[q]);
    if (!(particle === '로' || particle === '으로') || !(stem.length >= 2 || stem === '팀') || !UNIT_DEST_RE.test(stem) || orgCaseAt.has(q)) continue;
    // An organization named just before the unit owns it ("구글 딥마인드 제미나이 팀으로"); one that describes the person
    // ("메타의 X 리더는") or marks another role (에서, 를, 로) does not.
    const owner = om.find((o) => o.caseTok >= q - 3 && o.caseTok < q && o.case !== 'of-person' && o.case !== 'origin'
      && !FROM_CASES.has(o.case) && !TO_CASES.has(o.case) && !OBJECT_PARTICLES.has(o.case)) ?? null;
    return { tok: q, owner };
  }
  return null;
}

/** "CTO를 맡았다", "대표를 맡게 됐다": a title as the object of 맡다 in a finite or connective form, not "맡았던". */
function takesPost(tokens: Token[], k: number): boolean {
  // The object particle is on the title or after its bracket ("최고기술책임자(CTO)를"): look a few tokens on.
  let j = k;
  while (j < k + 3 && j + 1 < tokens.length && !OBJECT_PARTICLES.has(tokenParts(tokens[j]).particle) && !OBJECT_PARTICLES.has(tokens[j].text)) j++;
  const { particle } = tokenParts(tokens[j]);
  const verb = tokens[j + 1]?.text ?? '';
  return (OBJECT_PARTICLES.has(particle) || OBJECT_PARTICLES.has(tokens[j].text)) && /^맡(았다|았고|았으며|아|게|기로|는다|았습니다)/.test(verb) && !/(던|은)$/.test(verb);
}

/** Between two listed names ("A(…), 마이크로소프트에서 …하던 B"): a short modifier, no clause end, no other person. */
function listGap(tokens: Token[], from: number, to: number, pm: PersonMention[]): boolean {
  if (to - from > 8) return false;
  for (let k = from; k < to; k++) if (isFinite(tokens[k].text) || endsClause(tokens[k]) || SUBJECT_PARTICLES.has(tokenParts(tokens[k]).particle)) return false;
  return !pm.some((m) => m.firstTok >= from && m.firstTok < to);
}

const GROUP_NOUNS = new Set(PERSON_NOUNS);
const COUNT_SUBJECT = /^(?:\d{1,4}|[두세네]|여러|수십|십수)\s?명(?:이|은|도|가)$/;

/** A subject-marked group noun or count ("연구원들이", "3명이") between two tokens. */
function hasGroupSubject(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const { stem, particle } = tokenParts(tokens[k]);
    if ((SUBJECT_PARTICLES.has(particle) && GROUP_NOUNS.has(stem)) || COUNT_SUBJECT.test(tokens[k].text)) return true;
  }
  return false;
}

function sameList(a: KoPerson[], b: KoPerson[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** "'바부슈킨 벤처스'를 설립": a quoted name as the object of founding, as an organization known from context only. */
function quotedObject(text: string, tokens: Token[], trig: number, prevTok: number): KoOrgMention | null {
  const obj = tokens[trig - 1];
  if (!obj || trig - 1 <= prevTok || !(obj.text === '를' || obj.text === '을')) return null;
  const close = obj.start - 1;
  if (!/['’"”]/.test(text[close] ?? '')) return null;
  const open = Math.max(text.lastIndexOf("'", close - 1), text.lastIndexOf('‘', close - 1), text.lastIndexOf('"', close - 1), text.lastIndexOf('“', close - 1));
  if (open < 0 || close - open > 40 || close - open < 2) return null;
  const name = text.slice(open + 1, close).trim();
  if (!name || /[.,!?]/.test(name)) return null;
  return { start: open + 1, end: close, text: name, org: name, team: null, verified: false, caseTok: trig - 1, case: '를', firstTok: trig - 1 };
}

/** "큐브릭스를 창업했다": the object of founding, when it is a name and not a common noun, as an organization known from context only. */
function bareObject(tokens: Token[], trig: number, prevTok: number): KoOrgMention | null {
  const obj = tokens[trig - 1];
  if (!obj || trig - 1 <= prevTok) return null;
  const { stem, particle } = tokenParts(obj);
  if (!OBJECT_PARTICLES.has(particle) || stem.length < 2 || NOT_NAME_WORDS.has(stem) || ORG_CONTEXT_WORDS.has(stem) || isTitleWord(stem) || /\d/.test(stem)) return null;
  return { start: obj.start, end: obj.start + stem.length, text: stem, org: stem, team: null, verified: false, caseTok: trig - 1, case: particle, firstTok: trig - 1 };
}

/** "그는 2019년 삼성리서치에 입사해": a pronoun subject before the trigger. */
function hasPronounSubject(tokens: Token[], from: number, trig: number): boolean {
  for (let k = from; k < trig; k++) if (PERSON_PRONOUNS.has(tokens[k].text)) return true;
  return false;
}

/** "박재형 전 최고기술책임자(CTO)": a former title with no organization named. */
function hasFormerTitle(tokens: Token[], m: PersonMention): boolean {
  for (let k = m.firstTok + 1; k <= m.lastTok; k++) if (tokens[k].text === '전' || tokens[k].text === '前') return true;
  return false;
}

/** True when nothing before the trigger marks a subject of its own (dates and organizations aside): Korean dropped it. */
const PARTICLES_ONLY = new Set(['이', '가', '은', '는', '도']);

function isSubjectless(tokens: Token[], from: number, trig: number, orgCaseAt: Map<number, KoOrgMention>): boolean {
  for (let k = from; k < trig; k++) {
    const t = tokens[k].text;
    const { stem, particle } = PARTICLES_ONLY.has(t) ? { stem: tokens[k - 1]?.text ?? '', particle: t } : splitParticle(t);
    if (!SUBJECT_PARTICLES.has(particle)) continue;
    if (/^(\d{1,4}(년|월|일)|지난달|이달|이번|지난해|올해|작년|당시|최근|그때|이날|전날)/.test(stem) || /(년|월|일|달|주|해|때|이후|이전|에서)$/.test(stem)) continue;
    if (orgCaseAt.has(k)) return false;
    return false;
  }
  return true;
}

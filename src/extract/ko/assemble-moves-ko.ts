/** Joins a Korean article's events into one claim per person and move: merging, framing, career history, chains, pay. */
import type { Compensation, MoveClaim, OrgSlot, Span } from '../../core/types.ts';
import { comparePartialDates } from '../common/partial-date.ts';
import type { KoEvent } from './find-events-ko.ts';
import type { KoOrgMention } from './find-orgs-ko.ts';
import type { KoPerson } from './find-persons-ko.ts';
import { minOf } from '../common/extremes.ts';

interface Side { org: string; team: string | null; verified: boolean; mention: string }

interface Draft {
  person: KoPerson;
  from: Side | null;
  to: Side | null;
  date: string | null;
  kinds: Set<string>;
  sentences: Set<number>;
  role: string | null;
  background: boolean;
  modifierOnly: boolean;
  framed: boolean;
  explicitVerb: boolean;
}

export interface AssembleInput {
  text: string;
  sentences: Array<{ start: number; end: number }>;
  events: KoEvent[];
  /** Pay phrases with the person they are about. */
  pay: Array<{ person: KoPerson; comp: Compensation }>;
  published: string | null;
  /** Events of a title kept apart from the text: they frame the article but are not claims. */
  frameEvents?: KoEvent[];
  /** The organization each person is first named with, and in which sentence. */
  affiliation?: Map<KoPerson, { org: KoOrgMention; sentence: number }>;
  /** The one unit of an organization the lead names ("애플의 AI 연구팀 AFM"): the team of that organization's side when the text names none. */
  leadUnits?: Map<string, KoOrgMention>;
}

const side = (o: KoOrgMention | null): Side | null => (o ? { org: o.org, team: o.team, verified: o.verified, mention: o.text } : null);
const ANNOUNCE_KINDS = new Set(['hire', 'hired', 'appoint']);
const sharesOrg = (d: { from: Side | null; to: Side | null }, e: { from: Side | null; to: Side | null }) =>
  (!!d.to && d.to.org === e.to?.org) || (!!d.from && d.from.org === e.from?.org);
const DESTINATION_KINDS = new Set(['join', 'hire', 'hired', 'return', 'found', 'move', 'follow', 'appoint']);

/** The organization the article is about when it names no other: from its headline and lead (e.g. "애플, … 메타로 이직"). */
function findFrame(events: KoEvent[]): { from: Side | null; to: Side | null } {
  const lead = events.filter((e) => (e.headline || e.sentence <= 5) && !e.hedged);
  // A title kept apart counts as the headline.
  const uniq = (list: Array<KoOrgMention | null>): Side | null => {
    const names = [...new Set(list.filter((x): x is KoOrgMention => x !== null).map((x) => x.org))];
    return names.length === 1 ? side(list.find((x) => x && x.org === names[0]) ?? null) : null;
  };
  const headline = lead.filter((e) => e.headline);
  const from = uniq(headline.map((e) => e.from)) ?? uniq(lead.filter((e) => !e.persons.length).map((e) => e.from));
  const to = uniq(headline.map((e) => e.to)) ?? uniq(lead.filter((e) => !e.persons.length).map((e) => e.to));
  return { from, to: to && from && to.org === from.org ? null : to };
}

/** Two partial dates that can describe the same move. */
function datesAgree(a: string | null, b: string | null): boolean {
  return !a || !b || comparePartialDates(a, b) === 0;
}

/**
 * Turns events into claims: one per person and move. Events of one person merge when their
 * organizations and dates do not conflict; earlier moves of a person with a later one are history.
 */
export function assembleMovesKo(input: AssembleInput): MoveClaim[] {
  const { events, sentences, text } = input;
  const frame = findFrame([...(input.frameEvents ?? []), ...events.map((e) => (input.frameEvents?.length ? { ...e, headline: false } : e))]);
  const drafts: Draft[] = [];
  for (const e of events) {
    if (e.hedged || !e.persons.length) continue;
    for (const person of e.persons) {
      const ev = { from: side(e.from), to: side(e.to), date: e.date };
      // An event that names no organization ("청 부사장은 다음 달부터 출근한다") adds to the person's latest move.
      const bare = !ev.from && !ev.to;
      const target = bare && !e.background ? drafts.filter((d) => d.person === person).pop() : drafts.find((d) => d.person === person
        && (!ev.from || !d.from || d.from.org === ev.from.org)
        && (!ev.to || !d.to || d.to.org === ev.to.org)
        && !((ev.from ?? d.from) && (ev.to ?? d.to) && (ev.from ?? d.from)!.org === (ev.to ?? d.to)!.org)
        && (datesAgree(d.date, ev.date) || (d.kinds.has('leave') !== (e.kind === 'leave'))
          // "X를 CTO로 선임했다고 20일 밝혔다 … 11월 1일부터 출근한다": the announcement and the start are one move.
          || ([...d.kinds].some((k) => ANNOUNCE_KINDS.has(k)) !== ANNOUNCE_KINDS.has(e.kind) && sharesOrg(d, ev))));
      // "2016년 멜라녹스에 입사했고": a step naming no known organization, dated before the person's move, is an earlier step
      // (a later date is the start: "다음 달부터 출근한다").
      if (target && bare && target.date && ev.date && comparePartialDates(ev.date, target.date) < 0) continue;
      if (target) {
        target.from = withTeam(target.from, ev.from);
        target.to = withTeam(target.to, ev.to);
        // A start date given after the announcement is the move's date; a leaving date yields to a joining one.
        // A coarser date that agrees ("올해" after "지난 18일") never replaces a finer one.
        const coarser = !!target.date && !!ev.date && ev.date.length < target.date.length && datesAgree(ev.date, target.date);
        if (ev.date && !coarser && (!target.date || (ev.date.length > target.date.length && datesAgree(ev.date, target.date)) || e.kind !== 'leave')) target.date = ev.date;
        target.kinds.add(e.kind);
        target.sentences.add(e.sentence);
        target.role ??= e.role;
        target.background ||= e.background;
        target.modifierOnly &&= e.modifier;
        target.explicitVerb ||= !e.modifier;
      } else {
        drafts.push({
          person, from: ev.from, to: ev.to, date: ev.date, kinds: new Set([e.kind]), sentences: new Set([e.sentence]), role: e.role,
          background: e.background, modifierOnly: e.modifier, framed: false, explicitVerb: !e.modifier,
        });
      }
    }
  }

  // Career history: a person's moves dated before their latest one, or told as background.
  const byPerson = new Map<KoPerson, Draft[]>();
  for (const d of drafts) byPerson.set(d.person, [...(byPerson.get(d.person) ?? []), d]);
  const history = new Set<Draft>();
  for (const list of byPerson.values()) {
    if (list.length < 2) { if (list[0].background) history.add(list[0]); continue; }
    // An undated move in a dated article is told as news: it counts as the latest.
    const dated = list.map((d) => d.date ?? (d.background ? null : input.published)).filter((x): x is string => !!x).sort();
    const latest = dated[dated.length - 1];
    for (const d of list) {
      if (d.background || (d.date && latest && comparePartialDates(d.date, latest) < 0)) history.add(d);
    }
    markEarlierSteps(list, history);
    // Chains: a step's origin is the previous step's destination.
    const ordered = [...list].sort((a, b) => (a.date && b.date ? (a.date < b.date ? -1 : 1) : a.date ? -1 : b.date ? 1 : 0));
    for (let i = 0; i < ordered.length; i++) {
      const prev = ordered[i - 1]; const next = ordered[i + 1]; const d = ordered[i];
      if (!d.from && prev?.to && prev.to.org !== d.to?.org) d.from = prev.to;
      if (!d.to && history.has(d) && next?.from && next.from.org !== d.from?.org) d.to = next.from;
    }
  }

  // A person's affiliation named earlier ("오픈AI의 연구원 X … X는 메타에 합류했다") is where they leave from.
  for (const d of drafts) {
    const aff = input.affiliation?.get(d.person);
    if (d.from || history.has(d) || !aff || aff.org.org === d.to?.org) continue;
    if (aff.sentence <= minOf(d.sentences)) d.from = side(aff.org);
  }

  // Framing: the article's subject organization fills a side the text leaves open.
  for (const d of drafts) {
    if (history.has(d)) continue;
    if (!d.from && frame.from && frame.from.org !== d.to?.org) { d.from = frame.from; d.framed = true; }
    if (!d.to && frame.to && frame.to.org !== d.from?.org && [...d.kinds].some((k) => DESTINATION_KINDS.has(k))) { d.to = frame.to; d.framed = true; }
  }

  // A side of the article's framing organization with no unit of its own belongs to the unit the lead names for it
  // ("애플의 AI 연구팀 AFM(…)이 … 인력 유출"); a newsletter of unrelated items has no frame, and lends no unit.
  const units = new Map(input.leadUnits);
  for (const e of input.frameEvents ?? []) for (const o of [e.from, e.to]) if (o?.team && !units.has(o.org)) units.set(o.org, o);
  const framedOrgs = new Set([frame.from?.org, frame.to?.org]);
  for (const d of drafts) {
    if (history.has(d)) continue;
    for (const key of ['from', 'to'] as const) {
      const s = d[key];
      const u = s && !s.team && framedOrgs.has(s.org) ? units.get(s.org) : undefined;
      if (s && u) d[key] = { ...s, team: u.team };
    }
  }

  // Origins filled by framing can order a person's undated steps too.
  for (const list of byPerson.values()) if (list.length > 1) markEarlierSteps(list, history);

  const claims: MoveClaim[] = [];
  for (const d of drafts) {
    if (!d.from && !d.to && d.modifierOnly) continue;
    // An appointment with no outside origin is internal: not a move.
    if (!d.from && [...d.kinds].every((k) => k === 'appoint')) continue;
    const names = [d.person.latin, d.person.hangul].filter((x): x is string => !!x);
    const ev: Span[] = [...d.sentences].sort((a, b) => a - b).map((i) => ({ start: sentences[i].start, end: sentences[i].end, text: text.slice(sentences[i].start, sentences[i].end) }));
    const isHistory = history.has(d);
    const main = !isHistory;
    const comp = main ? input.pay.find((p) => p.person === d.person)?.comp ?? null : null;
    let confidence = 0.55;
    if (d.explicitVerb) confidence += 0.2;
    if (d.from) confidence += 0.1;
    if (d.to) confidence += 0.1;
    if (d.framed) confidence -= 0.1;
    if (isHistory) confidence -= 0.1;
    claims.push({
      person: names[0],
      aliases: names.slice(1),
      from: toSlot(d.from),
      to: toSlot(d.to),
      date: d.date,
      role: d.role,
      compensation: comp,
      confidence: Math.max(0.1, Math.min(0.95, Number(confidence.toFixed(2)))),
      history: isHistory,
      evidence: ev,
    });
  }
  return claims;
}

/** An undated move into the organization another of the person's moves leaves from came first: it is history. */
function markEarlierSteps(list: Draft[], history: Set<Draft>): void {
  for (const d of list) {
    if (d.date || !d.to || history.has(d)) continue;
    if (list.some((o) => o !== d && !history.has(o) && o.from?.org === d.to!.org && o.to?.org !== d.from?.org)) history.add(d);
  }
}

/** A side kept from an earlier event, taking the unit a later mention of the same organization names ("바이트댄스로 … '시드(Seed)' 팀에"). */
function withTeam(kept: Side | null, next: Side | null): Side | null {
  if (!kept) return next;
  return next && !kept.team && next.team && next.org === kept.org ? { ...kept, team: next.team } : kept;
}

function toSlot(s: Side | null): OrgSlot | null {
  return s ? { org: s.org, team: s.team, verified: s.verified, mention: s.mention } : null;
}

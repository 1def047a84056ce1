/** The data of an organization briefing and its Markdown: `brief` and GET /api/orgs/:name/brief. */
import { formatDay, parseDateSpan } from '../analyze/index.ts';
import { renderBriefing, type BriefLang } from '../brief/index.ts';
import type { PartialDate } from '../core/types.ts';
import type { Gazetteer } from '../orgs/index.ts';
import type { Store } from '../store/index.ts';
import { queryBursts, type BurstEntry } from './bursts.ts';
import { queryCascades, type CascadeEntry } from './cascades.ts';
import { queryForecast } from './forecast.ts';
import { queryOrgBalance } from './org-balance.ts';
import type { MoverEntry, SourceEntry } from './_movers.ts';

export interface BriefingQuery {
  org: string;
  team?: string;
  since?: PartialDate;
  until?: PartialDate;
  lang: BriefLang;
  /** Forecast origin; default: the window's last day when `until` is given, else the latest stored move. */
  now?: PartialDate;
  /** How the user gave `since`, when as a span back from today ('30d', '12w', '6m', '1y'): the briefing then says "the last 30 days". */
  recent?: string;
  /** For Korean display names of organizations (default: the bundled gazetteer). */
  gazetteer?: Gazetteer;
}

export interface BriefingData {
  org: string;
  team: string | null;
  since: PartialDate | null;
  until: PartialDate | null;
  /** `since` as the user gave it when it was a span back from today ('30d'), else null. */
  recent: string | null;
  lang: BriefLang;
  /** Every count here is the length of a list below. */
  headline: {
    departures: number;
    arrivals: number;
    net: number;
    /** Where most departures went (ties: by name); null without a known destination. */
    topDestination: { org: string; count: number } | null;
    topSource: { org: string; count: number } | null;
  };
  /** Moves out of the organization (team) in the window, oldest first. */
  departures: MoverEntry[];
  arrivals: MoverEntry[];
  /** Departure bursts from the organization (team) overlapping the window. */
  bursts: BurstEntry[];
  /** Cascades out of the organization (team) with a member in the window. */
  cascades: CascadeEntry[];
  /** Null when the window holds no moves (no forecast is written then). */
  forecast: {
    model: 'hawkes' | 'poisson';
    reason: string;
    events: number;
    from: string;
    until: string;
    horizons: Array<{ horizon: number; expected: number; lower: number; upper: number; level: number }>;
  } | null;
  /** Figures stated for the movers, each with the move it belongs to. */
  compensation: Array<{ moveId: number; person: string; figures: Array<{ text: string; usd: number | null; amount: number | null; currency: string | null }> }>;
  /** The documents behind every mover; [n] in the Markdown is the n-th entry. */
  sources: SourceEntry[];
}

export interface Briefing {
  markdown: string;
  data: BriefingData;
}

/**
 * Gathers a briefing on one organization over a window and renders it in Korean or English. Every
 * figure in the Markdown is computed from `data` (counts are list lengths). Throws
 * InputError('not-found'), with a suggestion when a similar name is stored, for an unknown org.
 * @example (await buildBriefing(store, { org: 'Apple', since: '2025-07-01', until: '2025-07-31', lang: 'ko' })).markdown
 */
export async function buildBriefing(store: Store, query: BriefingQuery): Promise<Briefing> {
  const team = query.team ?? null;
  const balance = await queryOrgBalance(store, { org: query.org, team: query.team, since: query.since, until: query.until });
  const org = balance.org;
  const window = windowMs(query.since, query.until);
  const inWindow = (start: string, end: string) => Date.parse(end) >= window.start && Date.parse(start) <= window.end;
  const matches = (name: string | null, wanted: string | null) => wanted === null || (name !== null && fold(name) === fold(wanted));
  const bursts = (await queryBursts(store, { org, level: team === null ? 'org' : 'team' }))
    .bursts.filter((b) => matches(b.team, team) && inWindow(b.start, b.end));
  const cascades = (await queryCascades(store, { org }))
    .cascades.filter((c) => matches(c.team, team) && inWindow(c.leader.date, c.followers.reduce((d, f) => (f.date > d ? f.date : d), c.leader.date)));
  const empty = balance.departures.length === 0 && balance.arrivals.length === 0;
  const now = query.now ?? (query.until === undefined ? undefined : lastDayOf(query.until));
  const f = empty ? null : await queryForecast(store, { org, team: query.team, now, observedSince: query.since });
  const movers = [...balance.departures, ...balance.arrivals];
  const rows = await store.listMoves({ org });
  const figuresOf = new Map(rows.map((r) => [r.id, r.compensation]));
  const data: BriefingData = {
    org,
    team,
    since: query.since ?? null,
    until: query.until ?? null,
    recent: query.recent !== undefined && /^\d{1,4}[dwmy]$/.test(query.recent) ? query.recent : null,
    lang: query.lang,
    headline: {
      departures: balance.departures.length,
      arrivals: balance.arrivals.length,
      net: balance.arrivals.length - balance.departures.length,
      topDestination: top(balance.topDestinations),
      topSource: top(balance.topSources),
    },
    departures: balance.departures,
    arrivals: balance.arrivals,
    bursts,
    cascades,
    forecast: f && { model: f.model, reason: f.reason, events: f.events, from: f.from, until: f.until, horizons: f.horizons },
    compensation: movers.flatMap((m) => {
      const figures = (figuresOf.get(m.moveId) ?? []).map((c) => ({ text: c.text, usd: c.usd, amount: c.amount ?? null, currency: c.currency ?? null }));
      return figures.length ? [{ moveId: m.moveId, person: m.person, figures }] : [];
    }),
    sources: balance.sources,
  };
  return { markdown: renderBriefing(data, { gazetteer: query.gazetteer }), data };
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean).join(' ');

function top(sides: Array<{ org: string | null; count: number }>): { org: string; count: number } | null {
  const known = sides.find((s) => s.org !== null);
  return known ? { org: known.org!, count: known.count } : null;
}

function windowMs(since: PartialDate | undefined, until: PartialDate | undefined): { start: number; end: number } {
  return {
    start: since === undefined ? -Infinity : (parseDateSpan(since)?.start.getTime() ?? -Infinity),
    end: until === undefined ? Infinity : (parseDateSpan(until)?.end.getTime() ?? Infinity),
  };
}

function lastDayOf(date: PartialDate): PartialDate {
  const span = parseDateSpan(date);
  return span ? formatDay(span.end) : date;
}

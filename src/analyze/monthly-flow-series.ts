/** A month-by-month series of arrivals, departures and net, for one organization or team or for all. */
import type { PartialDate } from '../core/types.ts';
import type { AnalysisMove } from './analysis-move.ts';
import { foldName, sideMatches } from './_fold-name.ts';
import { parseWindow } from './_window.ts';
import { moveInterval, overlapsWindow } from './move-time.ts';

export interface MonthlyFlowOptions {
  /** Organization or team name (any case); left out, every move counts: arrivals where a destination is known, departures where an origin is. */
  org?: string;
  since?: PartialDate;
  until?: PartialDate;
}

export interface FlowBucket {
  arrivals: number;
  departures: number;
  net: number;
  /** Of these, moves placed by their reported day because no report dates them. */
  byReportedDay: number;
}

export interface FlowSeries {
  /** Every month from the first to the last with a move (or the window's months when both bounds are given), zeros included. */
  months: Array<{ month: string } & FlowBucket>;
  /** Moves known only to the year: one bucket per year, never spread over months. */
  yearOnly: Array<{ year: string } & FlowBucket>;
  /** Moves with neither a date nor a reported day; always outside the series. */
  undatable: AnalysisMove[];
}

/**
 * Builds the monthly series. Placement rule: a day- or month-dated move counts in its month; an
 * undated move in the month of its reported day (it happened on or before that day; tallied in
 * `byReportedDay`); a year-only move in that year's `yearOnly` bucket; an undatable move in
 * `undatable`. With a window, months and years overlapping it are kept. Moves inside the named
 * organization (both sides match it) are neither arrivals nor departures.
 * @example monthlyFlowSeries(moves, { org: 'Apple', since: '2025' })
 */
export function monthlyFlowSeries(moves: readonly AnalysisMove[], options: MonthlyFlowOptions = {}): FlowSeries {
  const { since, until } = parseWindow(options);
  const org = options.org === undefined ? null : foldName(options.org);
  const months = new Map<string, FlowBucket>();
  const years = new Map<string, FlowBucket>();
  const undatable: AnalysisMove[] = [];
  for (const m of moves) {
    const arrival = org === null ? m.to !== null : sideMatches(m.to, org) && !sideMatches(m.from, org);
    const departure = org === null ? m.from !== null : sideMatches(m.from, org) && !sideMatches(m.to, org);
    if (!arrival && !departure) continue;
    const span = moveInterval(m);
    if (!span) {
      undatable.push(m);
      continue;
    }
    if (!overlapsWindow(span, since, until)) continue;
    const iso = span.start.toISOString();
    const bucket = span.precision === 'year' ? ensure(years, iso.slice(0, 4)) : ensure(months, iso.slice(0, 7));
    if (arrival) bucket.arrivals++;
    if (departure) bucket.departures++;
    bucket.net = bucket.arrivals - bucket.departures;
    if (span.precision === 'reported') bucket.byReportedDay++;
  }
  return {
    months: fillMonths(months, since, until),
    yearOnly: [...years.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([year, b]) => ({ year, ...b })),
    undatable,
  };
}

function ensure(map: Map<string, FlowBucket>, key: string): FlowBucket {
  let b = map.get(key);
  if (!b) {
    b = { arrivals: 0, departures: 0, net: 0, byReportedDay: 0 };
    map.set(key, b);
  }
  return b;
}

/** The months from the window's start (or the first move) to its end (or the last move), gaps as zeros. */
function fillMonths(months: Map<string, FlowBucket>, since: Date | null, until: Date | null): Array<{ month: string } & FlowBucket> {
  const keys = [...months.keys()].sort();
  const first = since ? since.toISOString().slice(0, 7) : keys[0];
  const last = until ? until.toISOString().slice(0, 7) : keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  const out: Array<{ month: string } & FlowBucket> = [];
  let y = Number(first.slice(0, 4));
  let mo = Number(first.slice(5, 7));
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}`;
    if (key > last) break;
    out.push({ month: key, ...(months.get(key) ?? { arrivals: 0, departures: 0, net: 0, byReportedDay: 0 }) });
    if (++mo > 12) {
      mo = 1;
      y++;
    }
  }
  return out;
}

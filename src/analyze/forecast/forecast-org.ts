/** Forecast of one organization's (or team's) departures from analysis moves: picks its departures and hands day numbers to `forecastDepartures`. */

import { foldName } from '../_fold-name.ts';
import { isDeparture } from '../_group-departures.ts';
import type { AnalysisMove } from '../analysis-move.ts';
import { DAY_MS, moveInterval, movePoint } from '../move-time.ts';
import { forecastDepartures, type DepartureForecast, type ForecastOptions } from './forecast.ts';

export interface ForecastOrgOptions extends Omit<ForecastOptions, 'now' | 'since'> {
  /** Forecast origin. Default: the latest point of any move in `moves` (how far the news reaches), career history aside. */
  now?: Date;
  /** Start of the observation window. Default: the earliest point of any move in `moves` (where the news coverage begins), career history aside. */
  since?: Date;
  /** Count career-history moves too (default false: they are biographies, not news of that time). */
  includeHistory?: boolean;
}

export interface OrgForecast extends DepartureForecast {
  org: string;
  team: string | null;
  /** Departures used, with the day each was placed on and its date precision. */
  departures: Array<{ id: number; person: string; day: string; precision: 'day' | 'month' | 'year' | 'reported' }>;
  /** Departures left out because no date or report day places them in time (listed, not dropped silently). */
  undatable: Array<{ id: number; person: string }>;
  /** Departures after `now` or before `since`, left out of the fit. */
  outsideWindow: Array<{ id: number; person: string }>;
  /** Window bounds as days, YYYY-MM-DD. */
  from: string;
  until: string;
}

/** One organization's (or team's) departures placed in time, and the observation window, in days since 1970-01-01. */
export interface OrgDepartures {
  departures: OrgForecast['departures'];
  undatable: OrgForecast['undatable'];
  outsideWindow: OrgForecast['outsideWindow'];
  /** Departure times in days, in the order of `departures`. */
  times: number[];
  /** Window bounds in days, and as YYYY-MM-DD; null when no move in `moves` is placed in time. */
  window: { since: number; now: number; from: string; until: string } | null;
}

/**
 * Picks the departures from `org` (or its `team`) and places each at `movePoint`, within a window that
 * by default runs from the earliest to the latest placed move of `moves` (the news coverage).
 * `forecastOrg` fits on them; a backtest replays them.
 */
export function selectOrgDepartures(moves: readonly AnalysisMove[], org: string, team: string | null = null, options: Pick<ForecastOrgOptions, 'now' | 'since' | 'includeHistory'> = {}): OrgDepartures {
  const { now: nowOption, since: sinceOption, includeHistory = false } = options;
  const level = team === null ? 'org' : 'team';
  const folded = foldName(org);
  const foldedTeam = team === null ? null : foldName(team);
  let earliest = Infinity;
  let latest = -Infinity;
  for (const m of moves) {
    // Career history would stretch the window back to biographies the news does not cover.
    if (m.history && !includeHistory) continue;
    const p = movePoint(m);
    if (!p) continue;
    earliest = Math.min(earliest, p.getTime());
    latest = Math.max(latest, p.getTime());
  }
  const nowMs = nowOption ? nowOption.getTime() : latest;
  const sinceMs = sinceOption ? sinceOption.getTime() : earliest;
  const departures: OrgForecast['departures'] = [];
  const undatable: OrgForecast['undatable'] = [];
  const outsideWindow: OrgForecast['outsideWindow'] = [];
  const times: number[] = [];
  for (const m of moves) {
    if (!m.from || (m.history && !includeHistory) || !isDeparture(m, level)) continue;
    if (foldName(m.from.org) !== folded) continue;
    if (foldedTeam !== null && (m.from.team === null || foldName(m.from.team) !== foldedTeam)) continue;
    const point = movePoint(m);
    const span = moveInterval(m);
    if (!point || !span) {
      undatable.push({ id: m.id, person: m.person });
      continue;
    }
    if (point.getTime() > nowMs || point.getTime() < sinceMs) {
      outsideWindow.push({ id: m.id, person: m.person });
      continue;
    }
    times.push(point.getTime() / DAY_MS);
    departures.push({ id: m.id, person: m.person, day: point.toISOString().slice(0, 10), precision: span.precision });
  }
  const hasWindow = Number.isFinite(nowMs) && Number.isFinite(sinceMs);
  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const window = hasWindow ? { since: sinceMs / DAY_MS, now: nowMs / DAY_MS, from: isoDay(sinceMs), until: isoDay(nowMs) } : null;
  return { departures, undatable, outsideWindow, times, window };
}

/**
 * Forecasts departures from `org` (or from its `team`) with the rule of `move-time.ts`: each
 * departure stands at `movePoint` (its day, the middle of its month or year, or its reported day).
 * Times are days since 1970-01-01, so horizons are in days.
 *
 * @example forecastOrg(moves, 'Apple', 'Apple Foundation Models', { now: new Date('2025-07-30') })
 */
export function forecastOrg(moves: readonly AnalysisMove[], org: string, team: string | null = null, options: ForecastOrgOptions = {}): OrgForecast {
  const { now, since, includeHistory, ...rest } = options;
  const { departures, undatable, outsideWindow, times, window } = selectOrgDepartures(moves, org, team, { now, since, includeHistory });
  const forecast = forecastDepartures(times, { ...rest, now: window?.now ?? 0, since: window?.since ?? 0 });
  return {
    ...forecast,
    org,
    team,
    departures,
    undatable,
    outsideWindow,
    from: window?.from ?? '',
    until: window?.until ?? '',
  };
}

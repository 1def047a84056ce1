/** Expected departures over the next 30 and 90 days with an 80% interval: `forecast` and GET /api/forecast. */
import { DAY_MS, forecastOrg, selectOrgDepartures, type OrgForecast } from '../analyze/index.ts';
import type { PartialDate } from '../core/types.ts';
import type { Store } from '../store/index.ts';
import { firstDayOf, loadMoves, resolveOrgName } from './_load.ts';

export interface ForecastQuery {
  org: string;
  team?: string;
  /** Forecast origin (its first day); default: the latest stored move. */
  now?: PartialDate;
  /**
   * A day by which observation had begun: the window opens here when the stored news starts later
   * (a briefing over July observed all of July, even if its first move is on the 30th).
   */
  observedSince?: PartialDate;
}

export type ForecastResult = OrgForecast;

/**
 * Forecasts departures from an organization (or its team) over every stored news move, which set
 * the observation window (the news coverage). Throws InputError('not-found') for an unknown org.
 * @example await queryForecast(store, { org: '애플', now: '2025-08-01' })
 */
export async function queryForecast(store: Store, query: ForecastQuery): Promise<ForecastResult> {
  const canonical = await resolveOrgName(store, query.org);
  const { moves } = await loadMoves(store);
  const team = query.team ?? null;
  const now = firstDayOf(query.now);
  const observed = firstDayOf(query.observedSince);
  const coverage = selectOrgDepartures(moves, canonical, team, { now }).window;
  const since = observed && coverage && observed.getTime() < coverage.since * DAY_MS ? observed : undefined;
  return forecastOrg(moves, canonical, team, { now, since });
}

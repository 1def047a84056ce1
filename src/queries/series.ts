/** Monthly series: arrivals/departures/net of one organization, or month × flow counts: `series` and GET /api/series. */
import { monthlyFlowMatrix, monthlyFlowSeries, type FlowBucket, type FlowMatrixCell } from '../analyze/index.ts';
import type { PartialDate } from '../core/types.ts';
import type { Store } from '../store/index.ts';
import { idsOf, loadMoves, resolveOrgName } from './_load.ts';

export interface SeriesQuery {
  /** Arrivals, departures and net of this organization (any alias) per month. */
  org?: string;
  /** Only moves from / to this organization (any alias, its units included). */
  from?: string;
  to?: string;
  since?: PartialDate;
  until?: PartialDate;
  /** Without `org`: flows between organizations (default) or teams. */
  level?: 'org' | 'team';
}

export interface OrgSeriesResult {
  kind: 'org';
  org: string;
  since: PartialDate | null;
  until: PartialDate | null;
  /** Every month of the range, zeros included; undated moves counted in the month of their first report (`byReportedDay`). */
  months: Array<{ month: string } & FlowBucket>;
  /** Moves known only to the year, one bucket per year (never spread over its months). */
  yearOnly: Array<{ year: string } & FlowBucket>;
  /** Moves with neither a date nor a reported day. */
  undatable: number[];
}

export interface FlowSeriesResult {
  kind: 'flows';
  level: 'org' | 'team';
  since: PartialDate | null;
  until: PartialDate | null;
  months: string[];
  /** Years with year-only moves, each its own bucket. */
  years: string[];
  /** Non-empty (period, flow) cells; period 'YYYY-MM' or 'YYYY' (year-only). */
  cells: FlowMatrixCell[];
  /** Moves in the window with an unknown side or inside one organization (team). */
  uncounted: number[];
  undatable: number[];
}

export type SeriesResult = OrgSeriesResult | FlowSeriesResult;

/**
 * With `org`: its monthly arrivals, departures and net. Without: how many moves went along each
 * flow each month. `from`/`to` narrow the moves first. Dating rule: src/analyze/README.md.
 * @example await querySeries(store, { org: 'Apple', since: '2025' })
 */
export async function querySeries(store: Store, query: SeriesQuery = {}): Promise<SeriesResult> {
  const org = query.org === undefined ? null : await resolveOrgName(store, query.org);
  const { moves } = await loadMoves(store, { from: query.from, to: query.to });
  const chronological = [...moves].reverse();
  const window = { since: query.since, until: query.until };
  const bounds = { since: query.since ?? null, until: query.until ?? null };
  if (org !== null) {
    const s = monthlyFlowSeries(chronological, { org, ...window });
    return { kind: 'org', org, ...bounds, months: s.months, yearOnly: s.yearOnly, undatable: idsOf(s.undatable) };
  }
  const level = query.level ?? 'org';
  const m = monthlyFlowMatrix(chronological, { ...window, level });
  return { kind: 'flows', level, ...bounds, months: m.months, years: m.years, cells: m.cells, uncounted: idsOf(m.uncounted), undatable: idsOf(m.undatable) };
}

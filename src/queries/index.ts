/**
 * The analyses as functions over a Store: what the CLI verbs render and the HTTP API serves.
 * Each takes already-parsed options (dates as PartialDate strings) and returns a JSON-serialisable
 * result that references moves by id with the names needed to show them.
 */
export { queryFlows, queryFlowCounts, type FlowsQuery, type FlowsResult, type FlowEntry, type FlowCountsResult } from './flows.ts';
export { querySeries, type SeriesQuery, type SeriesResult, type OrgSeriesResult, type FlowSeriesResult } from './series.ts';
export { queryOrgBalance, type OrgBalanceQuery, type OrgBalanceResult } from './org-balance.ts';
export { queryBursts, type BurstsQuery, type BurstsResult, type BurstEntry } from './bursts.ts';
export { queryCascades, type CascadesQuery, type CascadesResult, type CascadeEntry, type CascadeMemberEntry } from './cascades.ts';
export { queryForecast, type ForecastQuery, type ForecastResult } from './forecast.ts';
export { queryBacktest, type BacktestQuery, type BacktestResult } from './backtest.ts';
export { queryCompensation, type CompensationQuery, type CompensationResult } from './compensation.ts';
export { buildBriefing, type BriefingQuery, type Briefing, type BriefingData } from './briefing.ts';
export { resolveOrgName } from './_load.ts';
export type { MoverEntry, SourceEntry } from './_movers.ts';

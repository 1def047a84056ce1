/** The analyze stage: pure functions over moves — flows, balances, bursts, cascades, compensation (forecasts in forecast/). */
export { toAnalysisMove, findReportedDay, type AnalysisMove, type AnalysisSide } from './analysis-move.ts';
export { moveInterval, movePoint, parseDateSpan, overlapsWindow, formatDay, DAY_MS, type MoveInterval } from './move-time.ts';
export { deriveSeniority } from './derive-seniority.ts';
export { poissonUpperTail, logGamma } from './poisson-tail.ts';
export { countFlows, type FlowOptions, type FlowCount, type FlowCountResult } from './count-flows.ts';
export { monthlyFlowSeries, type MonthlyFlowOptions, type FlowBucket, type FlowSeries } from './monthly-flow-series.ts';
export { monthlyFlowMatrix, type FlowMatrixOptions, type FlowMatrixCell, type FlowMatrix } from './monthly-flow-matrix.ts';
export { orgBalance, type OrgBalance } from './org-balance.ts';
export { selectOrgMoves, type OrgMoves } from './select-org-moves.ts';
export { findBursts, type BurstOptions, type Burst, type BurstResult } from './find-bursts.ts';
export { findCascades, type CascadeOptions, type Cascade, type CascadeMember, type CascadeResult } from './find-cascades.ts';
export {
  summarizeCompensation,
  type CompensationOptions,
  type CompensationGroup,
  type CompensationConflict,
  type CompensationSummary,
  type StatedFigure,
} from './summarize-compensation.ts';
export * from './forecast/index.ts';

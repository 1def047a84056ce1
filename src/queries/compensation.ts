/** Stated compensation by destination and period: `comp` and GET /api/compensation. */
import { summarizeCompensation, type CompensationSummary } from '../analyze/index.ts';
import type { PartialDate } from '../core/types.ts';
import type { Store } from '../store/index.ts';
import { loadMoves } from './_load.ts';

export interface CompensationQuery {
  /** Only moves to this organization (any alias, its units included). */
  to?: string;
  period?: 'year' | 'quarter' | 'month';
  since?: PartialDate;
  until?: PartialDate;
}

export type CompensationResult = CompensationSummary;

/**
 * USD figures (count, min, median, max) per destination and period; other currencies unconverted;
 * conflicting reports of one move side by side, each with its sources.
 * @example await queryCompensation(store, { to: 'Meta', period: 'quarter' })
 */
export async function queryCompensation(store: Store, query: CompensationQuery = {}): Promise<CompensationResult> {
  const { moves } = await loadMoves(store, { to: query.to, since: query.since, until: query.until });
  return summarizeCompensation(moves, { period: query.period });
}

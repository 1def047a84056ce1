/** Replays an organization's departures, forecasting each step from the past only: `backtest` and GET /api/backtest. */
import { backtest, selectOrgDepartures, DAY_MS, type BacktestReport } from '../analyze/index.ts';
import { InputError } from '../core/errors.ts';
import type { Store } from '../store/index.ts';
import { loadMoves, resolveOrgName } from './_load.ts';

export interface BacktestQuery {
  org: string;
  team?: string;
  /** Days between cut-offs (default 30). */
  step?: number;
  /** Days forecast after each cut-off (default 30). */
  horizon?: number;
  /** Days of history before the first cut-off (default 90). */
  warmup?: number;
}

export type BacktestResult = { org: string; team: string | null } & BacktestReport;

/**
 * Throws InputError('not-found') for an unknown org and InputError('bad-data') when fewer than two
 * departures are dated.
 * @example await queryBacktest(store, { org: 'Google', step: 30, horizon: 30 })
 */
export async function queryBacktest(store: Store, query: BacktestQuery): Promise<BacktestResult> {
  const step = query.step ?? 30;
  const horizon = query.horizon ?? 30;
  const warmup = query.warmup ?? 90;
  const canonical = await resolveOrgName(store, query.org);
  const { moves } = await loadMoves(store);
  const { departures, window } = selectOrgDepartures(moves, canonical, query.team ?? null);
  // Whole days, in order: the replay steps by days.
  const times = departures.map((d) => Date.parse(d.day) / DAY_MS).sort((a, b) => a - b);
  if (times.length < 2 || !window) throw new InputError('bad-data', `${canonical}: ${times.length} dated departure${times.length === 1 ? '' : 's'}; a backtest needs at least 2`);
  const since = Date.parse(window.from) / DAY_MS;
  const end = Date.parse(window.until) / DAY_MS;
  // The first cut-off leaves a warm-up of history to fit on.
  const report = backtest(times, { start: since + warmup, step, horizon, since, end });
  return { org: canonical, team: query.team ?? null, ...report };
}

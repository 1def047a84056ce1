/** Departure bursts beyond an organization's own baseline: `bursts` and GET /api/bursts. */
import { findBursts, type Burst } from '../analyze/index.ts';
import type { Store } from '../store/index.ts';
import { idsOf, loadMoves, resolveOrgName } from './_load.ts';

export interface BurstsQuery {
  /** Sliding window in days (default 30). */
  windowDays?: number;
  /** Fewest departures that can be a burst (default 3). */
  threshold?: number;
  /** Poisson tail probability below which a window is surprising (default 0.01). */
  alpha?: number;
  level?: 'org' | 'team';
  /** Only bursts of departures from this organization (any alias). */
  org?: string;
}

/** A burst with its moves referenced by id. */
export type BurstEntry = Omit<Burst, 'moves'> & { moveIds: number[] };

export interface BurstsResult {
  /** Most surprising first. */
  bursts: BurstEntry[];
  /** Departures with neither a date nor a reported day: not placed. */
  undatable: number[];
  /** Departures known only to the year: in the baselines, never in a burst. */
  coarse: number[];
}

/**
 * Finds bursts over every stored news move (each organization's baseline needs its whole history);
 * `org` only filters the result.
 * @example await queryBursts(store, { org: 'Apple', windowDays: 30 })
 */
export async function queryBursts(store: Store, query: BurstsQuery = {}): Promise<BurstsResult> {
  const org = query.org === undefined ? null : await resolveOrgName(store, query.org);
  const { moves } = await loadMoves(store);
  const result = findBursts(moves, { windowDays: query.windowDays, threshold: query.threshold, alpha: query.alpha, level: query.level });
  const keep = (name: string | undefined) => org === null || (name !== undefined && fold(name) === fold(org));
  return {
    bursts: result.bursts.filter((b) => keep(b.org)).map(({ moves: ms, ...b }) => ({ ...b, moveIds: idsOf(ms) })),
    undatable: idsOf(result.undatable.filter((m) => keep(m.from?.org))),
    coarse: idsOf(result.coarse.filter((m) => keep(m.from?.org))),
  };
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Organization → organization (or team → team) move counts over a window: `flows` and GET /api/flows. */
import { countFlows, parseDateSpan, type AnalysisMove, type FlowCount } from '../analyze/index.ts';
import type { PartialDate } from '../core/types.ts';
import type { Store } from '../store/index.ts';
import { idsOf, loadMoves, resolveOrgName } from './_load.ts';

export interface FlowsQuery {
  since?: PartialDate;
  until?: PartialDate;
  /** 'org' (default): between top-level organizations; 'team': between teams where the move names them. */
  level?: 'org' | 'team';
  limit?: number;
  /** Only flows from or to this organization (any alias). */
  org?: string;
}

/** One flow: its ends, its moves' count and ids, its people (each once, in date order). */
export type FlowEntry = FlowCount;

export interface FlowsResult {
  level: 'org' | 'team';
  since: PartialDate | null;
  until: PartialDate | null;
  org: string | null;
  /** Most moves first, then by names. */
  flows: FlowEntry[];
  /** Moves in the window with an unknown origin or destination. */
  oneSided: number[];
  /** Moves inside one organization (org level) or one team (team level). */
  internal: number[];
}

/** Organization-level counts only, as the store computes them in SQL: what `flows` prints. */
export interface FlowCountsResult {
  since: PartialDate | null;
  until: PartialDate | null;
  org: string | null;
  /** `people` is the first `peopleLimit` names when one was given; `peopleCount` counts them all. */
  flows: Array<{ from: string; to: string; count: number; people: string[]; peopleCount: number }>;
}

/**
 * Counts news moves (career history aside) per origin and destination, from the moves themselves,
 * so that each flow lists its move ids. The window is the store's (a move dated to a month or year
 * is in every window its span overlaps): organization-level counts equal `store.flows` (see
 * `queryFlowCounts`); the team level splits them by the teams named.
 * @example await queryFlows(store, { since: '2025-07', level: 'team', org: 'Apple' })
 */
export async function queryFlows(store: Store, query: FlowsQuery = {}): Promise<FlowsResult> {
  const level = query.level ?? 'org';
  const org = query.org === undefined ? null : await resolveOrgName(store, query.org);
  const { moves } = await loadMoves(store, { since: query.since, until: query.until });
  // Oldest first (undated last, then by id), as the store lists each flow's people.
  const counted = countFlows(oldestFirst(moves), { since: query.since, until: query.until, level });
  let flows: FlowEntry[] = counted.flows.filter((f) => touches(f, org)).map((f) => ({ ...f }));
  if (query.limit !== undefined) flows = flows.slice(0, query.limit);
  return {
    level, since: query.since ?? null, until: query.until ?? null, org,
    flows, oneSided: idsOf(counted.oneSided), internal: idsOf(counted.internal),
  };
}

/**
 * The same organization-level counts as `queryFlows`, without move ids, straight from the store's
 * SQL (one GROUP BY): the cheap path for large stores and for the `flows` verb. `peopleLimit` lists
 * only each flow's earliest people (what a page shows), which keeps large flows cheap.
 * @example await queryFlowCounts(store, { since: '2025', limit: 10, peopleLimit: 20 })
 */
export async function queryFlowCounts(store: Store, query: Omit<FlowsQuery, 'level'> & { peopleLimit?: number } = {}): Promise<FlowCountsResult> {
  const org = query.org === undefined ? null : await resolveOrgName(store, query.org);
  // The org filter comes before the limit.
  const rows = (await store.flows({ since: query.since, until: query.until, limit: org === null ? query.limit : undefined, peopleLimit: query.peopleLimit })).filter((f) => touches(f, org));
  return { since: query.since ?? null, until: query.until ?? null, org, flows: query.limit === undefined || org === null ? rows : rows.slice(0, query.limit) };
}

function touches(f: { from: string; to: string }, org: string | null): boolean {
  return org === null || fold(f.from) === fold(org) || fold(f.to) === fold(org);
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

function oldestFirst(moves: readonly AnalysisMove[]): AnalysisMove[] {
  const start = (m: AnalysisMove) => parseDateSpan(m.date)?.start.getTime() ?? Infinity;
  return [...moves].sort((a, b) => start(a) - start(b) || a.id - b.id);
}

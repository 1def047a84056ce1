/** Inflow, outflow, net and top counterparts of one organization (or team): `org`-style balance for GET /api/orgs/:name/balance. */
import { orgBalance, selectOrgMoves, type AnalysisMove, type OrgBalance } from '../analyze/index.ts';
import type { PartialDate } from '../core/types.ts';
import type { Store } from '../store/index.ts';
import { idsOf, loadMoves, resolveOrgName } from './_load.ts';
import { collectSourceEntries, indexById, toMoverEntry, type MoverEntry, type SourceEntry } from './_movers.ts';

export interface OrgBalanceQuery {
  org: string;
  /** A team of the organization: the balance of that team (team changes inside the org count). */
  team?: string;
  since?: PartialDate;
  until?: PartialDate;
  /** Counterparts listed (default 10). */
  limit?: number;
}

export interface OrgBalanceResult extends Omit<OrgBalance, 'undatable' | 'internal'> {
  team: string | null;
  since: PartialDate | null;
  until: PartialDate | null;
  /** Ids of the moves within the organization (or team). */
  internal: number[];
  /** Moves into it, oldest first. */
  arrivals: MoverEntry[];
  /** Moves out of it, oldest first. */
  departures: MoverEntry[];
  /** With a bound given: its moves with neither a date nor a reported day, not counted. */
  undatable: number[];
  /** Every document behind the arrivals and departures, first cited first. */
  sources: SourceEntry[];
}

/**
 * The balance of an organization or team over a window with the moves behind every count
 * (inflow = arrivals.length, outflow = departures.length). Throws InputError('not-found') for an
 * unknown organization.
 * @example await queryOrgBalance(store, { org: 'Apple', since: '2025-07-01', until: '2025-07-31' })
 */
export async function queryOrgBalance(store: Store, query: OrgBalanceQuery): Promise<OrgBalanceResult> {
  const org = await resolveOrgName(store, query.org);
  const team = query.team ?? null;
  // The store's org filter (the organization and its units, either side) narrows what is loaded; the balance rule then decides.
  const { rows, moves } = await loadMoves(store, { org });
  const ordered = [...moves].reverse();
  // A team balance looks only at the organization's own moves, so that a same-named team elsewhere does not count.
  const scope = team === null ? ordered : movesOf(ordered, org);
  const window = { since: query.since, until: query.until };
  const target = team ?? org;
  const balance = orgBalance(scope, target, window, { limit: query.limit });
  const picked = selectOrgMoves(scope, target, window);
  const rowById = indexById(rows);
  const entries = (ms: AnalysisMove[]) => sortOldestFirst(ms).map((m) => toMoverEntry(rowById.get(m.id)!, m));
  const departures = entries(picked.departures);
  const arrivals = entries(picked.arrivals);
  return {
    ...balance,
    org,
    team,
    since: query.since ?? null,
    until: query.until ?? null,
    internal: idsOf(picked.internal),
    arrivals,
    departures,
    undatable: idsOf(balance.undatable),
    sources: collectSourceEntries([...departures, ...arrivals].map((e) => rowById.get(e.moveId)!)),
  };
}

function sortOldestFirst(moves: readonly AnalysisMove[]): AnalysisMove[] {
  const key = (m: AnalysisMove) => m.date ?? m.reported ?? '9999';
  return [...moves].sort((a, b) => key(a).localeCompare(key(b)) || a.id - b.id);
}

/** The moves touching `org` on either side, input order kept. */
function movesOf(moves: readonly AnalysisMove[], org: string): AnalysisMove[] {
  const { arrivals, departures, internal } = selectOrgMoves(moves, org);
  const touching = new Set([...arrivals, ...departures, ...internal]);
  return moves.filter((m) => touching.has(m));
}

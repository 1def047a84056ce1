/** Follow-the-leader cascades: `cascades` and GET /api/cascades. */
import { findCascades, type Cascade, type CascadeMember } from '../analyze/index.ts';
import type { Store } from '../store/index.ts';
import { idsOf, loadMoves, resolveOrgName } from './_load.ts';

export interface CascadesQuery {
  /** How long after the leader a departure still follows (default 90 days). */
  days?: number;
  /** Only cascades out of this organization (any alias). */
  org?: string;
}

export type CascadeMemberEntry = Omit<CascadeMember, 'move'> & { moveId: number };

export type CascadeEntry = Omit<Cascade, 'leader' | 'followers'> & { leader: CascadeMemberEntry; followers: CascadeMemberEntry[] };

export interface CascadesResult {
  /** By the leader's date. */
  cascades: CascadeEntry[];
  /** Departures with neither a date nor a reported day. */
  undatable: number[];
  /** Departures too coarsely dated to order (year-only). */
  coarse: number[];
}

const member = (m: CascadeMember): CascadeMemberEntry => ({ person: m.person, date: m.date, team: m.team, role: m.role, moveId: m.move.id });

/**
 * Finds cascades over every stored news move; `org` filters by origin.
 * @example (await queryCascades(store, { days: 90, org: 'Apple' })).cascades[0].leader.person
 */
export async function queryCascades(store: Store, query: CascadesQuery = {}): Promise<CascadesResult> {
  const org = query.org === undefined ? null : await resolveOrgName(store, query.org);
  const { moves } = await loadMoves(store);
  const result = findCascades(moves, { days: query.days });
  const keep = (name: string | undefined) => org === null || (name !== undefined && fold(name) === fold(org));
  return {
    cascades: result.cascades.filter((c) => keep(c.org)).map((c) => ({ ...c, leader: member(c.leader), followers: c.followers.map(member) })),
    undatable: idsOf(result.undatable.filter((m) => keep(m.from?.org))),
    coarse: idsOf(result.coarse.filter((m) => keep(m.from?.org))),
  };
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

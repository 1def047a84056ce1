/** Inflow, outflow, net and top counterparts of one organization or team over a window. */
import type { PartialDate } from '../core/types.ts';
import type { AnalysisMove } from './analysis-move.ts';
import { countSides } from './_group-departures.ts';
import { selectOrgMoves } from './select-org-moves.ts';

export interface OrgBalance {
  org: string;
  inflow: number;
  outflow: number;
  net: number;
  /** Moves within the organization (both sides match it), outside inflow and outflow. */
  internal: number;
  /** Where arrivals came from, most first (org null: origin unknown). */
  topSources: Array<{ org: string | null; count: number; teams: string[] }>;
  /** Where departures went, most first (org null: destination unknown). */
  topDestinations: Array<{ org: string | null; count: number; teams: string[] }>;
  /** With a bound given: the organization's moves with neither date nor reported day, not counted. */
  undatable: AnalysisMove[];
}

/**
 * Balance of an organization, or of a team when `org` names one. Window membership follows the
 * shared rule: a move counts when its span (day, month, year, or its reported day when undated)
 * overlaps the window; undatable moves count only when no bound is given and are listed otherwise.
 * @example orgBalance(moves, 'Apple', { since: '2025-01', until: '2025-12' }, { limit: 5 })
 */
export function orgBalance(
  moves: readonly AnalysisMove[],
  org: string,
  window: { since?: PartialDate; until?: PartialDate } = {},
  options: { limit?: number } = {},
): OrgBalance {
  const limit = options.limit ?? 10;
  const { arrivals, departures, internal, undatable } = selectOrgMoves(moves, org, window);
  const sources = arrivals.map((m) => m.from);
  const destinations = departures.map((m) => m.to);
  return {
    org,
    inflow: sources.length,
    outflow: destinations.length,
    net: sources.length - destinations.length,
    internal: internal.length,
    topSources: countSides(sources).slice(0, limit),
    topDestinations: countSides(destinations).slice(0, limit),
    undatable,
  };
}

/** The moves into, out of and within one organization or team over a window: what a balance counts. */
import type { PartialDate } from '../core/types.ts';
import type { AnalysisMove } from './analysis-move.ts';
import { foldName, sideMatches } from './_fold-name.ts';
import { parseWindow } from './_window.ts';
import { moveInterval, overlapsWindow } from './move-time.ts';

export interface OrgMoves {
  /** Moves into the organization (destination matches, origin does not). */
  arrivals: AnalysisMove[];
  /** Moves out of it (origin matches, destination does not). */
  departures: AnalysisMove[];
  /** Moves within it (both sides match). */
  internal: AnalysisMove[];
  /** With a bound given: its moves with neither date nor reported day, in no window. */
  undatable: AnalysisMove[];
}

/**
 * Classifies the moves touching `org` (an organization or team name, any case) in the window. A
 * move is in the window when its span (day, month, year, or reported day when undated) overlaps
 * it; undatable moves count only when no bound is given. Input order is kept.
 * @example selectOrgMoves(moves, 'Apple', { since: '2025-07' }).departures.length
 */
export function selectOrgMoves(moves: readonly AnalysisMove[], org: string, window: { since?: PartialDate; until?: PartialDate } = {}): OrgMoves {
  const { since, until } = parseWindow(window);
  const bounded = since !== null || until !== null;
  const name = foldName(org);
  const out: OrgMoves = { arrivals: [], departures: [], internal: [], undatable: [] };
  for (const m of moves) {
    const leaves = sideMatches(m.from, name);
    const joins = sideMatches(m.to, name);
    if (!leaves && !joins) continue;
    if (bounded) {
      const span = moveInterval(m);
      if (!span) {
        out.undatable.push(m);
        continue;
      }
      if (!overlapsWindow(span, since, until)) continue;
    }
    if (leaves && joins) out.internal.push(m);
    else if (joins) out.arrivals.push(m);
    else out.departures.push(m);
  }
  return out;
}

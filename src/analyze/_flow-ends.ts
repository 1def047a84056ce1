/** The two ends of a move as a flow sees them: organizations, or teams at team level. */
import type { AnalysisSide } from './analysis-move.ts';
import { foldName } from './_fold-name.ts';

export interface FlowEnds {
  fromTeam: string | null;
  toTeam: string | null;
  /** Folded organization (and team) names: equal keys are one end, so a move between them is internal. */
  fromKey: string;
  toKey: string;
}

/** Ends of a move's two known sides; the team is null at organization level or when none is named. */
export function flowEnds(from: AnalysisSide, to: AnalysisSide, level: 'org' | 'team'): FlowEnds {
  const fromTeam = level === 'team' ? from.team : null;
  const toTeam = level === 'team' ? to.team : null;
  return {
    fromTeam,
    toTeam,
    fromKey: `${foldName(from.org)}\u0000${fromTeam === null ? '' : foldName(fromTeam)}`,
    toKey: `${foldName(to.org)}\u0000${toTeam === null ? '' : foldName(toTeam)}`,
  };
}

/** Organization → organization (or team → team) move counts over a window. */
import type { PartialDate } from '../core/types.ts';
import type { AnalysisMove } from './analysis-move.ts';
import { flowEnds } from './_flow-ends.ts';
import { parseWindow } from './_window.ts';
import { moveInterval, overlapsWindow } from './move-time.ts';

export interface FlowOptions {
  /** Inclusive window as partial dates ('2025' means the whole year); open when left out. */
  since?: PartialDate;
  until?: PartialDate;
  /** Count between organizations (default) or between teams, where a team is named. */
  level?: 'org' | 'team';
}

export interface FlowCount {
  from: string;
  /** Null at organization level, or when the move names no team. */
  fromTeam: string | null;
  to: string;
  toTeam: string | null;
  count: number;
  people: string[];
  moveIds: number[];
  /** Moves counted because their month or year overlaps the window without lying inside it. */
  uncertain: number;
}

export interface FlowCountResult {
  /** Most moves first. */
  flows: FlowCount[];
  /** Moves in the window with an unknown origin or destination: no flow to put them in. */
  oneSided: AnalysisMove[];
  /** Moves inside one organization (team changes), not flows at organization level. */
  internal: AnalysisMove[];
  /** With a bound given: moves with neither a date nor a reported day, which no window can hold. */
  undatable: AnalysisMove[];
}

/**
 * Counts moves per (origin, destination). A move is in the window when its span overlaps it: a
 * month- or year-dated move counts in every window touching its month or year (and is tallied in
 * `uncertain` when the window cuts its span); an undated move counts on its reported day; an
 * undatable one counts only in an unbounded window, as in the store, and is listed otherwise.
 * @example countFlows(moves, { since: '2025-07', until: '2025-09', level: 'org' })
 */
export function countFlows(moves: readonly AnalysisMove[], options: FlowOptions = {}): FlowCountResult {
  const { since, until } = parseWindow(options);
  const bounded = since !== null || until !== null;
  const level = options.level ?? 'org';
  const flows = new Map<string, FlowCount>();
  // Kept beside each flow so that listing people stays linear.
  const seenPeople = new Map<FlowCount, Set<number>>();
  const result: FlowCountResult = { flows: [], oneSided: [], internal: [], undatable: [] };
  for (const m of moves) {
    const span = moveInterval(m);
    let uncertain = false;
    if (bounded) {
      if (!span) {
        result.undatable.push(m);
        continue;
      }
      if (!overlapsWindow(span, since, until)) continue;
      uncertain = (since !== null && span.start < since) || (until !== null && span.end > until);
    }
    if (!m.from || !m.to) {
      result.oneSided.push(m);
      continue;
    }
    const { fromTeam, toTeam, fromKey, toKey } = flowEnds(m.from, m.to, level);
    if (fromKey === toKey) {
      result.internal.push(m);
      continue;
    }
    const key = `${fromKey}\u0001${toKey}`;
    let flow = flows.get(key);
    if (!flow) {
      flow = { from: m.from.org, fromTeam, to: m.to.org, toTeam, count: 0, people: [], moveIds: [], uncertain: 0 };
      flows.set(key, flow);
      seenPeople.set(flow, new Set());
    }
    flow.count++;
    const people = seenPeople.get(flow)!;
    if (!people.has(m.personId)) {
      people.add(m.personId);
      flow.people.push(m.person);
    }
    flow.moveIds.push(m.id);
    if (uncertain) flow.uncertain++;
  }
  result.flows = [...flows.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return result;
}

/** Groups departures by origin (organization, or organization and team) and places each in time. */
import type { AnalysisMove } from './analysis-move.ts';
import { foldName } from './_fold-name.ts';
import { moveInterval, movePoint, type MoveInterval } from './move-time.ts';

export interface TimedMove { move: AnalysisMove; span: MoveInterval; t: number }

export interface DepartureGroup {
  org: string;
  /** Null at organization level. */
  team: string | null;
  key: string;
  /** Departures precise enough to place (see `isPlaceable`), sorted by time then id. */
  placed: TimedMove[];
  /** Departures known only too coarsely to place (a year): they still count toward the baseline. */
  coarse: TimedMove[];
}

/** True when a departure leaves its organization (org level) or its team (team level). */
export function isDeparture(m: AnalysisMove, level: 'org' | 'team'): boolean {
  if (!m.from) return false;
  if (level === 'team' && m.from.team === null) return false;
  if (!m.to) return true;
  const sameOrg = foldName(m.from.org) === foldName(m.to.org);
  if (level === 'org') return !sameOrg;
  return !sameOrg || m.to.team === null || foldName(m.from.team!) !== foldName(m.to.team);
}

/** Group key of a move's origin at a level. */
export function originKey(m: AnalysisMove, level: 'org' | 'team'): string {
  const org = foldName(m.from!.org);
  return level === 'team' ? `${org}\u0000${foldName(m.from!.team ?? '')}` : org;
}

/**
 * Splits departures into groups by origin. `isPlaceable` says whether a move's span is narrow
 * enough to stand at its point; the rest go to `coarse`. Undatable moves, and moves after
 * `nowMs`, are returned apart so that callers can list them.
 */
export function groupDepartures(
  moves: readonly AnalysisMove[],
  level: 'org' | 'team',
  isPlaceable: (span: MoveInterval) => boolean,
  nowMs: number | null,
): { groups: DepartureGroup[]; undatable: AnalysisMove[] } {
  const groups = new Map<string, DepartureGroup>();
  const undatable: AnalysisMove[] = [];
  for (const move of moves) {
    if (!isDeparture(move, level)) continue;
    const span = moveInterval(move);
    const point = movePoint(move);
    if (!span || !point) {
      undatable.push(move);
      continue;
    }
    if (nowMs !== null && span.start.getTime() > nowMs) continue;
    const key = originKey(move, level);
    let group = groups.get(key);
    if (!group) {
      group = { org: move.from!.org, team: level === 'team' ? move.from!.team : null, key, placed: [], coarse: [] };
      groups.set(key, group);
    }
    const timed = { move, span, t: point.getTime() };
    if (isPlaceable(span) && (nowMs === null || timed.t <= nowMs)) group.placed.push(timed);
    else group.coarse.push(timed);
  }
  for (const g of groups.values()) g.placed.sort((a, b) => a.t - b.t || a.move.id - b.move.id);
  return { groups: [...groups.values()], undatable };
}

/** Distinct sources of some moves, first seen first. */
export function collectSources(moves: readonly AnalysisMove[]): Array<{ source: string; url: string | null; published: string | null }> {
  const seen = new Map<string, { source: string; url: string | null; published: string | null }>();
  for (const m of moves) {
    for (const s of m.sources) if (!seen.has(s.source)) seen.set(s.source, { source: s.source, url: s.url, published: s.published });
  }
  return [...seen.values()];
}

/** Destination organizations of some moves with counts and the teams named, most frequent first. */
export function countDestinations(moves: readonly AnalysisMove[]): Array<{ org: string | null; count: number; teams: string[] }> {
  return countSides(moves.map((m) => m.to));
}

/** Organizations on one side of some moves (null: unknown) with counts and teams, most frequent first. */
export function countSides(sides: ReadonlyArray<AnalysisMove['to']>): Array<{ org: string | null; count: number; teams: string[] }> {
  const byOrg = new Map<string, { org: string | null; count: number; teams: string[] }>();
  for (const side of sides) {
    const key = side ? foldName(side.org) : '';
    let entry = byOrg.get(key);
    if (!entry) {
      entry = { org: side ? side.org : null, count: 0, teams: [] };
      byOrg.set(key, entry);
    }
    entry.count++;
    if (side?.team && !entry.teams.includes(side.team)) entry.teams.push(side.team);
  }
  return [...byOrg.values()].sort((a, b) => b.count - a.count || String(a.org).localeCompare(String(b.org)));
}

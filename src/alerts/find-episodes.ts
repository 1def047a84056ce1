/**
 * The episodes an alert rule sees in a list of moves: pure, values in, values out.
 *
 * Rule: departures from `org` (or its `team`), optionally only those to `to`, placed at
 * `movePoint` (src/analyze/move-time.ts: a day-dated move on its day, a month-dated one at
 * mid-month, an undated one on its reported day). Year-only and undatable moves cannot be placed
 * in a window of days and are left out; so are career-history moves. A window [t, t + window days)
 * slides over the sorted departures; every window holding ≥ threshold departures qualifies, and
 * qualifying windows that share a departure merge into one maximal run: an episode.
 */
import type { AnalysisMove } from '../analyze/index.ts';
import { foldName } from '../analyze/_fold-name.ts';
import { isDeparture } from '../analyze/_group-departures.ts';
import { DAY_MS, formatDay, moveInterval, movePoint } from '../analyze/move-time.ts';

/** The part of a rule that decides what counts. */
export interface RuleSpec {
  org: string;
  team: string | null;
  to: string | null;
  windowDays: number;
  threshold: number;
}

export interface Episode {
  /** First and last departure day (YYYY-MM-DD). */
  start: string;
  end: string;
  /** Departures in the run, oldest first. */
  moves: AnalysisMove[];
  /** Distinct people, in the order they left. */
  people: string[];
  /** Destination organizations (null: not reported) with counts, most frequent first. */
  destinations: Array<{ org: string | null; count: number }>;
  /** The origin team every departure names, when they agree (else null). */
  team: string | null;
}

/** True when the move leaves the rule's organization (or team) for the rule's destination, if it names one. */
export function matchesRule(m: AnalysisMove, rule: RuleSpec): boolean {
  if (m.history || !m.from) return false;
  if (foldName(m.from.org) !== foldName(rule.org)) return false;
  if (rule.team !== null) {
    if (m.from.team === null || !teamMatches(m.from.team, rule.team)) return false;
    if (!isDeparture(m, 'team')) return false;
  } else if (!isDeparture(m, 'org')) {
    return false;
  }
  if (rule.to === null) return true;
  if (!m.to) return false;
  const to = foldName(rule.to);
  return foldName(m.to.org) === to || (m.to.team !== null && foldName(m.to.team) === to);
}

/**
 * A stored team matches the rule's team when the folded names are equal or the rule's name is a
 * whole-word part of it ("Foundation Models" matches "Apple Foundation Models"), since reports
 * name one team with and without the organization in front.
 */
export function teamMatches(team: string, ruleTeam: string): boolean {
  const a = foldName(team);
  const b = foldName(ruleTeam);
  return a === b || ` ${a} `.includes(` ${b} `);
}

/**
 * Moves grouped by the folded name of the organization they leave, so that many rules over many
 * moves fold each name once instead of once per rule (`findEpisodes(byOrigin.get(foldName(org)))`).
 */
export function groupByOrigin(moves: readonly AnalysisMove[]): Map<string, AnalysisMove[]> {
  const groups = new Map<string, AnalysisMove[]>();
  for (const m of moves) {
    if (!m.from) continue;
    const key = foldName(m.from.org);
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  return groups;
}

/** The moves a rule can count, from a `groupByOrigin` index. */
export function movesLeaving(byOrigin: ReadonlyMap<string, AnalysisMove[]>, org: string): AnalysisMove[] {
  return byOrigin.get(foldName(org)) ?? [];
}

/** Every episode of the rule in `moves`, oldest first. */
export function findEpisodes(moves: readonly AnalysisMove[], rule: RuleSpec): Episode[] {
  if (!(rule.windowDays >= 1) || !(rule.threshold >= 1)) throw new RangeError('findEpisodes: windowDays and threshold must be ≥ 1');
  const placed: Array<{ move: AnalysisMove; t: number }> = [];
  for (const move of moves) {
    if (!matchesRule(move, rule)) continue;
    const span = moveInterval(move);
    const point = movePoint(move);
    if (!span || !point || span.precision === 'year') continue;
    placed.push({ move, t: point.getTime() });
  }
  placed.sort((a, b) => a.t - b.t || a.move.id - b.move.id);
  const windowMs = rule.windowDays * DAY_MS;
  const episodes: Episode[] = [];
  let first = -1;
  let last = -1;
  let i = 0;
  for (let j = 0; j < placed.length; j++) {
    while (placed[j].t - placed[i].t >= windowMs) i++;
    if (j - i + 1 < rule.threshold) continue;
    if (last >= 0 && i <= last) {
      last = j;
    } else {
      if (last >= 0) episodes.push(buildEpisode(placed.slice(first, last + 1)));
      first = i;
      last = j;
    }
  }
  if (last >= 0) episodes.push(buildEpisode(placed.slice(first, last + 1)));
  return episodes;
}

function buildEpisode(members: Array<{ move: AnalysisMove; t: number }>): Episode {
  const moves = members.map((m) => m.move);
  const counts = new Map<string, { org: string | null; count: number }>();
  for (const m of moves) {
    const key = m.to ? foldName(m.to.org) : '';
    const entry = counts.get(key) ?? { org: m.to ? m.to.org : null, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const firstTeam = moves[0].from?.team ?? null;
  const team = firstTeam !== null && moves.every((m) => m.from?.team && foldName(m.from.team) === foldName(firstTeam)) ? firstTeam : null;
  return {
    start: formatDay(new Date(members[0].t)),
    end: formatDay(new Date(members[members.length - 1].t)),
    moves,
    people: [...new Set(moves.map((m) => m.person))],
    destinations: [...counts.values()].sort((a, b) => b.count - a.count || String(a.org).localeCompare(String(b.org))),
    team,
  };
}

/**
 * The day recency is measured from: the newest placed move in the store (any organization), but
 * never later than `now`, so that a move announced for next year does not make today's episodes old.
 * Null when no move can be placed.
 */
export function newestMoveDay(moves: readonly AnalysisMove[], now: Date): Date | null {
  let newest: number | null = null;
  for (const m of moves) {
    const p = movePoint(m);
    if (!p) continue;
    const t = Math.min(p.getTime(), now.getTime());
    if (newest === null || t > newest) newest = t;
  }
  return newest === null ? null : new Date(newest);
}

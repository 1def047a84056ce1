/** Departure bursts: windows in which an organization or team loses more people than its own baseline explains. */
import type { AnalysisMove } from './analysis-move.ts';
import { foldName } from './_fold-name.ts';
import { collectSources, countDestinations, groupDepartures, type DepartureGroup, type TimedMove } from './_group-departures.ts';
import { DAY_MS, formatDay, moveInterval, movePoint, parseDateSpan } from './move-time.ts';
import { poissonUpperTail } from './poisson-tail.ts';

export interface BurstOptions {
  /** Length of the sliding window in days (default 30). */
  windowDays?: number;
  /** Fewest departures in a window that can be a burst (default 3). */
  threshold?: number;
  /** Largest Poisson upper-tail probability that still counts as surprising (default 0.01). */
  alpha?: number;
  /** Group departures by organization (default) or by organization and team. */
  level?: 'org' | 'team';
  /** End of the observed history (default: the latest dated move); later moves are ignored. */
  now?: Date | string;
  /** Prior on the baseline rate, as pseudo-departures over pseudo-days (default 1 over 365: one a year). */
  priorDepartures?: number;
  priorDays?: number;
}

export interface Burst {
  org: string;
  /** The team at team level; at organization level, the team every departure shares, else null. */
  team: string | null;
  /** First and last departure day in the burst (YYYY-MM-DD). */
  start: string;
  end: string;
  count: number;
  /** Departures the baseline rate predicts over the burst's duration. */
  expected: number;
  /** Baseline departures per day, from the group's departures outside the burst plus the prior. */
  baselineRate: number;
  /** P(N ≥ count) under Poisson(expected). */
  pValue: number;
  people: string[];
  destinations: Array<{ org: string | null; count: number; teams: string[] }>;
  sources: Array<{ source: string; url: string | null; published: string | null }>;
  moves: AnalysisMove[];
}

export interface BurstResult {
  bursts: Burst[];
  /** Departures with neither a date nor a reported day: not placed, listed here. */
  undatable: AnalysisMove[];
  /** Departures known only to the year: they count toward baselines but cannot form a burst. */
  coarse: AnalysisMove[];
}

/**
 * Finds departure bursts. Rule, per origin group:
 * - Departures are placed at `movePoint`: day-dated and undated ones (on their reported day) at that
 *   day, month-dated ones at mid-month. Year-only ones are too coarse to place in a 30-day window:
 *   they count in the baseline and are listed in `coarse`.
 * - A window [t, t + windowDays) slides over the sorted departures (two pointers, linear). It is a
 *   candidate when it holds ≥ threshold departures and P(N ≥ k | λ) < alpha, λ = baseline rate ×
 *   windowDays. The baseline rate excludes the window: (prior + departures outside it) / (prior days
 *   + observed days outside it), where observation runs from the first dated move naming the
 *   organization (either side) to `now`. The Gamma-style prior (1 departure a year by default) keeps
 *   an organization with no history from being infinitely surprising.
 * - Overlapping candidates merge into one maximal burst, whose expected count and p-value are
 *   recomputed over its own duration (at least windowDays).
 * @example findBursts(moves, { windowDays: 30, threshold: 3 }).bursts[0].people
 */
export function findBursts(moves: readonly AnalysisMove[], options: BurstOptions = {}): BurstResult {
  const windowDays = options.windowDays ?? 30;
  const threshold = options.threshold ?? 3;
  const alpha = options.alpha ?? 0.01;
  const level = options.level ?? 'org';
  const priorDepartures = options.priorDepartures ?? 1;
  const priorDays = options.priorDays ?? 365;
  if (!(windowDays > 0) || !(threshold >= 1) || !(alpha > 0) || !(priorDepartures > 0) || !(priorDays > 0)) {
    throw new RangeError('findBursts: windowDays, threshold, alpha and the prior must be positive');
  }
  const nowMs = resolveNow(moves, options.now);
  const firstSeen = findFirstSeen(moves);
  // A month (up to 31 days) stands at its midpoint; a year does not.
  const { groups, undatable } = groupDepartures(moves, level, (span) => span.precision !== 'year', nowMs);
  const bursts: Burst[] = [];
  const coarse: AnalysisMove[] = [];
  for (const group of groups) {
    coarse.push(...group.coarse.map((c) => c.move));
    if (nowMs === null) continue;
    const observedDays = (nowMs - (firstSeen.get(foldName(group.org)) ?? nowMs)) / DAY_MS + 1;
    const ctx: BaselineContext = { total: group.placed.length + group.coarse.length, observedDays, priorDepartures, priorDays };
    bursts.push(...scanGroup(group, ctx, windowDays, threshold, alpha, level));
  }
  bursts.sort((a, b) => a.pValue - b.pValue || a.start.localeCompare(b.start));
  return { bursts, undatable, coarse };
}

interface BaselineContext { total: number; observedDays: number; priorDepartures: number; priorDays: number }

/** Baseline departures per day with `count` departures over `days` days left out. */
function baselineRate(ctx: BaselineContext, count: number, days: number): number {
  return (ctx.priorDepartures + ctx.total - count) / (ctx.priorDays + Math.max(0, ctx.observedDays - days));
}

function scanGroup(group: DepartureGroup, ctx: BaselineContext, windowDays: number, threshold: number, alpha: number, level: 'org' | 'team'): Burst[] {
  const placed = group.placed;
  const windowMs = windowDays * DAY_MS;
  const out: Burst[] = [];
  let burstFirst = -1;
  let burstLast = -1;
  let i = 0;
  for (let j = 0; j < placed.length; j++) {
    while (placed[j].t - placed[i].t >= windowMs) i++;
    const count = j - i + 1;
    if (count < threshold) continue;
    if (poissonUpperTail(count, baselineRate(ctx, count, windowDays) * windowDays) >= alpha) continue;
    if (burstLast >= 0 && i <= burstLast) {
      burstLast = j;
    } else {
      if (burstLast >= 0) out.push(buildBurst(group, placed.slice(burstFirst, burstLast + 1), ctx, windowDays, level));
      burstFirst = i;
      burstLast = j;
    }
  }
  if (burstLast >= 0) out.push(buildBurst(group, placed.slice(burstFirst, burstLast + 1), ctx, windowDays, level));
  return out;
}

function buildBurst(group: DepartureGroup, members: TimedMove[], ctx: BaselineContext, windowDays: number, level: 'org' | 'team'): Burst {
  const first = members[0].t;
  const last = members[members.length - 1].t;
  const days = Math.max(windowDays, (last - first) / DAY_MS + 1);
  const rate = baselineRate(ctx, members.length, days);
  const expected = rate * days;
  const moves = members.map((m) => m.move);
  return {
    org: group.org,
    team: level === 'team' ? group.team : sharedTeam(moves),
    start: formatDay(new Date(first)),
    end: formatDay(new Date(last)),
    count: members.length,
    expected,
    baselineRate: rate,
    pValue: poissonUpperTail(members.length, expected),
    people: [...new Set(moves.map((m) => m.person))],
    destinations: countDestinations(moves),
    sources: collectSources(moves),
    moves,
  };
}

/** The origin team every move names, or null when any lacks one or they differ. */
function sharedTeam(moves: readonly AnalysisMove[]): string | null {
  const team = moves[0].from?.team ?? null;
  if (team === null) return null;
  const folded = foldName(team);
  return moves.every((m) => m.from?.team && foldName(m.from.team) === folded) ? team : null;
}

/** Earliest start of any dated move naming each organization, on either side (folded name → ms). */
function findFirstSeen(moves: readonly AnalysisMove[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const m of moves) {
    const span = moveInterval(m);
    if (!span) continue;
    for (const side of [m.from, m.to]) {
      if (!side) continue;
      const key = foldName(side.org);
      const seen = first.get(key);
      if (seen === undefined || span.start.getTime() < seen) first.set(key, span.start.getTime());
    }
  }
  return first;
}

/** `now` as ms: the option (a Date or a partial date, at its last day), else the latest move point. */
function resolveNow(moves: readonly AnalysisMove[], now: Date | string | undefined): number | null {
  if (now instanceof Date) return now.getTime();
  if (typeof now === 'string') {
    const span = parseDateSpan(now);
    if (!span) throw new RangeError(`findBursts: now must be YYYY, YYYY-MM or YYYY-MM-DD, got '${now.slice(0, 40)}'`);
    return span.end.getTime();
  }
  let latest: number | null = null;
  for (const m of moves) {
    const p = movePoint(m);
    if (p && (latest === null || p.getTime() > latest)) latest = p.getTime();
  }
  return latest;
}

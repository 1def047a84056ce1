/** Follow-the-leader cascades: people leaving an organization for the same destination soon after a senior person did. */
import type { AnalysisMove } from './analysis-move.ts';
import { deriveSeniority } from './derive-seniority.ts';
import { foldName } from './_fold-name.ts';
import { collectSources, groupDepartures, type TimedMove } from './_group-departures.ts';
import { DAY_MS, formatDay } from './move-time.ts';

export interface CascadeOptions {
  /** How long after the leader a departure still counts as following (default 90 days). */
  days?: number;
  /** Fewest followers for a cascade without a senior leader (default 2). */
  minLikelyFollowers?: number;
}

export interface CascadeMember { person: string; date: string; team: string | null; role: string | null; move: AnalysisMove }

export interface Cascade {
  /** The origin organization, and the leader's team when named. */
  org: string;
  team: string | null;
  /** Destination organization. */
  to: string;
  /** 'senior': the leader's stated role is senior; 'likely': no senior role is known, the earliest of ≥ 2 followers leads. */
  confidence: 'senior' | 'likely';
  leader: CascadeMember;
  followers: CascadeMember[];
  /** Days from the leader to the last follower. */
  spanDays: number;
  sources: Array<{ source: string; url: string | null; published: string | null }>;
}

export interface CascadeResult {
  cascades: Cascade[];
  /** Departures with neither a date nor a reported day. */
  undatable: AnalysisMove[];
  /** Departures known only to the year: too coarse to order within a window of days. */
  coarse: AnalysisMove[];
}

/**
 * Finds cascades. Departures are grouped by origin organization and destination organization and
 * placed at `movePoint` (undated ones on their reported day; month-dated at mid-month; ones whose
 * span exceeds the window, year-only ones at the default 90 days, are listed in `coarse`). A follower leaves within [leader, leader + days]:
 * the same day counts, because a reported day only bounds when a move happened. When the leader
 * names a team, a follower from a different named team does not follow; one with no team does.
 * - 'senior' cascades: each departure whose role is senior (`seniority`, or role words) with at
 *   least one follower. A senior who follows an earlier senior leader, and whose own followers all
 *   follow that leader too, adds nothing and is not reported again.
 * - 'likely' cascades: among departures in no senior cascade, the earliest one followed by at
 *   least `minLikelyFollowers` others leads, with lower confidence; its followers are then used up.
 * Linear in the departures of each flow plus the size of the output.
 */
export function findCascades(moves: readonly AnalysisMove[], options: CascadeOptions = {}): CascadeResult {
  const days = options.days ?? 90;
  const minLikely = options.minLikelyFollowers ?? 2;
  if (!(days >= 0) || !(minLikely >= 1)) throw new RangeError('findCascades: days must be ≥ 0 and minLikelyFollowers ≥ 1');
  const spanLimit = Math.max(days, 31) * DAY_MS;
  const { groups, undatable } = groupDepartures(moves, 'org', (span) => span.end.getTime() - span.start.getTime() < spanLimit, null);
  const cascades: Cascade[] = [];
  const coarse: AnalysisMove[] = [];
  for (const group of groups) {
    coarse.push(...group.coarse.map((c) => c.move));
    for (const flow of splitByDestination(group.placed)) cascades.push(...scanFlow(flow, days * DAY_MS, minLikely));
  }
  cascades.sort((a, b) => a.leader.date.localeCompare(b.leader.date) || a.org.localeCompare(b.org));
  return { cascades, undatable, coarse };
}

/** Same-destination sub-lists of one origin's sorted departures (order kept). */
function splitByDestination(placed: readonly TimedMove[]): TimedMove[][] {
  const flows = new Map<string, TimedMove[]>();
  for (const d of placed) {
    if (!d.move.to) continue;
    const key = foldName(d.move.to.org);
    const list = flows.get(key);
    if (list) list.push(d);
    else flows.set(key, [d]);
  }
  return [...flows.values()];
}

function isSenior(m: AnalysisMove): boolean {
  return (m.seniority ?? deriveSeniority(m.role)) === 'senior';
}

function follows(leader: AnalysisMove, m: AnalysisMove): boolean {
  if (m.personId === leader.personId) return false;
  const team = leader.from?.team;
  const other = m.from?.team;
  return !team || !other || foldName(team) === foldName(other);
}

function scanFlow(flow: TimedMove[], windowMs: number, minLikely: number): Cascade[] {
  const out: Cascade[] = [];
  const inSenior = new Set<number>();
  // The previous senior cascade: its leader and followers.
  let lastMembers = new Set<number>();
  let end = 0;
  let tie = 0;
  for (let i = 0; i < flow.length; i++) {
    if (end < i) end = i;
    while (end + 1 < flow.length && flow[end + 1].t - flow[i].t <= windowMs) end++;
    while (flow[tie].t < flow[i].t) tie++;
    if (!isSenior(flow[i].move)) continue;
    const leader = flow[i].move;
    const followers = collectFollowers(flow, i, tie, end, leader, () => true);
    if (followers.length === 0) continue;
    // Subsumed: this senior followed an earlier leader whose cascade already holds all of these people.
    if (lastMembers.has(i) && followers.every((f) => lastMembers.has(f))) continue;
    lastMembers = new Set([i, ...followers]);
    inSenior.add(i);
    for (const f of followers) inSenior.add(f);
    out.push(buildCascade(flow, i, followers, 'senior'));
  }
  return [...out, ...scanLikely(flow, windowMs, inSenior, minLikely)];
}

function scanLikely(flow: TimedMove[], windowMs: number, used: Set<number>, minLikely: number): Cascade[] {
  const out: Cascade[] = [];
  let end = 0;
  for (let i = 0; i < flow.length; i++) {
    if (end < i) end = i;
    while (end + 1 < flow.length && flow[end + 1].t - flow[i].t <= windowMs) end++;
    if (used.has(i)) continue;
    const leader = flow[i].move;
    // The earliest free departure leads, so nothing free before it can follow it.
    const followers = collectFollowers(flow, i, i + 1, end, leader, (k) => !used.has(k));
    if (followers.length < minLikely) continue;
    used.add(i);
    for (const f of followers) used.add(f);
    out.push(buildCascade(flow, i, followers, 'likely'));
  }
  return out;
}

/** Indexes from `from` to `end`, other than the leader's `i`, that follow the leader. */
function collectFollowers(flow: TimedMove[], i: number, from: number, end: number, leader: AnalysisMove, free: (k: number) => boolean): number[] {
  const out: number[] = [];
  for (let k = from; k <= end; k++) if (k !== i && free(k) && follows(leader, flow[k].move)) out.push(k);
  return out;
}

function toMember(d: TimedMove): CascadeMember {
  return { person: d.move.person, date: formatDay(new Date(d.t)), team: d.move.from?.team ?? null, role: d.move.role, move: d.move };
}

function buildCascade(flow: TimedMove[], i: number, followers: number[], confidence: 'senior' | 'likely'): Cascade {
  const leader = flow[i];
  const last = flow[followers[followers.length - 1]];
  // Same-day followers may sort before the leader; the span is never negative.
  return {
    org: leader.move.from!.org,
    team: leader.move.from!.team,
    to: leader.move.to!.org,
    confidence,
    leader: toMember(leader),
    followers: followers.map((k) => toMember(flow[k])),
    spanDays: Math.max(0, Math.round((last.t - leader.t) / DAY_MS)),
    sources: collectSources([leader.move, ...followers.map((k) => flow[k].move)]),
  };
}

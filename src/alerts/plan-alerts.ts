/**
 * Which episodes fire and which are already-fired episodes that grew: pure.
 *
 * Identity: an episode is the same as a fired alert of the same rule when their day spans overlap
 * (window_start..window_end). A maximal run only grows or merges as moves arrive, so the run that
 * fired keeps overlapping its alert: it updates that alert (count, people, end) and never fires
 * again. A run that overlaps no fired alert is new; its key is `<rule id>:<first day>`, stored
 * unique, so two evaluations racing over one episode record it once.
 *
 * Recency: a rule does not fire for old history. An episode fires only when its last departure is
 * within `windowDays` of the reference day (the newest move in the store, capped at now — not
 * today, because archives are often ingested late), unless the rule has `backfill`. Old episodes
 * are not recorded, so they can still fire later if new departures extend them into the present.
 */
import type { AlertRule, EpisodeSpan } from '../store/alerts-store.ts';
import { DAY_MS } from '../analyze/move-time.ts';
import type { Episode } from './find-episodes.ts';

export interface AlertPlan {
  fire: Array<{ episode: Episode; episodeKey: string }>;
  grow: Array<{ alertId: number; episode: Episode }>;
  /** Episodes left out because they ended before the recency cut-off. */
  stale: Episode[];
}

export function planAlerts(rule: Pick<AlertRule, 'id' | 'windowDays' | 'backfill'>, episodes: readonly Episode[], fired: readonly EpisodeSpan[], reference: Date | null): AlertPlan {
  const plan: AlertPlan = { fire: [], grow: [], stale: [] };
  const own = fired.filter((f) => f.ruleId === rule.id).sort((a, b) => a.windowStart.localeCompare(b.windowStart) || a.id - b.id);
  const cutoff = reference ? new Date(reference.getTime() - rule.windowDays * DAY_MS).toISOString().slice(0, 10) : null;
  for (const episode of episodes) {
    const known = own.find((f) => f.windowStart <= episode.end && episode.start <= f.windowEnd);
    if (known) plan.grow.push({ alertId: known.id, episode });
    else if (rule.backfill || cutoff === null || episode.end >= cutoff) plan.fire.push({ episode, episodeKey: `${rule.id}:${episode.start}` });
    else plan.stale.push(episode);
  }
  return plan;
}

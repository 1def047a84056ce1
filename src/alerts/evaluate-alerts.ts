/**
 * Evaluates every active rule over the stored moves and records what fired (see plan-alerts.ts for
 * what counts as a new episode and find-episodes.ts for what counts as a departure). New alerts get
 * one pending delivery per webhook: the rule's own, else the global default at firing time
 * (POACHWATCH_WEBHOOK_URL, passed in by the caller); an alert fired without any has none.
 */
import { toAnalysisMove } from '../analyze/index.ts';
import type { Store } from '../store/index.ts';
import type { EpisodeFields } from '../store/alerts-store.ts';
import { findEpisodes, groupByOrigin, movesLeaving, newestMoveDay, type Episode } from './find-episodes.ts';
import { planAlerts } from './plan-alerts.ts';
import { renderReason } from './render-alert.ts';

export interface EvaluateOptions {
  /** Webhook for rules without their own. */
  defaultWebhook?: string | null;
  /** Default: the current time. */
  now?: Date;
}

export interface EvaluateReport {
  /** Ids of the alerts this evaluation fired. */
  fired: number[];
  /** Fired alerts whose episode grew. */
  updated: number[];
  /** Episodes too old to fire (rules without backfill). */
  stale: number;
}

export async function evaluateAlerts(store: Store, options: EvaluateOptions = {}): Promise<EvaluateReport> {
  const report: EvaluateReport = { fired: [], updated: [], stale: 0 };
  const rules = await store.alerts.listRules();
  if (!rules.length) return report;
  const now = options.now ?? new Date();
  const moves = (await store.listMoves({})).map(toAnalysisMove);
  const reference = newestMoveDay(moves, now);
  const byOrigin = groupByOrigin(moves);
  const spans = await store.alerts.listEpisodeSpans(rules.map((r) => r.id));
  const firedAt = now.toISOString();
  for (const rule of rules) {
    const plan = planAlerts(rule, findEpisodes(movesLeaving(byOrigin, rule.org), rule), spans, reference);
    report.stale += plan.stale.length;
    for (const { episode, episodeKey } of plan.fire) {
      const webhook = rule.webhook ?? options.defaultWebhook ?? null;
      const id = await store.alerts.recordFired({ ...episodeFields(rule, episode), rule, episodeKey, firedAt, webhooks: webhook ? [webhook] : [] });
      if (id !== null) report.fired.push(id);
    }
    if (!plan.grow.length) continue;
    const current = new Map((await store.alerts.listFired({ ids: plan.grow.map((g) => g.alertId) })).map((a) => [a.id, a]));
    for (const { alertId, episode } of plan.grow) {
      const stored = current.get(alertId);
      // Reasons are rendered with the rule as it was when the alert fired.
      const fields = episodeFields(stored?.rule ?? rule, episode);
      if (stored && sameEpisode(stored, fields)) continue;
      await store.alerts.updateEpisode(alertId, fields, firedAt);
      report.updated.push(alertId);
    }
  }
  return report;
}

export function episodeFields(rule: Parameters<typeof renderReason>[0], e: Episode): EpisodeFields {
  const fields = {
    windowStart: e.start,
    windowEnd: e.end,
    count: e.moves.length,
    team: e.team,
    people: e.people,
    moveIds: e.moves.map((m) => m.id),
    destinations: e.destinations,
  };
  return { ...fields, reason: renderReason(rule, fields) };
}

function sameEpisode(a: EpisodeFields, b: EpisodeFields): boolean {
  const pick = (f: EpisodeFields) => JSON.stringify([f.windowStart, f.windowEnd, f.count, f.team, f.people, f.moveIds, f.destinations, f.reason]);
  return pick(a) === pick(b);
}

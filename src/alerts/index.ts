/**
 * Alerts: rules evaluated after each ingest, fired alerts, webhook delivery. See README.md.
 * `runAlerts` is the "after ingest" entry point: evaluate (when moves changed), then deliver.
 */
import type { Store } from '../store/index.ts';
import { deliverPending, type DeliveryOptions, type DeliveryRunReport } from './deliver-pending.ts';
import { evaluateAlerts } from './evaluate-alerts.ts';
import { summariseFired, type FiredAlertSummary } from './summarise-fired.ts';

export { findEpisodes, groupByOrigin, movesLeaving, matchesRule, teamMatches, newestMoveDay, type Episode, type RuleSpec } from './find-episodes.ts';
export { planAlerts, type AlertPlan } from './plan-alerts.ts';
export { renderReason, renderWebhookBody, redactWebhookUrl, type AlertLang, type WebhookBody } from './render-alert.ts';
export { postWebhook, type AttemptResult } from './post-webhook.ts';
export { deliverPending, backoffDelay, type DeliveryOptions, type DeliveryRunReport } from './deliver-pending.ts';
export { evaluateAlerts, episodeFields, type EvaluateOptions, type EvaluateReport } from './evaluate-alerts.ts';
export { resolveRuleOrgs } from './resolve-rule-orgs.ts';
export { summariseFired, renderFiredLine, type FiredAlertSummary } from './summarise-fired.ts';

export interface AlertRunOptions {
  /** Webhook for rules without their own; default $POACHWATCH_WEBHOOK_URL. */
  defaultWebhook?: string | null;
  delivery?: DeliveryOptions;
  now?: Date;
}

export interface AlertRunReport {
  fired: FiredAlertSummary[];
  delivery: DeliveryRunReport;
}

/**
 * Evaluates the rules (only when `evaluate`: the moves changed) and then sends every due delivery,
 * including ones left pending by earlier runs. Returns the newly fired alerts with their delivery state.
 */
export async function runAlerts(store: Store, options: AlertRunOptions & { evaluate: boolean }): Promise<AlertRunReport> {
  const defaultWebhook = options.defaultWebhook === undefined ? (process.env.POACHWATCH_WEBHOOK_URL || null) : options.defaultWebhook;
  const evaluation = options.evaluate ? await evaluateAlerts(store, { defaultWebhook, now: options.now }) : { fired: [] };
  const delivery = await deliverPending(store.alerts, options.delivery);
  const fired = evaluation.fired.length ? await store.alerts.listFired({ ids: evaluation.fired }) : [];
  return { fired: fired.reverse().map(summariseFired), delivery };
}

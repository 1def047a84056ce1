/**
 * Sends pending webhook deliveries, with retries and exponential backoff, persisting every step.
 *
 * Per alert × webhook: at most `maxAttempts` (5) attempts in all, the n-th retry waiting
 * base · 2^(n-1) (1 s, 2 s, 4 s, 8 s) ±20% jitter, or longer when the receiver sends Retry-After
 * (capped at 5 min). Each attempt is claimed in the store first (which counts it and holds the row
 * for the timeout plus a margin), and its outcome is written before any wait, so a crash between
 * attempts loses nothing: the row stays pending with its next attempt time and is picked up by the
 * next run. Delivered is final: a delivered row is never claimed again. The one duplicate HTTP
 * cannot exclude — a crash after the receiver accepted but before the outcome was written — is
 * why every request carries the same `Idempotency-Key` for one alert × webhook.
 *
 * A run waits in-process between attempts up to `waitBudgetMs` in all (the ingest sets 30 s so a
 * dead receiver cannot hold it up for long); deliveries whose next attempt falls beyond it stay
 * pending for the next ingest or `poachwatch alerts deliver`, and so do the other deliveries to a
 * receiver that was left pending in this run.
 */
import type { AlertDelivery, AlertStore, FiredAlert } from '../store/alerts-store.ts';
import { postWebhook, type AttemptResult } from './post-webhook.ts';
import { renderWebhookBody } from './render-alert.ts';

export interface DeliveryOptions {
  /** First retry delay in ms (default 1000); tests pass a few ms. */
  baseDelayMs?: number;
  /** Default 5. */
  maxAttempts?: number;
  /** Per attempt, default 10 000 ms. */
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** Total in-process waiting this run may do (default: unlimited). */
  waitBudgetMs?: number;
  /** Attempt pending deliveries now even when their backoff has not elapsed (`alerts deliver`). */
  ignoreBackoff?: boolean;
  /** Jitter source, [0, 1). */
  random?: () => number;
  /** The attempt itself (default: an HTTP POST). */
  post?: typeof postWebhook;
}

export interface DeliveryRunReport {
  attempted: number;
  delivered: number;
  failed: number;
  /** Still pending after this run (retried later). */
  pending: number;
}

const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** The wait before attempt `attempts + 1`, after `attempts` failed ones. */
export function backoffDelay(attempts: number, baseDelayMs: number, random: () => number, retryAfterMs?: number): number {
  const backoff = baseDelayMs * 2 ** Math.max(0, attempts - 1) * (0.8 + 0.4 * random());
  return Math.round(Math.max(backoff, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS)));
}

export async function deliverPending(store: AlertStore, options: DeliveryOptions = {}): Promise<DeliveryRunReport> {
  const report: DeliveryRunReport = { attempted: 0, delivered: 0, failed: 0, pending: 0 };
  const due = await store.listDueDeliveries(new Date().toISOString(), { includeNotDue: options.ignoreBackoff });
  if (!due.length) return report;
  const alerts = new Map((await store.listFired({ ids: [...new Set(due.map((d) => d.alertId))] })).map((a) => [a.id, a]));
  const budget = { left: options.waitBudgetMs ?? Number.POSITIVE_INFINITY };
  // A receiver left pending in this run is not tried again for its other alerts (each could cost a
  // full timeout); they keep their place and go out with it next time.
  const down = new Set<string>();
  for (const delivery of due) {
    const alert = alerts.get(delivery.alertId);
    if (!alert) continue;
    if (down.has(delivery.url)) {
      report.pending++;
      continue;
    }
    const state = await deliverOne(store, delivery, alert, options, budget, report);
    if (state) report[state]++;
    if (state === 'pending') down.add(delivery.url);
  }
  return report;
}

/** Attempts one delivery until it is delivered, fails for good, or its next wait exceeds the budget. */
async function deliverOne(
  store: AlertStore, delivery: AlertDelivery, alert: FiredAlert, options: DeliveryOptions, budget: { left: number }, report: DeliveryRunReport,
): Promise<'delivered' | 'failed' | 'pending' | null> {
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const random = options.random ?? Math.random;
  const post = options.post ?? postWebhook;
  const body = renderWebhookBody(alert);
  let attempts = delivery.attempts;
  for (;;) {
    const now = new Date();
    // Held for the attempt's timeout plus a margin; after that another sender may take it over.
    const claimedUntil = new Date(now.getTime() + timeoutMs + 30_000).toISOString();
    if (!(await store.claimDelivery(delivery.id, now.toISOString(), claimedUntil))) return null;
    attempts++;
    report.attempted++;
    const result: AttemptResult = await post(delivery.url, body, { timeoutMs, maxResponseBytes: options.maxResponseBytes, idempotencyKey: `poachwatch-${alert.episodeKey}` });
    if (result.kind === 'delivered') {
      await store.recordDeliveryOutcome(delivery.id, { state: 'delivered', deliveredAt: new Date().toISOString() });
      return 'delivered';
    }
    if (result.kind === 'permanent') {
      await store.recordDeliveryOutcome(delivery.id, { state: 'failed', error: result.error });
      return 'failed';
    }
    if (attempts >= maxAttempts) {
      await store.recordDeliveryOutcome(delivery.id, { state: 'failed', error: `gave up after ${attempts} attempts: ${result.error}` });
      return 'failed';
    }
    const wait = backoffDelay(attempts, baseDelayMs, random, result.retryAfterMs);
    await store.recordDeliveryOutcome(delivery.id, { state: 'pending', error: result.error, nextAttemptAt: new Date(Date.now() + wait).toISOString() });
    if (wait > budget.left) return 'pending';
    budget.left -= wait;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

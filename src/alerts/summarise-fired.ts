/** A fired alert in short, as an ingest reports it, and its one-line rendering. */
import type { FiredAlert } from '../store/alerts-store.ts';

export interface FiredAlertSummary {
  id: number;
  ruleId: number;
  ruleName: string;
  reason: string;
  count: number;
  people: string[];
  windowStart: string;
  windowEnd: string;
  /** none: no webhook configured; else the state after this run's delivery attempt. */
  delivery: FiredAlert['delivery'];
  deliveries: Array<{ url: string; state: string; attempts: number; lastError: string | null }>;
}

export function summariseFired(a: FiredAlert): FiredAlertSummary {
  return {
    id: a.id, ruleId: a.ruleId, ruleName: a.rule.name, reason: a.reason, count: a.count, people: a.people,
    windowStart: a.windowStart, windowEnd: a.windowEnd, delivery: a.delivery,
    deliveries: a.deliveries.map((d) => ({ url: d.url, state: d.state, attempts: d.attempts, lastError: d.lastError })),
  };
}

/** `alert #3 [rule name]: <reason>: A, B, C (webhook delivered)` */
export function renderFiredLine(a: FiredAlertSummary): string {
  const delivery = a.delivery === 'none' ? 'no webhook' : `webhook ${a.delivery}`;
  return `alert #${a.id} [${a.ruleName}]: ${a.reason}: ${a.people.join(', ')} (${delivery})\n`;
}

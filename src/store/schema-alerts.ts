/** Table shapes of migration 0002-alerts: rules, the alerts they fired, and one delivery row per alert × webhook. */
import type { Generated } from 'kysely';

export interface AlertRuleTable {
  id: Generated<number>;
  name: string;
  /** Canonical organization name the departures leave. */
  org: string;
  /** Team of `org` the departures leave, or null for the whole organization. */
  team: string | null;
  /** Only departures to this organization count, or null for any destination. */
  to_org: string | null;
  window_days: number;
  threshold: number;
  /** The rule's own webhook; null: the global default (POACHWATCH_WEBHOOK_URL) at firing time, if any. */
  webhook_url: string | null;
  /** 1: fire every episode in the history, however old (see src/alerts/README.md). */
  backfill: number;
  created_at: string;
  /** Removed rules stay (fired alerts refer to them) but are no longer evaluated or listed. */
  removed_at: string | null;
}

export interface FiredAlertTable {
  id: Generated<number>;
  rule_id: number;
  /** `<rule id>:<first day of the episode when it first fired>`; unique, so one episode fires once. */
  episode_key: string;
  /** JSON snapshot of the rule when the alert fired (the rule may change or go later). */
  rule: string;
  window_start: string;
  window_end: string;
  count: number;
  /** The origin team every departure names, when they agree. */
  team: string | null;
  /** JSON string[] */
  people: string;
  /** JSON number[]: move ids at the latest evaluation (move ids change when moves are re-resolved). */
  move_ids: string;
  /** JSON Array<{ org: string | null; count: number }> */
  destinations: string;
  /** English reason line, as rendered at the latest evaluation. */
  reason: string;
  fired_at: string;
  updated_at: string;
}

export interface AlertDeliveryTable {
  id: Generated<number>;
  alert_id: number;
  url: string;
  /** 'pending' | 'delivered' | 'failed' */
  state: string;
  attempts: number;
  last_error: string | null;
  /** ISO instant before which nobody attempts it: the backoff, or a sender's claim on it. */
  next_attempt_at: string;
  /** ISO instant until which one sender holds the row (set when an attempt starts, cleared with its outcome). */
  claimed_until: string | null;
  delivered_at: string | null;
}

export interface AlertTables {
  alert_rules: AlertRuleTable;
  fired_alerts: FiredAlertTable;
  alert_deliveries: AlertDeliveryTable;
}

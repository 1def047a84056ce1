/**
 * Alert rules, fired alerts and their webhook deliveries (tables of migration 0002-alerts).
 *
 * The store only keeps state; evaluation and delivery live in src/alerts. Two guarantees are the
 * store's: an episode fires once (`episode_key` is unique, inserts that collide do nothing), and a
 * delivery is attempted by one sender at a time (`claimDelivery` is a compare-and-set on
 * `claimed_until`) and never again once delivered.
 */
import type { Kysely, Selectable } from 'kysely';
import type { AlertDeliveryTable, FiredAlertTable } from './schema-alerts.ts';
import type { Database, Engine } from './schema.ts';

export interface AlertRule {
  id: number;
  name: string;
  /** Canonical organization name the departures leave. */
  org: string;
  /** Team of the organization, or null for the whole organization. */
  team: string | null;
  /** Only departures to this organization count; null: any destination. */
  to: string | null;
  windowDays: number;
  threshold: number;
  /** The rule's own webhook; null: the global default (POACHWATCH_WEBHOOK_URL) when an alert fires. */
  webhook: string | null;
  /** Fire every episode in the history, not only recent ones. */
  backfill: boolean;
  createdAt: string;
}

export interface NewAlertRule {
  org: string;
  team?: string | null;
  to?: string | null;
  /** Default 30. */
  windowDays?: number;
  /** Default 3. */
  threshold?: number;
  webhook?: string | null;
  /** Default: a description built from the other fields. */
  name?: string | null;
  backfill?: boolean;
}

export type DeliveryState = 'pending' | 'delivered' | 'failed';

export interface AlertDelivery {
  id: number;
  alertId: number;
  url: string;
  state: DeliveryState;
  attempts: number;
  lastError: string | null;
  /** ISO instant of the next attempt (backoff) while pending. */
  nextAttemptAt: string;
  deliveredAt: string | null;
}

/** What an evaluation finds about one episode; stored when it fires and refreshed while it grows. */
export interface EpisodeFields {
  /** First and last departure day (YYYY-MM-DD). */
  windowStart: string;
  windowEnd: string;
  count: number;
  /** The origin team every departure names, when they agree (else null). */
  team: string | null;
  people: string[];
  moveIds: number[];
  destinations: Array<{ org: string | null; count: number }>;
  /** One English line saying why it fired. */
  reason: string;
}

export interface FiredAlert extends EpisodeFields {
  id: number;
  ruleId: number;
  episodeKey: string;
  /** The rule as it was when the alert fired. */
  rule: AlertRule;
  firedAt: string;
  updatedAt: string;
  deliveries: AlertDelivery[];
  /** none: no webhook; pending while any delivery is; failed when any failed and none is pending. */
  delivery: 'none' | DeliveryState;
}

/** A fired alert's identity and span, which the evaluation compares new episodes against. */
export interface EpisodeSpan { id: number; ruleId: number; windowStart: string; windowEnd: string }

export interface DeliveryOutcome {
  state: DeliveryState;
  error?: string | null;
  /** Required while pending: when the next attempt is due. */
  nextAttemptAt?: string;
  deliveredAt?: string;
}

export interface AlertStore {
  /** Rules not removed, oldest first. */
  listRules(): Promise<AlertRule[]>;
  getRule(id: number): Promise<AlertRule | null>;
  addRule(input: NewAlertRule): Promise<AlertRule>;
  /** True when an active rule was removed. Its fired alerts stay listed. */
  removeRule(id: number): Promise<boolean>;
  /** Fired alerts newest first, each with its rule snapshot, reason, people, move ids, window and deliveries. */
  listFired(options?: { limit?: number; offset?: number; ids?: number[]; ruleId?: number }): Promise<FiredAlert[]>;
  /** Spans of every alert the rules fired, for telling a new episode from a growing one. */
  listEpisodeSpans(ruleIds: number[]): Promise<EpisodeSpan[]>;
  /**
   * Records a fired alert and a pending delivery per webhook, in one transaction. Returns the new
   * alert's id, or null when the episode key was already stored (it fired before).
   */
  recordFired(input: EpisodeFields & { rule: AlertRule; episodeKey: string; firedAt: string; webhooks: string[] }): Promise<number | null>;
  /** Refreshes a fired alert whose episode grew (no new delivery). */
  updateEpisode(id: number, fields: EpisodeFields, updatedAt: string): Promise<void>;
  /** Pending deliveries whose next attempt is due at `now` (or all pending ones with `includeNotDue`), oldest first. */
  listDueDeliveries(now: string, options?: { includeNotDue?: boolean; limit?: number }): Promise<AlertDelivery[]>;
  /**
   * Takes a pending delivery for one attempt: counts the attempt and holds the row until
   * `claimedUntil`, unless another sender holds it. False when it is not pending or is held.
   */
  claimDelivery(id: number, now: string, claimedUntil: string): Promise<boolean>;
  /** Records an attempt's outcome and releases the claim. A delivered row is never changed again. */
  recordDeliveryOutcome(id: number, outcome: DeliveryOutcome): Promise<void>;
  /** Failed deliveries become pending again with a fresh attempt budget; returns how many. */
  requeueFailed(now: string): Promise<number>;
}

const RULE_COLUMNS = ['id', 'name', 'org', 'team', 'to_org', 'window_days', 'threshold', 'webhook_url', 'backfill', 'created_at'] as const;

type RuleRow = { id: number; name: string; org: string; team: string | null; to_org: string | null; window_days: number; threshold: number; webhook_url: string | null; backfill: number; created_at: string };

function toRule(r: RuleRow): AlertRule {
  return {
    id: Number(r.id), name: r.name, org: r.org, team: r.team, to: r.to_org, windowDays: Number(r.window_days),
    threshold: Number(r.threshold), webhook: r.webhook_url, backfill: Number(r.backfill) === 1, createdAt: r.created_at,
  };
}

function toDelivery(r: Selectable<AlertDeliveryTable>): AlertDelivery {
  return {
    id: Number(r.id), alertId: Number(r.alert_id), url: r.url, state: r.state as DeliveryState, attempts: Number(r.attempts),
    lastError: r.last_error, nextAttemptAt: r.next_attempt_at, deliveredAt: r.delivered_at,
  };
}

function summariseDelivery(deliveries: readonly AlertDelivery[]): FiredAlert['delivery'] {
  if (!deliveries.length) return 'none';
  if (deliveries.some((d) => d.state === 'pending')) return 'pending';
  if (deliveries.some((d) => d.state === 'failed')) return 'failed';
  return 'delivered';
}

/** A name that says what the rule watches, for rules added without one. */
export function describeRule(r: Pick<AlertRule, 'org' | 'team' | 'to' | 'windowDays' | 'threshold'>): string {
  const from = r.team ? `${r.org} (${r.team})` : r.org;
  return `${from}${r.to ? ` → ${r.to}` : ''}: ${r.threshold}+ departures in ${r.windowDays} days`;
}

export class KyselyAlertStore implements AlertStore {
  readonly #db: Kysely<Database>;
  readonly #engine: Engine;

  constructor(db: Kysely<Database>, engine: Engine) {
    this.#db = db;
    this.#engine = engine;
  }

  async listRules(): Promise<AlertRule[]> {
    const rows = await this.#db.selectFrom('alert_rules').select(RULE_COLUMNS).where('removed_at', 'is', null).orderBy('id').execute();
    return rows.map(toRule);
  }

  async getRule(id: number): Promise<AlertRule | null> {
    const row = await this.#db.selectFrom('alert_rules').select(RULE_COLUMNS).where('id', '=', id).where('removed_at', 'is', null).executeTakeFirst();
    return row ? toRule(row) : null;
  }

  async addRule(input: NewAlertRule): Promise<AlertRule> {
    const windowDays = input.windowDays ?? 30;
    const threshold = input.threshold ?? 3;
    if (!Number.isInteger(windowDays) || windowDays < 1 || !Number.isInteger(threshold) || threshold < 1) {
      throw new RangeError('addRule: windowDays and threshold must be whole numbers ≥ 1');
    }
    const fields = { org: input.org, team: input.team ?? null, to: input.to ?? null, windowDays, threshold };
    const row = await this.#db
      .insertInto('alert_rules')
      .values({
        name: input.name?.trim() || describeRule(fields),
        org: fields.org,
        team: fields.team,
        to_org: fields.to,
        window_days: windowDays,
        threshold,
        webhook_url: input.webhook ?? null,
        backfill: input.backfill ? 1 : 0,
        created_at: new Date().toISOString(),
      })
      .returning(RULE_COLUMNS)
      .executeTakeFirstOrThrow();
    return toRule(row);
  }

  async removeRule(id: number): Promise<boolean> {
    const result = await this.#db
      .updateTable('alert_rules')
      .set({ removed_at: new Date().toISOString() })
      .where('id', '=', id)
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async listFired(options: { limit?: number; offset?: number; ids?: number[]; ruleId?: number } = {}): Promise<FiredAlert[]> {
    if (options.ids && !options.ids.length) return [];
    let query = this.#db.selectFrom('fired_alerts').selectAll().orderBy('fired_at', 'desc').orderBy('id', 'desc');
    if (options.ids) query = query.where('id', 'in', options.ids);
    if (options.ruleId !== undefined) query = query.where('rule_id', '=', options.ruleId);
    // SQLite accepts OFFSET only after a LIMIT, so an offset alone gets a limit no store reaches.
    if (options.limit !== undefined || options.offset) query = query.limit(options.limit ?? 2_147_483_647);
    if (options.offset) query = query.offset(options.offset);
    const rows = await query.execute();
    if (!rows.length) return [];
    const deliveries = await this.#db
      .selectFrom('alert_deliveries')
      .selectAll()
      .where('alert_id', 'in', rows.map((r) => r.id))
      .orderBy('id')
      .execute();
    const byAlert = new Map<number, AlertDelivery[]>();
    for (const d of deliveries.map(toDelivery)) byAlert.set(d.alertId, [...(byAlert.get(d.alertId) ?? []), d]);
    return rows.map((r) => toFired(r, byAlert.get(Number(r.id)) ?? []));
  }

  async listEpisodeSpans(ruleIds: number[]): Promise<EpisodeSpan[]> {
    if (!ruleIds.length) return [];
    const rows = await this.#db
      .selectFrom('fired_alerts')
      .select(['id', 'rule_id', 'window_start', 'window_end'])
      .where('rule_id', 'in', ruleIds)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: Number(r.id), ruleId: Number(r.rule_id), windowStart: r.window_start, windowEnd: r.window_end }));
  }

  async recordFired(input: EpisodeFields & { rule: AlertRule; episodeKey: string; firedAt: string; webhooks: string[] }): Promise<number | null> {
    return this.#db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('fired_alerts')
        .values({
          rule_id: input.rule.id,
          episode_key: input.episodeKey,
          rule: JSON.stringify(input.rule),
          ...episodeColumns(input),
          fired_at: input.firedAt,
          updated_at: input.firedAt,
        })
        .onConflict((oc) => oc.column('episode_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return null;
      const id = Number(inserted.id);
      const urls = [...new Set(input.webhooks)];
      if (urls.length) {
        await trx
          .insertInto('alert_deliveries')
          .values(urls.map((url) => ({ alert_id: id, url, state: 'pending', attempts: 0, last_error: null, next_attempt_at: input.firedAt, claimed_until: null, delivered_at: null })))
          .execute();
      }
      return id;
    });
  }

  async updateEpisode(id: number, fields: EpisodeFields, updatedAt: string): Promise<void> {
    await this.#db.updateTable('fired_alerts').set({ ...episodeColumns(fields), updated_at: updatedAt }).where('id', '=', id).execute();
  }

  async listDueDeliveries(now: string, options: { includeNotDue?: boolean; limit?: number } = {}): Promise<AlertDelivery[]> {
    let query = this.#db.selectFrom('alert_deliveries').selectAll().where('state', '=', 'pending');
    if (!options.includeNotDue) query = query.where('next_attempt_at', '<=', now);
    query = query.where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)])).orderBy('id');
    if (options.limit !== undefined) query = query.limit(options.limit);
    return (await query.execute()).map(toDelivery);
  }

  async claimDelivery(id: number, now: string, claimedUntil: string): Promise<boolean> {
    const result = await this.#db
      .updateTable('alert_deliveries')
      .set((eb) => ({ claimed_until: claimedUntil, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where('state', '=', 'pending')
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async recordDeliveryOutcome(id: number, outcome: DeliveryOutcome): Promise<void> {
    await this.#db
      .updateTable('alert_deliveries')
      .set({
        state: outcome.state,
        last_error: outcome.error ?? null,
        claimed_until: null,
        ...(outcome.nextAttemptAt ? { next_attempt_at: outcome.nextAttemptAt } : {}),
        ...(outcome.deliveredAt ? { delivered_at: outcome.deliveredAt } : {}),
      })
      .where('id', '=', id)
      .where('state', '!=', 'delivered')
      .execute();
  }

  async requeueFailed(now: string): Promise<number> {
    const result = await this.#db
      .updateTable('alert_deliveries')
      .set({ state: 'pending', attempts: 0, next_attempt_at: now, claimed_until: null })
      .where('state', '=', 'failed')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}

function episodeColumns(f: EpisodeFields) {
  return {
    window_start: f.windowStart,
    window_end: f.windowEnd,
    count: f.count,
    team: f.team,
    people: JSON.stringify(f.people),
    move_ids: JSON.stringify(f.moveIds),
    destinations: JSON.stringify(f.destinations),
    reason: f.reason,
  };
}

function toFired(r: Selectable<FiredAlertTable>, deliveries: AlertDelivery[]): FiredAlert {
  return {
    id: Number(r.id),
    ruleId: Number(r.rule_id),
    episodeKey: r.episode_key,
    rule: JSON.parse(r.rule) as AlertRule,
    windowStart: r.window_start,
    windowEnd: r.window_end,
    count: Number(r.count),
    team: r.team,
    people: JSON.parse(r.people) as string[],
    moveIds: JSON.parse(r.move_ids) as number[],
    destinations: JSON.parse(r.destinations) as EpisodeFields['destinations'],
    reason: r.reason,
    firedAt: r.fired_at,
    updatedAt: r.updated_at,
    deliveries,
    delivery: summariseDelivery(deliveries),
  };
}

/** Migration 0002-alerts: alert rules, fired alerts and their webhook deliveries. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

/** Same column conventions as 0001: integer flags, JSON as text, ISO instants as text, serial ids on PostgreSQL. */
export function createAlertsMigration(engine: Engine): Migration {
  const generatedId = engine === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('alert_rules')
        .addColumn('id', generatedId, (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('org', 'text', (c) => c.notNull())
        .addColumn('team', 'text')
        .addColumn('to_org', 'text')
        .addColumn('window_days', 'integer', (c) => c.notNull())
        .addColumn('threshold', 'integer', (c) => c.notNull())
        .addColumn('webhook_url', 'text')
        .addColumn('backfill', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('removed_at', 'text')
        .execute();

      await db.schema
        .createTable('fired_alerts')
        .addColumn('id', generatedId, (c) => c.primaryKey())
        .addColumn('rule_id', 'integer', (c) => c.notNull().references('alert_rules.id'))
        // The guard against firing one episode twice, even from two processes at once.
        .addColumn('episode_key', 'text', (c) => c.notNull().unique())
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('window_end', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('team', 'text')
        .addColumn('people', 'text', (c) => c.notNull())
        .addColumn('move_ids', 'text', (c) => c.notNull())
        .addColumn('destinations', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('fired_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('fired_alerts_rule_idx').on('fired_alerts').column('rule_id').execute();
      await db.schema.createIndex('fired_alerts_fired_idx').on('fired_alerts').columns(['fired_at', 'id']).execute();

      await db.schema
        .createTable('alert_deliveries')
        .addColumn('id', generatedId, (c) => c.primaryKey())
        .addColumn('alert_id', 'integer', (c) => c.notNull().references('fired_alerts.id').onDelete('cascade'))
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('claimed_until', 'text')
        .addColumn('delivered_at', 'text')
        .addUniqueConstraint('alert_deliveries_alert_url_uq', ['alert_id', 'url'])
        .execute();
      await db.schema.createIndex('alert_deliveries_due_idx').on('alert_deliveries').columns(['state', 'next_attempt_at']).execute();
    },
    async down(db: Kysely<any>) {
      for (const table of ['alert_deliveries', 'fired_alerts', 'alert_rules']) await db.schema.dropTable(table).ifExists().execute();
    },
  };
}

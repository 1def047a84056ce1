/** Migration 0004-feeds: watched feeds, their conditional-request state and health, and the items already seen. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

export function createFeedsMigration(engine: Engine): Migration {
  const generatedId = engine === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('feeds')
        .addColumn('id', generatedId, (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text')
        .addColumn('kind', 'text')
        .addColumn('interval_s', 'integer')
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('added_at', 'text', (c) => c.notNull())
        .addColumn('last_polled_at', 'text')
        .addColumn('last_status', 'text')
        .addColumn('last_error', 'text')
        .addColumn('last_success_at', 'text')
        .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_poll_at', 'text')
        .addColumn('items_seen', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('items_ingested', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      // No foreign key to feeds: items outlive a removed feed, so that re-adding it ingests nothing twice.
      await db.schema
        .createTable('feed_items')
        .addColumn('id', generatedId, (c) => c.primaryKey())
        .addColumn('feed_id', 'integer', (c) => c.notNull())
        .addColumn('link_key', 'text', (c) => c.unique())
        .addColumn('guid_key', 'text', (c) => c.unique())
        .addColumn('link', 'text')
        .addColumn('title', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('first_seen_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('last_attempt_at', 'text')
        .execute();
      await db.schema.createIndex('feed_items_feed_status_idx').on('feed_items').columns(['feed_id', 'status']).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('feed_items').ifExists().execute();
      await db.schema.dropTable('feeds').ifExists().execute();
    },
  };
}

/** Migration 0003-curation: human decisions on claims and people (accept, reject, edit, merge, split), respected by every re-resolution. */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

export function createCurationMigration(engine: Engine): Migration {
  const generatedId = engine === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: Kysely<any>) {
      // No foreign key to claims: a decision must outlive the claim rows it was made on (a new
      // revision or extractor writes new ones) and is matched to them by fingerprint instead.
      await db.schema
        .createTable('curation_decisions')
        .addColumn('id', generatedId, (c) => c.primaryKey())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('claim_id', 'integer', (c) => c.notNull())
        .addColumn('other_claim_id', 'integer')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('other_source', 'text')
        .addColumn('fingerprints', 'text', (c) => c.notNull())
        .addColumn('other_fingerprints', 'text')
        .addColumn('fields', 'text')
        .addColumn('decided_by', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('curation_decisions').ifExists().execute();
    },
  };
}

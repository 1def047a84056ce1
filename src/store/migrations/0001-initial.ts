/** Migration 0001: documents, claims, people, organizations, moves and their links. */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.ts';

/**
 * Creates the first version of the schema. Column types are ones both engines accept with the
 * same meaning; only generated ids differ (SQLite's rowid alias, PostgreSQL's serial).
 */
export function createInitialMigration(engine: Engine): Migration {
  const generatedId = engine === 'postgres' ? 'serial' : 'integer';
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('documents')
        .addColumn('id', generatedId, (c) => c.primaryKey())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('title', 'text')
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('published', 'text')
        .addColumn('published_from', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('charset', 'text', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('superseded', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('extractor', 'text', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('documents_source_hash_uq', ['source', 'content_hash'])
        .addUniqueConstraint('documents_source_revision_uq', ['source', 'revision'])
        .execute();

      await db.schema
        .createTable('claims')
        .addColumn('id', generatedId, (c) => c.primaryKey())
        .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('person', 'text', (c) => c.notNull())
        .addColumn('aliases', 'text', (c) => c.notNull())
        .addColumn('from_org', 'text')
        .addColumn('from_team', 'text')
        .addColumn('from_verified', 'integer')
        .addColumn('from_mention', 'text')
        .addColumn('to_org', 'text')
        .addColumn('to_team', 'text')
        .addColumn('to_verified', 'integer')
        .addColumn('to_mention', 'text')
        .addColumn('date', 'text')
        .addColumn('role', 'text')
        .addColumn('comp_text', 'text')
        .addColumn('comp_usd', 'double precision')
        .addColumn('comp_amount', 'double precision')
        .addColumn('comp_currency', 'text')
        // The range check is what keeps a malformed claim from being stored at all: it fails inside
        // the document's transaction, so the document goes too.
        .addColumn('confidence', 'double precision', (c) => c.notNull().check(sql`confidence >= 0 and confidence <= 1`))
        .addColumn('history', 'integer', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('extractor', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('claims_document_idx').on('claims').column('document_id').execute();

      // People, organizations, their names and moves are only ever written together, whole, by
      // saveResolution, which checks every key before writing; foreign keys among them would only
      // repeat that check row by row (a third of the time of a large resolution on PostgreSQL).
      // Links into claims, which other transactions write, keep theirs.
      await db.schema
        .createTable('people')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('names', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('person_names')
        .addColumn('person_id', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('person_names_key_idx').on('person_names').column('name_key').execute();
      await db.schema.createIndex('person_names_person_idx').on('person_names').column('person_id').execute();

      await db.schema
        .createTable('orgs')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('verified', 'integer', (c) => c.notNull())
        .addColumn('parent_key', 'text')
        .addColumn('aliases', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('orgs_parent_idx').on('orgs').column('parent_key').execute();
      await db.schema
        .createTable('org_names')
        .addColumn('org_id', 'integer', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('org_names_key_idx').on('org_names').column('name_key').execute();
      await db.schema.createIndex('org_names_org_idx').on('org_names').column('org_id').execute();

      await db.schema
        .createTable('moves')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('person_id', 'integer', (c) => c.notNull())
        .addColumn('from_org_id', 'integer')
        .addColumn('from_team', 'text')
        .addColumn('from_team_key', 'text')
        .addColumn('to_org_id', 'integer')
        .addColumn('to_team', 'text')
        .addColumn('to_team_key', 'text')
        .addColumn('date', 'text')
        .addColumn('date_sort', 'text')
        .addColumn('date_end', 'text')
        .addColumn('date_precision', 'text')
        .addColumn('role', 'text')
        .addColumn('compensation', 'text', (c) => c.notNull())
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('history', 'integer', (c) => c.notNull())
        .execute();
      // Matches listMoves' order (newest first, undated last, then id) so a page reads the index
      // instead of sorting every move. SQLite already sorts NULLs last when descending; PostgreSQL must be told.
      const newestFirst = engine === 'postgres' ? sql`date_sort desc nulls last, id` : sql`date_sort desc, id`;
      await db.schema.createIndex('moves_date_idx').on('moves').expression(newestFirst).execute();
      await db.schema.createIndex('moves_person_idx').on('moves').column('person_id').execute();
      await db.schema.createIndex('moves_from_org_idx').on('moves').column('from_org_id').execute();
      await db.schema.createIndex('moves_to_org_idx').on('moves').column('to_org_id').execute();
      await db.schema.createIndex('moves_from_team_idx').on('moves').column('from_team_key').execute();
      await db.schema.createIndex('moves_to_team_idx').on('moves').column('to_team_key').execute();

      await db.schema
        .createTable('move_claims')
        .addColumn('move_id', 'integer', (c) => c.notNull())
        .addColumn('claim_id', 'integer', (c) => c.notNull().references('claims.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('move_claims_pk', ['move_id', 'claim_id'])
        .execute();
      await db.schema.createIndex('move_claims_claim_idx').on('move_claims').column('claim_id').execute();
    },
    async down(db: Kysely<any>) {
      for (const table of ['move_claims', 'moves', 'org_names', 'orgs', 'person_names', 'people', 'claims', 'documents']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}

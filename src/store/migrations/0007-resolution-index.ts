/** Migration 0007: the index incremental resolution keeps (groups of linked names, claims' people, organization forms). */
import { sql, type Kysely, type Migration, type SqlBool } from 'kysely';
import type { Engine } from '../schema.ts';

/**
 * Creates the index empty: the next resolution finds no record of itself, rebuilds everything in
 * chunks and fills it (see resolution-store.ts). Derived data only; dropping it costs one full rebuild.
 */
export function createResolutionIndexMigration(engine: Engine): Migration {
  void engine; // both engines take the same definitions
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('resolve_names')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('component', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('resolve_names_component_idx').on('resolve_names').column('component').execute();
      await db.schema
        .createTable('resolve_name_keys')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('name_id', 'integer', (c) => c.notNull())
        .addColumn('latin', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('resolve_name_keys_pk', ['key', 'name_id'])
        .execute();
      await db.schema
        .createTable('resolve_weak_links')
        .addColumn('a', 'integer', (c) => c.notNull())
        .addColumn('b', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('resolve_weak_links_pk', ['a', 'b'])
        .execute();
      await db.schema.createIndex('resolve_weak_links_b_idx').on('resolve_weak_links').column('b').execute();
      await db.schema
        .createTable('resolve_signatures')
        .addColumn('component', 'integer', (c) => c.notNull())
        .addColumn('sig', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('resolve_signatures_component_idx').on('resolve_signatures').column('component').execute();
      await db.schema
        .createTable('resolve_claims')
        .addColumn('claim_id', 'integer', (c) => c.primaryKey())
        .addColumn('component', 'integer', (c) => c.notNull())
        .addColumn('person_id', 'integer')
        .addColumn('dirty', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('resolve_claims_component_idx').on('resolve_claims').column('component').execute();
      await db.schema.createIndex('resolve_claims_person_idx').on('resolve_claims').column('person_id').execute();
      await db.schema.createIndex('resolve_claims_dirty_idx').on('resolve_claims').columns(['dirty', 'component']).execute();
      await db.schema
        .createTable('resolve_people')
        .addColumn('person_id', 'integer', (c) => c.primaryKey())
        .addColumn('base', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('resolve_people_base_idx').on('resolve_people').column('base').execute();
      await db.schema
        .createTable('resolve_org_forms')
        .addColumn('org', 'text', (c) => c.notNull())
        .addColumn('mention', 'text', (c) => c.notNull())
        .addColumn('org_key', 'text', (c) => c.notNull())
        .addColumn('team', 'text')
        .addPrimaryKeyConstraint('resolve_org_forms_pk', ['org', 'mention'])
        .execute();
      // Finds the claims a new revision superseded without reading every document (partial: queries
      // for current documents, superseded = 0, never pick it).
      await db.schema.createIndex('documents_superseded_idx').on('documents').column('id').where(sql<SqlBool>`superseded = 1`).execute();
      await db.schema
        .createTable('resolve_state')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('documents_superseded_idx').ifExists().execute();
      for (const table of ['resolve_state', 'resolve_org_forms', 'resolve_people', 'resolve_claims', 'resolve_signatures', 'resolve_weak_links', 'resolve_name_keys', 'resolve_names']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  };
}

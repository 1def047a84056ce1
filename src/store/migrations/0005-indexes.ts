/** Migration 0005: indexes for queries at scale (flows, organization and person pages). */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.ts';

/**
 * Every index here was chosen from the query plans `npm run bench -- --only queries --explain`
 * prints over a million synthetic moves (bench/scale); none changes what a query returns.
 */
export function createIndexesMigration(engine: Engine): Migration {
  void engine; // both engines take the same index definitions
  return {
    async up(db: Kysely<any>) {
      // flows: GROUP BY (from_org_id, to_org_id) with the history flag and the window's date test,
      // answered from the index alone; person_id lets one flow's people be read without the table.
      // history is not the first column: SQLite without statistics would then take this index for
      // every query that says history = 0 (all of them) and sort, instead of reading moves_date_idx.
      await db.schema
        .createIndex('moves_flow_idx')
        .on('moves')
        .columns(['from_org_id', 'to_org_id', 'history', 'date_sort', 'date_end', 'person_id'])
        .execute();
      // person search is a substring match (LIKE '%key%'), which no B-tree can seek; covering the
      // scan with (name_key, person_id) reads a narrow index instead of the table's rows.
      await db.schema.createIndex('person_names_key_person_idx').on('person_names').columns(['name_key', 'person_id']).execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('person_names_key_person_idx').ifExists().execute();
      await db.schema.dropIndex('moves_flow_idx').ifExists().execute();
    },
  };
}

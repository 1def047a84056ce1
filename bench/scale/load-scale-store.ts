/**
 * Fills an empty, migrated store with the scale world by bulk INSERTs (through kysely, in the
 * store's own chunking), bypassing extraction and resolution: the query benchmark measures the
 * read path over a store of a given size, and building it through articles would take hours.
 */
import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { openStore } from '../../src/store/index.ts';
import { parseStoreUrl } from '../../src/store/parse-store-url.ts';
import { insertChunked } from '../../src/store/_insert-chunked.ts';
import { insertResolutionRows } from '../../src/store/_resolution-rows.ts';
import { refreshFlowTotals } from '../../src/store/_flow-totals.ts';
import { cacheStatements } from '../../src/store/sqlite/cache-statements.ts';
import { createSqliteDialect } from '../../src/store/sqlite/create-sqlite-dialect.ts';
import { createPostgresDialect } from '../../src/store/postgres/create-postgres-dialect.ts';
import { refreshStatistics } from '../../src/store/postgres/refresh-statistics.ts';
import type { Database as Schema } from '../../src/store/schema.ts';
import { scaleOrgRows, scaleWorld } from './scale-world.ts';

export interface LoadedScale {
  moves: number;
  people: number;
  orgs: number;
  seconds: number;
}

/** A raw kysely handle on the store at `url` (for loading and EXPLAIN), outside the Store interface. */
export function openRawDb(url: string): Kysely<Schema> {
  const location = parseStoreUrl(url);
  if (location.engine === 'postgres') return new Kysely<Schema>({ dialect: createPostgresDialect(location.url, 2) });
  const handle = new Database(location.path);
  handle.pragma('journal_mode = WAL');
  handle.pragma('synchronous = NORMAL');
  return new Kysely<Schema>({ dialect: createSqliteDialect(cacheStatements(handle)) });
}

/** Migrates the (empty) store at `url`, then writes `moves` moves and everything they need. */
export async function loadScaleStore(url: string, opts: { seed: number; moves: number }): Promise<LoadedScale> {
  const started = performance.now();
  const store = await openStore(url);
  await store.close();
  const db = openRawDb(url);
  try {
    const orgs = scaleOrgRows(opts.seed);
    let people = 0;
    await db.transaction().execute(async (trx) => {
      await insertResolutionRows(trx, { orgs: orgs.orgs, orgNames: orgs.orgNames });
      for (const chunk of scaleWorld(opts)) {
        // Documents before claims before links: the foreign keys hold at every statement.
        await insertChunked(trx, 'documents', chunk.documents);
        await insertChunked(trx, 'claims', chunk.claims);
        await insertResolutionRows(trx, chunk);
        people += chunk.people.length;
      }
    });
    // saveResolution keeps the all-time flow totals and refreshes PostgreSQL's statistics after writing; do as it does.
    await refreshFlowTotals(db);
    if (parseStoreUrl(url).engine === 'postgres') await refreshStatistics(db);
    return { moves: opts.moves, people, orgs: orgs.count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await db.destroy();
  }
}

/** Creates a PostgreSQL database for one benchmark run and returns its URL and a way to drop it. */
export async function createScratchPostgres(baseUrl: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = openRawDb(`${baseUrl}`);
  const name = `poachwatch_bench_${label}_${process.pid}`;
  await sql.raw(`drop database if exists ${name}`).execute(admin);
  await sql.raw(`create database ${name}`).execute(admin);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await sql.raw(`drop database if exists ${name} with (force)`).execute(admin);
      await admin.destroy();
    },
  };
}

/**
 * Prints the query plan of every statement a probe runs: the store is rebuilt over a kysely
 * instance that records each compiled query, and each one is then explained by its engine
 * (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL) and timed alone. Plans, unlike timings,
 * do not depend on how busy the machine is.
 */
import { Kysely, sql, type CompiledQuery } from 'kysely';
import Database from 'better-sqlite3';
import { KyselyStore } from '../../src/store/kysely-store.ts';
import { parseStoreUrl } from '../../src/store/parse-store-url.ts';
import { cacheStatements } from '../../src/store/sqlite/cache-statements.ts';
import { createSqliteDialect } from '../../src/store/sqlite/create-sqlite-dialect.ts';
import { createPostgresDialect } from '../../src/store/postgres/create-postgres-dialect.ts';
import type { Database as Schema } from '../../src/store/schema.ts';
import type { QueryProbe } from './query-probes.ts';

// Parameters past this many are elided in the printout (IN lists of thousands of ids).
const SHOWN_PARAMETERS = 8;

/** The plans of every SELECT each probe runs, as text, one block per probe. */
export async function explainProbes(url: string, probes: QueryProbe[]): Promise<string> {
  const location = parseStoreUrl(url);
  const recorded: CompiledQuery[] = [];
  const log = (event: { level: string; query: CompiledQuery }) => {
    if (event.level === 'query') recorded.push(event.query);
  };
  const db = location.engine === 'postgres'
    ? new Kysely<Schema>({ dialect: createPostgresDialect(location.url, 2), log })
    : new Kysely<Schema>({ dialect: createSqliteDialect(cacheStatements(new Database(location.path, { readonly: true }))), log });
  const store = new KyselyStore(db, { engine: location.engine, url: null });
  const blocks: string[] = [];
  try {
    for (const probe of probes) {
      recorded.length = 0;
      await probe.run(store);
      const queries = [...recorded].filter((q) => /^\s*(with|select)/i.test(q.sql));
      const lines = [`## ${probe.name} (${queries.length} statements)`];
      for (const q of queries) {
        const shown = q.parameters.length > SHOWN_PARAMETERS ? [...q.parameters.slice(0, SHOWN_PARAMETERS), `… ${q.parameters.length} in all`] : q.parameters;
        // Each statement alone, once more, timed: which part of a probe costs what.
        const t0 = performance.now();
        const result = await db.executeQuery(q);
        const ms = Math.round((performance.now() - t0) * 10) / 10;
        lines.push('', `  ${q.sql}`, `  parameters: ${JSON.stringify(shown)}`, `  ${result.rows.length} rows in ${ms} ms`);
        const explain = location.engine === 'postgres' ? 'explain ' : 'explain query plan ';
        const plan = await db.executeQuery<Record<string, unknown>>({ ...q, sql: explain + q.sql, query: q.query });
        for (const row of plan.rows) lines.push(`    ${location.engine === 'postgres' ? String(row['QUERY PLAN']) : `${' '.repeat(Number(row.parent) ? 2 : 0)}${String(row.detail)}`}`);
      }
      blocks.push(lines.join('\n'));
    }
  } finally {
    await store.close();
  }
  void sql;
  return blocks.join('\n\n') + '\n';
}

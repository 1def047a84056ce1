/** Inserts many rows as a few multi-row INSERTs that stay under both engines' bound-parameter limits. */
import type { CompiledQuery, Insertable, Kysely } from 'kysely';
import type { Database } from './schema.ts';

// PostgreSQL allows 65535 parameters per statement and SQLite (3.32+) 32766; stay under both.
const MAX_PARAMS = 30000;

/**
 * Inserts `rows` into `table` in chunks; all rows must have the same keys in the same order.
 * Every full chunk has the same SQL, so it is compiled once and re-executed with the next chunk's
 * values bound (compiling a 30000-value INSERT costs as much as running it).
 */
export async function insertChunked<T extends keyof Database>(db: Kysely<Database>, table: T, rows: Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as object);
  const size = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  // kysely cannot narrow `values` over a generic table name; the rows are typed by the signature.
  const compile = (chunk: unknown[]) => db.insertInto(table).values(chunk as any).compile();
  let template: CompiledQuery | undefined;
  let reusable = false;
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    if (chunk.length < size) {
      await db.executeQuery(compile(chunk));
      continue;
    }
    const parameters = flatten(chunk, columns);
    if (template === undefined) {
      const compiled = compile(chunk);
      // Reuse the statement only if it binds exactly our values, in our order.
      reusable = compiled.parameters.length === parameters.length && compiled.parameters.every((p, k) => p === parameters[k]);
      template = compiled;
      await db.executeQuery(compiled);
    } else if (reusable) {
      await db.executeQuery({ ...template, parameters });
    } else {
      await db.executeQuery(compile(chunk));
    }
  }
}

function flatten(rows: unknown[], columns: string[]): unknown[] {
  const out: unknown[] = new Array(rows.length * columns.length);
  let k = 0;
  // undefined would make kysely leave the column out (or write DEFAULT); bind it as NULL instead, always.
  for (const row of rows) for (const column of columns) out[k++] = (row as Record<string, unknown>)[column] ?? null;
  return out;
}

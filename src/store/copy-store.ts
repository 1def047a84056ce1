/** Copies every table of one store into another, empty one (SQLite → PostgreSQL and back), ids included. */
import { sql, type Kysely, type Transaction } from 'kysely';
import { InputError, InternalError } from '../core/errors.ts';
import { kyselyOf } from './kysely-store.ts';
import type { Store } from './store.ts';

export interface CopyReport {
  /** Tables in the order they were copied (parents before the tables that reference them), with their rows. */
  tables: Array<{ table: string; rows: number }>;
}

export interface CopyOptions {
  /** Called after each table, for progress output. */
  onTable?: (table: string, rows: number) => void;
}

// PostgreSQL allows 65535 bound parameters per statement and SQLite 32766; stay under both.
const MAX_PARAMS = 30000;
const MAX_ROWS_PER_CHUNK = 1000;

type AnyDb = Kysely<any>;

/**
 * Copies all rows of every table in `from` into `to`. Both stores must be open at the same schema
 * version (openStore migrates them) and `to` must be empty. The tables are listed from the database
 * itself (kysely's migration tables aside) and ordered by their foreign keys, so tables added by later
 * migrations are copied too. Rows keep their ids; the target is written in one transaction and read
 * from one snapshot of the source; PostgreSQL sequences are moved past the copied ids; the row count
 * of every table is checked before committing. Throws InputError('bad-data') when `to` holds any row.
 *
 * @example
 * const report = await copyStore(await openStore('sqlite:old.sqlite'), await openStore('postgres://…/poachwatch'));
 */
export async function copyStore(from: Store, to: Store, opts: CopyOptions = {}): Promise<CopyReport> {
  const src = kyselyOf(from) as AnyDb;
  const dst = kyselyOf(to) as AnyDb;
  const tables = await listTables(src, from.engine);
  const targetTables = new Map((await listTables(dst, to.engine)).map((t) => [t.name, t]));
  for (const table of tables) {
    const target = targetTables.get(table.name);
    const missing = target ? table.columns.filter((c) => !target.columns.includes(c)) : ['(the whole table)'];
    if (missing.length) {
      throw new InputError('bad-data', `target store lacks ${table.name}: ${missing.join(', ')}; both stores must be at the same schema version (run a newer poachwatch on the target first)`);
    }
  }
  const nonEmpty: string[] = [];
  for (const name of targetTables.keys()) {
    const rows = await countRows(dst, name);
    if (rows > 0) nonEmpty.push(`${name} (${rows})`);
  }
  if (nonEmpty.length) {
    throw new InputError('bad-data', `target store is not empty: ${nonEmpty.join(', ')}; migrate-store copies into an empty store only (create a new database, or drop this one's tables)`);
  }
  const order = orderByForeignKeys(tables.map((t) => t.name), await listForeignKeys(src, from.engine));
  const byName = new Map(tables.map((t) => [t.name, t]));
  const report: CopyReport = { tables: [] };
  await readSnapshot(src, from.engine, async (reader) => {
    await dst.transaction().execute(async (writer) => {
      for (const name of order) {
        const { columns } = byName.get(name)!;
        const expected = await countRows(reader, name);
        await copyTable(reader, writer, name, columns, to.engine);
        const copied = await countRows(writer, name);
        if (copied !== expected) throw new InternalError(`copy-store: ${name}: ${copied} rows written for ${expected} read`);
        if (to.engine === 'postgres') await resetSequences(writer, name, columns);
        report.tables.push({ table: name, rows: copied });
        opts.onTable?.(name, copied);
      }
    });
  });
  return report;
}

interface TableInfo { name: string; columns: string[] }

async function listTables(db: AnyDb, engine: Store['engine']): Promise<TableInfo[]> {
  // PostgreSQL lists every schema's tables, pg-boss's job tables included; the store's are in the current one.
  const schema = engine === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0].s : undefined;
  const tables = await db.introspection.getTables();
  return tables
    .filter((t) => !t.isView && (schema === undefined || t.schema === schema))
    .map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function listForeignKeys(db: AnyDb, engine: Store['engine']): Promise<Array<{ table: string; references: string }>> {
  if (engine === 'postgres') {
    const { rows } = await sql<{ table: string; references: string }>`
      select child.relname as "table", parent.relname as "references"
      from pg_constraint c
      join pg_class child on child.oid = c.conrelid
      join pg_class parent on parent.oid = c.confrelid
      join pg_namespace ns on ns.oid = child.relnamespace
      where c.contype = 'f' and ns.nspname = current_schema()`.execute(db);
    return rows;
  }
  const { rows } = await sql<{ table: string; references: string }>`
    select m.name as "table", fk."table" as "references"
    from sqlite_master m, pragma_foreign_key_list(m.name) fk
    where m.type = 'table'`.execute(db);
  return rows;
}

/** Parents before children; among tables free to go, alphabetical, so the order is stable. */
export function orderByForeignKeys(tables: string[], keys: Array<{ table: string; references: string }>): string[] {
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { table, references } of keys) {
    // A table referencing itself is copied in id order: parents first when their ids are smaller.
    if (table !== references && parents.has(table) && parents.has(references)) parents.get(table)!.add(references);
  }
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables.filter((t) => !done.has(t) && [...parents.get(t)!].every((p) => done.has(p))).sort();
    if (!ready.length) throw new InternalError(`copy-store: foreign keys form a cycle among ${tables.filter((t) => !done.has(t)).join(', ')}`);
    for (const t of ready) {
      order.push(t);
      done.add(t);
    }
  }
  return order;
}

/** Runs `read` in one transaction on the source, so every table is read at the same moment. */
async function readSnapshot(db: AnyDb, engine: Store['engine'], read: (trx: Transaction<any>) => Promise<void>): Promise<void> {
  // SQLite: the store's transactions take the write lock, which also keeps writers out while copying.
  const trx = engine === 'postgres' ? db.transaction().setIsolationLevel('repeatable read') : db.transaction();
  await trx.execute(read);
}

async function copyTable(reader: AnyDb, writer: AnyDb, table: string, columns: string[], target: Store['engine']): Promise<void> {
  const chunk = Math.max(1, Math.min(MAX_ROWS_PER_CHUNK, Math.floor(MAX_PARAMS / columns.length)));
  const keyed = columns.includes('id');
  let lastId: unknown = null;
  for (let offset = 0; ; offset += chunk) {
    let query = reader.selectFrom(table).select(columns).limit(chunk);
    // Keyset pagination on the id where there is one; otherwise a stable order over every column.
    if (keyed) {
      if (lastId !== null) query = query.where('id', '>', lastId);
      query = query.orderBy('id');
    } else {
      for (const c of columns) query = query.orderBy(c);
      query = query.offset(offset);
    }
    const rows = await query.execute();
    if (!rows.length) return;
    await writer.insertInto(table).values(rows.map((r) => adaptRow(r, target))).execute();
    if (keyed) lastId = rows[rows.length - 1].id;
    if (rows.length < chunk) return;
  }
}

// The schema keeps flags as integers and times as text on both engines; this covers a column that
// a driver still hands back as a Date or boolean, which SQLite cannot bind.
function adaptRow(row: Record<string, unknown>, target: Store['engine']): Record<string, unknown> {
  if (target !== 'sqlite') return row;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString() : typeof v === 'boolean' ? Number(v) : v;
  return out;
}

async function countRows(db: AnyDb, table: string): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Moves each serial column's sequence past the largest copied id, so that new rows do not collide. */
async function resetSequences(db: AnyDb, table: string, columns: string[]): Promise<void> {
  for (const column of columns) {
    const quoted = `"${table.replace(/"/g, '""')}"`;
    const { rows } = await sql<{ seq: string | null }>`select pg_get_serial_sequence(${quoted}, ${column}) as seq`.execute(db);
    const seq = rows[0]?.seq;
    if (!seq) continue;
    await sql`select setval(${seq}::regclass, coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(db);
  }
}

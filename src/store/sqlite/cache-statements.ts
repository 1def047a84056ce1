/** Wraps a better-sqlite3 database so that kysely reuses prepared statements instead of re-preparing every query. */
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** The part of better-sqlite3's Database this store calls. */
export interface SqliteHandle {
  prepare(sql: string): SqliteStatement;
  close(): unknown;
}

/**
 * A SqliteDatabase whose `prepare` returns a cached statement for SQL it has seen. Keeps the most
 * recently used ones, at most `maxEntries` and `maxChars` of SQL in all: a prepared statement's
 * memory grows with its text, and bulk INSERTs with thousands of placeholders are long.
 * Safe because kysely's SQLite driver runs one query at a time.
 */
export function cacheStatements(db: SqliteHandle, maxEntries = 200, maxChars = 4_000_000): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  let chars = 0;
  return {
    close: () => {
      cache.clear();
      db.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached) {
        // Re-inserting moves the entry to the end: Map order doubles as recency order.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = db.prepare(sql);
      if (sql.length > maxChars) return statement;
      cache.set(sql, statement);
      chars += sql.length;
      for (const oldest of cache.keys()) {
        if (cache.size <= maxEntries && chars <= maxChars) break;
        cache.delete(oldest);
        chars -= oldest.length;
      }
      return statement;
    },
  };
}

/** kysely's PostgreSQL dialect over a pg connection pool. */
import pg from 'pg';
import { PostgresDialect } from 'kysely';

/** The kysely dialect the store uses for a `postgres://` URL; the pool connects lazily. */
export function createPostgresDialect(url: string, maxConnections = 10): PostgresDialect {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections, connectionTimeoutMillis: 10_000 });
  // An idle connection that the server drops emits 'error' on the pool; without a listener that
  // would crash the process. The pool discards that connection and the next query opens another.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}

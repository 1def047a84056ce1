/** kysely's SQLite dialect, adjusted so that transactions take the write lock up front and migrations run in one. */
import { CompiledQuery, SqliteAdapter, SqliteDialect, SqliteDriver, type DatabaseConnection, type DialectAdapter, type Driver, type SqliteDatabase } from 'kysely';

// A deferred BEGIN that reads before it writes can fail with SQLITE_BUSY when another process
// writes in between, and busy_timeout cannot help there; BEGIN IMMEDIATE waits for the lock instead.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

// SQLite does run DDL inside transactions; saying so makes kysely's Migrator apply each
// migration atomically and, with BEGIN IMMEDIATE, one process at a time.
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class StoreSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;
  constructor(database: SqliteDatabase) {
    super({ database });
    this.#database = database;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalSqliteAdapter();
  }
}

/** The kysely dialect the store uses over an open SQLite database. */
export function createSqliteDialect(database: SqliteDatabase): SqliteDialect {
  return new StoreSqliteDialect(database);
}

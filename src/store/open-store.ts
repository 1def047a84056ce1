/** Opens the store a URL names, on SQLite or PostgreSQL; the one place the engine is chosen. */
import { parseStoreUrl, DEFAULT_STORE_URL } from './parse-store-url.ts';
import type { Store } from './store.ts';

/**
 * Opens and migrates the store at `url`, else at $POACHWATCH_DB, else at `sqlite:poachwatch.sqlite`.
 * Engines load lazily, so a SQLite user never loads pg and vice versa.
 *
 * @example
 * const store = await openStore('sqlite::memory:');
 * await store.saveDocument(article, extraction);
 * await store.close();
 */
export async function openStore(url?: string): Promise<Store> {
  const location = parseStoreUrl(url || process.env.POACHWATCH_DB || DEFAULT_STORE_URL);
  if (location.engine === 'postgres') {
    const { openPostgresStore } = await import('./postgres/open-postgres-store.ts');
    return openPostgresStore(location.url);
  }
  const { openSqliteStore } = await import('./sqlite/open-sqlite-store.ts');
  return openSqliteStore(location.path);
}

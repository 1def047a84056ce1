/** Migrates a freshly opened store, closing it (pool, file handle) when the migration fails. */
import type { Store } from './store.ts';

export async function migrateOrClose<S extends Store>(store: S): Promise<S> {
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

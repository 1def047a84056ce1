/** Reads a database location (sqlite:…, a .sqlite/.db path, postgres://…) into an engine and its target. */
import { InputError } from '../core/errors.ts';

export type StoreLocation = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

/** Where the store lives when neither an argument nor POACHWATCH_DB says. */
export const DEFAULT_STORE_URL = 'sqlite:poachwatch.sqlite';

const ACCEPTED = "sqlite:PATH, sqlite::memory:, a path ending in .sqlite or .db, or postgres://USER@HOST:PORT/DB";

/**
 * Parses a store URL. Accepts `sqlite:path/to/file.sqlite` (also `sqlite://path`),
 * `sqlite::memory:`, a bare path ending in .sqlite, .sqlite3 or .db, and `postgres://…` or
 * `postgresql://…`. Anything else is an InputError('usage') naming the value and these forms.
 *
 * @example parseStoreUrl('sqlite:data/pw.sqlite') // { engine: 'sqlite', path: 'data/pw.sqlite' }
 */
export function parseStoreUrl(value: string): StoreLocation {
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) return { engine: 'postgres', url: value };
  if (value.startsWith('sqlite:')) {
    let path = value.slice('sqlite:'.length);
    if (path.startsWith('//')) path = path.slice(2);
    if (path !== '') return { engine: 'sqlite', path };
  } else if (/\.(sqlite3?|db)$/i.test(value) && !/^[a-z][a-z0-9+.-]{0,30}:\/\//i.test(value)) {
    return { engine: 'sqlite', path: value };
  }
  throw new InputError('usage', `database: unknown location '${redact(value)}'; expected ${ACCEPTED} (e.g. sqlite:poachwatch.sqlite)`, redact(value));
}

// Keep credentials of a mistyped URL out of messages and logs.
function redact(value: string): string {
  const shown = value.replace(/\/\/[^@/\s]{0,200}@/, '//***@');
  return shown.length > 80 ? `${shown.slice(0, 80)}…` : shown;
}

/** Brings a database up to the latest schema with kysely's Migrator and a static list of migrations. */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { InternalError } from '../../core/errors.ts';
import type { Engine } from '../schema.ts';
import { createInitialMigration } from './0001-initial.ts';
import { createAlertsMigration } from './0002-alerts.ts';
import { createCurationMigration } from './0003-curation.ts';
import { createFeedsMigration } from './0004-feeds.ts';
import { createIndexesMigration } from './0005-indexes.ts';
import { createFlowTotalsMigration } from './0006-flow-totals.ts';
import { createResolutionIndexMigration } from './0007-resolution-index.ts';
import { createNameSignaturesMigration } from './0008-name-signatures.ts';
import { createFeedMovedToMigration } from './0009-feed-moved-to.ts';
import { createNameKeySidesMigration } from './0010-name-key-sides.ts';

/** Every migration in order; names sort in the order they must run. Never edit one that shipped: add the next. */
export function listMigrations(engine: Engine): Record<string, Migration> {
  return {
    '0001-initial': createInitialMigration(engine),
    '0002-alerts': createAlertsMigration(engine),
    '0003-curation': createCurationMigration(engine),
    '0004-feeds': createFeedsMigration(engine),
    '0005-indexes': createIndexesMigration(engine),
    '0006-flow-totals': createFlowTotalsMigration(engine),
    '0007-resolution-index': createResolutionIndexMigration(engine),
    '0008-name-signatures': createNameSignaturesMigration(engine),
    '0009-feed-moved-to': createFeedMovedToMigration(engine),
    '0010-name-key-sides': createNameKeySidesMigration(engine),
  };
}

/**
 * Applies the pending migrations; running it again on an up-to-date database changes nothing.
 * Throws InternalError naming the failed migration, with the driver's error as `cause`.
 */
export async function migrateStore(db: Kysely<any>, engine: Engine): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => listMigrations(engine) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '(migration bookkeeping)';
    const message = error instanceof Error ? error.message : String(error);
    throw new InternalError(`${engine} migration ${failed} failed: ${message}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

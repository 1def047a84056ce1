/** Opens the job queue in the store's PostgreSQL database: pg-boss in its own schema, our queues created. */
import PgBoss from 'pg-boss';
import { Kysely } from 'kysely';
import { InputError } from '../core/errors.ts';
import { parseStoreUrl } from '../store/index.ts';
import { createPostgresDialect } from '../store/postgres/create-postgres-dialect.ts';
import { DEFAULT_RETRY, JOB_SCHEMA, QUEUES } from './queues.ts';
import type { JobTables } from './job-tables.ts';

export interface JobQueue {
  readonly boss: PgBoss;
  /** Reads pg-boss's tables (counts, dead letters) and takes advisory locks; kysely over the same database. */
  readonly db: Kysely<JobTables>;
  close(): Promise<void>;
}

export interface OpenJobQueueOptions {
  /** Run pg-boss's maintenance (expire stuck jobs, archive, purge): workers do, one-shot CLI verbs don't. */
  supervise?: boolean;
  /** Where errors pg-boss reports in the background go (a dropped connection, a failed maintenance run). */
  onError?: (error: Error) => void;
}

/**
 * Connects to the PostgreSQL database `storeUrl` names, installs or upgrades pg-boss's schema
 * (`poachwatch_jobs`) and creates the queues if they are missing. A SQLite store is a usage error:
 * workers share their queue through PostgreSQL, and the embedded store stays single-process (`ingest`).
 */
export async function openJobQueue(storeUrl: string, opts: OpenJobQueueOptions = {}): Promise<JobQueue> {
  const location = parseStoreUrl(storeUrl);
  if (location.engine !== 'postgres') {
    throw new InputError(
      'usage',
      'workers need a PostgreSQL store (--db postgres://USER@HOST:PORT/DB): the job queue lives in PostgreSQL. ' +
        "A SQLite store is single-process: use 'poachwatch ingest' instead, or move it with 'poachwatch migrate-store'.",
    );
  }
  const boss = new PgBoss({
    connectionString: location.url,
    schema: JOB_SCHEMA,
    max: 4,
    supervise: opts.supervise ?? false,
    schedule: false,
  });
  // Without a listener an 'error' event would crash the process; pg-boss retries on its own.
  boss.on('error', opts.onError ?? (() => {}));
  try {
    await boss.start();
  } catch (error) {
    throw new InputError('bad-config', `cannot start the job queue in PostgreSQL: ${(error as Error).message}`, undefined, { cause: error });
  }
  const db = new Kysely<JobTables>({ dialect: createPostgresDialect(location.url, 2) });
  try {
    // Dead-letter queues first: a queue's deadLetter must name an existing queue.
    await boss.createQueue(QUEUES.ingestFailed, { name: QUEUES.ingestFailed });
    await boss.createQueue(QUEUES.resolveFailed, { name: QUEUES.resolveFailed });
    // `short`: one queued job per input at a time (its singletonKey), so enqueueing twice queues once.
    await boss.createQueue(QUEUES.ingest, {
      name: QUEUES.ingest,
      policy: 'short',
      retryLimit: DEFAULT_RETRY.retryLimit,
      retryDelay: DEFAULT_RETRY.retryDelay,
      retryBackoff: true,
      deadLetter: QUEUES.ingestFailed,
    });
    // `stately`: at most one resolve queued and one running, whatever the number of workers.
    await boss.createQueue(QUEUES.resolve, {
      name: QUEUES.resolve,
      policy: 'stately',
      retryLimit: 2,
      retryDelay: 10,
      retryBackoff: true,
      deadLetter: QUEUES.resolveFailed,
    });
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await db.destroy();
    throw error;
  }
  return {
    boss,
    db,
    async close() {
      await boss.stop({ graceful: true, wait: true });
      await db.destroy();
    },
  };
}

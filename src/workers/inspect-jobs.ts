/** What is in the queue: job counts by state per queue, the dead letters with their errors, and retrying them. */
import type { JobQueue } from './open-job-queue.ts';
import { JOB_SCHEMA, QUEUES, RESOLVE_KEY, type IngestJobData } from './queues.ts';
import type { JobRow } from './job-tables.ts';

export type JobState = JobRow['state'];
export const JOB_STATES: readonly JobState[] = ['created', 'retry', 'active', 'completed', 'failed', 'cancelled'];

export interface QueueCounts { queue: string; counts: Record<JobState, number> }

export interface DeadLetter {
  id: string;
  /** The queue the job failed in: an input to ingest, or a re-resolution of the store. */
  queue: 'ingest' | 'resolve';
  input: string;
  error: string;
  code: string | null;
  /** Attempts made before giving up. */
  attempts: number;
  failedAt: string;
}

/** Jobs per state for each of poachwatch's queues (completed jobs stay listed until pg-boss archives them, after 12 h by default). */
export async function countJobs(queue: JobQueue): Promise<QueueCounts[]> {
  const rows = await queue.db
    .withSchema(JOB_SCHEMA)
    .selectFrom('job')
    .select(['name', 'state', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy(['name', 'state'])
    .execute();
  return Object.values(QUEUES).map((name) => {
    const counts = Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>;
    for (const row of rows) if (row.name === name) counts[row.state] = Number(row.n);
    return { queue: name, counts };
  });
}

/** The jobs waiting in the dead-letter queues, oldest first. */
function deadLetterRows(queue: JobQueue) {
  return queue.db
    .withSchema(JOB_SCHEMA)
    .selectFrom('job')
    .select(['id', 'name', 'data', 'output', 'retry_limit', 'created_on'])
    .where('name', 'in', [QUEUES.ingestFailed, QUEUES.resolveFailed])
    .where('state', 'in', ['created', 'retry'])
    .orderBy('created_on')
    .orderBy('id')
    .execute();
}

/** Ingest and resolve jobs that failed their last attempt, oldest first, with the error of that attempt. */
export async function listDeadLetters(queue: JobQueue): Promise<DeadLetter[]> {
  const rows = await deadLetterRows(queue);
  return rows.map((row) => {
    const data = row.data as Partial<IngestJobData> | null;
    const output = (row.output ?? {}) as { message?: unknown; code?: unknown };
    const resolve = row.name === QUEUES.resolveFailed;
    return {
      id: row.id,
      queue: resolve ? 'resolve' : 'ingest',
      input: resolve ? '(re-resolve the store)' : String(data?.input ?? '(unknown input)'),
      error: typeof output.message === 'string' ? output.message : JSON.stringify(row.output),
      code: typeof output.code === 'string' ? output.code : null,
      // A dead letter carries the retry limit its job reached: the first attempt plus that many retries.
      attempts: row.retry_limit + 1,
      failedAt: new Date(row.created_on).toISOString(),
    };
  });
}

/**
 * Queues every dead letter again (with the queue's retry policy) and removes it: an input is
 * ingested again, a failed resolution becomes one resolve job however many failed. Returns how many.
 */
export async function retryDeadLetters(queue: JobQueue): Promise<number> {
  const letters = await deadLetterRows(queue);
  for (const letter of letters) {
    if (letter.name === QUEUES.resolveFailed) {
      // null when a resolution is already waiting: one is enough.
      await queue.boss.send(QUEUES.resolve, {}, { singletonKey: RESOLVE_KEY });
      await queue.boss.deleteJob(QUEUES.resolveFailed, letter.id);
      continue;
    }
    const data = letter.data as IngestJobData;
    // null: the input is already waiting in the queue, which is as good.
    await queue.boss.send(QUEUES.ingest, data, { singletonKey: data.input });
    await queue.boss.deleteJob(QUEUES.ingestFailed, letter.id);
  }
  return letters.length;
}

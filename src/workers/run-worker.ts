/** A worker: takes ingest and resolve jobs from the shared queue until stopped, or until the queue is empty (`once`). */
import { setTimeout as sleep } from 'node:timers/promises';
import { runAlerts } from '../alerts/index.ts';
import type { Gazetteer } from '../orgs/index.ts';
import { describeFailure } from '../pipeline.ts';
import type { Store } from '../store/index.ts';
import type { JobQueue } from './open-job-queue.ts';
import { JOB_SCHEMA, QUEUES, RESOLVE_DEBOUNCE_SECONDS, RESOLVE_KEY, type IngestJobData } from './queues.ts';
import { resolveUnderLock } from './resolve-under-lock.ts';
import { isPermanentFailure, runIngestJob, type IngestJobOutcome } from './run-ingest-job.ts';

// Webhook retries wait in-process only briefly while the resolve lock is held; the rest stay pending for the next run.
const ALERT_WAIT_BUDGET_MS = 10_000;

export type WorkerEvent =
  | IngestJobOutcome
  | { status: 'failed'; source: string; reason: string; code: string; final: boolean }
  | { status: 'resolved'; moves: number; alerts: number }
  | { status: 'alerts-failed'; reason: string };

export interface WorkerOptions {
  store: Store;
  queue: JobQueue;
  gazetteer: Gazetteer;
  /** Ingest jobs run at once in this process (default 1). */
  concurrency?: number;
  /** Stop once no ingest job is waiting (queued or due for retry), after a final resolution. */
  once?: boolean;
  /** How long an idle slot waits before asking the queue again (default 1000 ms). */
  pollMs?: number;
  /** Seconds a stored document waits before the resolve it schedules (default RESOLVE_DEBOUNCE_SECONDS). */
  resolveDelaySeconds?: number;
  /** Evaluate alert rules and deliver webhooks after each resolution, as `ingest` does (default true). */
  alerts?: boolean;
  /** Aborting stops taking jobs; the jobs in hand finish first. */
  signal?: AbortSignal;
  onEvent?: (event: WorkerEvent) => void;
}

export interface WorkerReport {
  stored: number;
  skipped: number;
  /** Failed attempts (each then retried or dead-lettered). */
  failed: number;
  /** Attempts that ended in the dead letters. */
  deadLettered: number;
  resolutions: number;
  /** Alerts fired by this worker's resolutions. */
  alerts: number;
  /** Moves after this worker's last resolution; null if it ran none. */
  moves: number | null;
}

/**
 * Runs `concurrency` ingest slots and, unless `once`, one resolve slot, each asking the queue for
 * its next job. A stored document schedules a debounced resolve job (at most one waits, at most one
 * runs: the queue's stately policy, and an advisory lock). With `once`, the worker resolves the store
 * itself at the end instead, so that a batch run by several `--once` workers ends resolved.
 */
export async function runWorker(opts: WorkerOptions): Promise<WorkerReport> {
  const { store, queue, gazetteer } = opts;
  const pollMs = opts.pollMs ?? 1000;
  const report: WorkerReport = { stored: 0, skipped: 0, failed: 0, deadLettered: 0, resolutions: 0, alerts: 0, moves: null };
  const emit = (event: WorkerEvent) => opts.onEvent?.(event);
  // A slot that breaks (the database went away) stops the others too, after their jobs in hand.
  const broken = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, broken.signal]) : broken.signal;
  const stopped = () => signal.aborted;
  const idle = () => sleep(pollMs, undefined, { signal }).catch(() => {});

  const resolve = async () => {
    let fired = 0;
    report.moves = await resolveUnderLock(queue.db, store, gazetteer, async () => {
      if (opts.alerts === false) return;
      // The moves are stored by now: an alert problem is reported and never fails the resolution.
      try {
        fired = (await runAlerts(store, { evaluate: true, delivery: { waitBudgetMs: ALERT_WAIT_BUDGET_MS } })).fired.length;
      } catch (error) {
        emit({ status: 'alerts-failed', reason: describeFailure(error).reason });
      }
    });
    report.resolutions++;
    report.alerts += fired;
    emit({ status: 'resolved', moves: report.moves, alerts: fired });
  };

  const ingestSlot = async () => {
    while (!stopped()) {
      const [job] = await queue.boss.fetch<IngestJobData>(QUEUES.ingest, { batchSize: 1, includeMetadata: true });
      if (!job) {
        // Jobs waiting for their retry delay count as waiting: a --once run stays for them.
        if (opts.once && (await queue.boss.getQueueSize(QUEUES.ingest)) === 0) return;
        await idle();
        continue;
      }
      try {
        const outcomes = await runIngestJob(job.data, { store, gazetteer });
        for (const outcome of outcomes) {
          if (outcome.status === 'stored') report.stored++;
          else report.skipped++;
          emit(outcome);
        }
        await queue.boss.complete(QUEUES.ingest, job.id, { outcomes });
        if (!opts.once && outcomes.some((o) => o.status === 'stored')) {
          // Returns null while a resolve is already waiting: that one will read this document too.
          await queue.boss.send(QUEUES.resolve, {}, { singletonKey: RESOLVE_KEY, startAfter: opts.resolveDelaySeconds ?? RESOLVE_DEBOUNCE_SECONDS });
        }
      } catch (error) {
        const { reason, code } = describeFailure(error);
        const final = isPermanentFailure(error) || job.retryCount >= job.retryLimit;
        if (isPermanentFailure(error)) await skipRetries(queue, job.id);
        await queue.boss.fail(QUEUES.ingest, job.id, { message: reason, code, input: job.data.input });
        report.failed++;
        if (final) report.deadLettered++;
        emit({ status: 'failed', source: job.data.input, reason, code, final });
      }
    }
  };

  const resolveSlot = async () => {
    while (!stopped()) {
      // With the stately policy the fetch yields nothing while another worker's resolve runs.
      const [job] = await queue.boss.fetch(QUEUES.resolve, { batchSize: 1 });
      if (!job) {
        await idle();
        continue;
      }
      try {
        await resolve();
        await queue.boss.complete(QUEUES.resolve, job.id);
      } catch (error) {
        await queue.boss.fail(QUEUES.resolve, job.id, { message: describeFailure(error).reason });
      }
    }
  };

  const slots = Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, () => ingestSlot);
  if (!opts.once) slots.push(resolveSlot);
  const ended = await Promise.allSettled(slots.map((slot) => slot().catch((error) => {
    broken.abort();
    throw error;
  })));
  const failure = ended.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  if (opts.once && !stopped()) await resolve();
  return report;
}

/** Makes the job's next failure its last: the queue then moves it to the dead letters at once. */
async function skipRetries(queue: JobQueue, id: string): Promise<void> {
  await queue.db
    .withSchema(JOB_SCHEMA)
    .updateTable('job')
    .set((eb) => ({ retry_limit: eb.ref('retry_count') }))
    .where('name', '=', QUEUES.ingest)
    .where('id', '=', id)
    .execute();
}

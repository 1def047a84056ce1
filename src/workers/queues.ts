/** The job queues workers share, and the retry policy each starts with. */

/** pg-boss keeps its tables in this schema of the store's own database, apart from the store's tables. */
export const JOB_SCHEMA = 'poachwatch_jobs';

export const QUEUES = {
  /** One input (a file path or an http(s) URL): fetch → extract → saveDocument. */
  ingest: 'ingest',
  /** Ingest jobs that failed every retry: kept with their error until retried or expired. */
  ingestFailed: 'ingest-failed',
  /** Re-resolve the whole store; one queued and one running at most. */
  resolve: 'resolve',
  resolveFailed: 'resolve-failed',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Retry policy of a job: attempts after the first, and the delay before the first retry. */
export interface RetryPolicy {
  retryLimit: number;
  /** Seconds; with backoff each retry waits about twice as long as the one before (with jitter). 0 retries at once. */
  retryDelay: number;
}

/** A fetch that failed is worth retrying a few times over a few minutes (30 s, ~1 min, ~2 min, ~4 min). */
export const DEFAULT_RETRY: RetryPolicy = { retryLimit: 4, retryDelay: 30 };

/** Seconds a finished document waits for others before the store is re-resolved, so a burst costs one resolution. */
export const RESOLVE_DEBOUNCE_SECONDS = 5;

/** The key every resolve job shares: the stately policy then allows one queued and one running. */
export const RESOLVE_KEY = 'store';

/** The data of an ingest job. */
export interface IngestJobData {
  /** An absolute file path or an http(s) URL. */
  input: string;
  options: IngestJobOptions;
}

/** The ingest options that travel with a job (the enqueuer's flags, applied by whichever worker runs it). */
export interface IngestJobOptions {
  published?: string;
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
}

/** Turns inputs (files, directories, URLs) into ingest jobs, one per file or URL, each queued at most once while pending. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.ts';
import { DEFAULT_INCLUDE, walkDirectory } from '../ingest/index.ts';
import type { JobQueue } from './open-job-queue.ts';
import { QUEUES, type IngestJobData, type IngestJobOptions, type RetryPolicy } from './queues.ts';

export interface EnqueueOptions {
  /** Glob patterns for files taken from directories (default: the ingest verb's). */
  include?: string[];
  /** Ingest options carried by every job. */
  ingest?: IngestJobOptions;
  /** Overrides the queue's retry policy for these jobs. */
  retry?: Partial<RetryPolicy>;
}

export interface EnqueueReport {
  /** New jobs. */
  queued: number;
  /** Inputs that already had a job waiting (not yet started): not queued again. */
  alreadyQueued: number;
  /** Inputs that cannot become jobs (stdin, an unknown scheme, a missing path, an empty directory). */
  failures: Array<{ input: string; reason: string }>;
}

/**
 * Expands `inputs` and sends one `ingest` job per file or URL. File paths become absolute, since
 * workers may run from another directory; the job's singletonKey is that path or URL, so a second
 * enqueue of an input whose job has not started yet adds nothing.
 *
 * @example await enqueueInputs(queue, ['samples/ko', 'https://example.com/a']) // { queued: 23, … }
 */
export async function enqueueInputs(queue: JobQueue, inputs: string[], opts: EnqueueOptions = {}): Promise<EnqueueReport> {
  const report: EnqueueReport = { queued: 0, alreadyQueued: 0, failures: [] };
  const sendOptions = retryOptions(opts.retry);
  for (const given of inputs) {
    let expanded: string[];
    try {
      expanded = await expandInput(given, opts.include?.length ? opts.include : DEFAULT_INCLUDE);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      report.failures.push({ input: given, reason: error.message });
      continue;
    }
    for (const input of expanded) {
      const data: IngestJobData = { input, options: opts.ingest ?? {} };
      const id = await queue.boss.send(QUEUES.ingest, data, { ...sendOptions, singletonKey: input });
      if (id === null) report.alreadyQueued++;
      else report.queued++;
    }
  }
  return report;
}

async function expandInput(input: string, include: string[]): Promise<string[]> {
  if (input === '-') throw new InputError('usage', "-: standard input cannot be queued for workers (use 'poachwatch ingest -')", input);
  if (/^https?:\/\//i.test(input)) return [input];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new InputError('unsupported', `${input}: only http and https URLs can be fetched`, input);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(input)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError('not-found', `${input}: ${code === 'ENOENT' ? 'no such file or directory' : (error as Error).message}`, input);
  }
  if (!isDirectory) return [resolve(input)];
  const files: string[] = [];
  for await (const entry of walkDirectory(input, include)) {
    if (entry.error) throw new InputError('not-found', `${entry.path}: cannot list: ${entry.error.message}`, entry.path);
    files.push(resolve(entry.path));
  }
  if (files.length === 0) throw new InputError('empty', `${input}: no files matching ${include.join(', ')}`, input);
  return files;
}

function retryOptions(retry: Partial<RetryPolicy> | undefined) {
  if (!retry) return {};
  const out: { retryLimit?: number; retryDelay?: number; retryBackoff?: boolean } = {};
  if (retry.retryLimit !== undefined) out.retryLimit = retry.retryLimit;
  if (retry.retryDelay !== undefined) {
    out.retryDelay = retry.retryDelay;
    // pg-boss makes a backed-off delay at least one second; a delay of 0 means "retry at once".
    out.retryBackoff = retry.retryDelay > 0;
  }
  return out;
}

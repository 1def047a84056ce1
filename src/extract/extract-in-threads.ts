/**
 * Extraction on the other cores: while the caller stores one document (SQLite is synchronous, so
 * it holds the main thread), worker threads extract the next ones. Results come back per document
 * and never reject; the caller awaits them in input order.
 */
import { availableParallelism } from 'node:os';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { startTsThread } from '../core/start-ts-thread.ts';
import { InputError } from '../core/errors.ts';
import type { Article, Extraction } from '../core/types.ts';
import type { Gazetteer } from '../orgs/index.ts';
import { extractionFailed, extractSafely } from './extract-safely.ts';

export type ExtractResult = { ok: true; extraction: Extraction } | { ok: false; error: Error };

export interface Extractor {
  /** The article's moves, or the error the rules raised on it; never rejects. */
  extract(article: Article): Promise<ExtractResult>;
  /** Stops the threads; extractions still pending finish on the calling thread. */
  close(): Promise<void>;
  /** Documents extracted so far by the threads and by the calling thread. */
  counts(): { threads: number; here: number };
}

export interface ExtractorOptions {
  /** Worker threads; 0 extracts on the calling thread. Default {@link extractThreads}. */
  threads?: number;
  /** Heap limits of each thread (a thread that runs out is replaced by the calling thread, its documents kept). */
  resourceLimits?: ResourceLimits;
}

const MAX_THREADS = 8;

/**
 * How many extraction threads ingestion starts (POACHWATCH_EXTRACT_THREADS, 0 to extract on the
 * main thread): by default one per core beyond the one that stores, at most 4.
 */
export function extractThreads(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.POACHWATCH_EXTRACT_THREADS;
  if (raw === undefined || raw === '') return Math.max(0, Math.min(4, availableParallelism() - 1));
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > MAX_THREADS) {
    throw new InputError('usage', `POACHWATCH_EXTRACT_THREADS: expected a whole number from 0 to ${MAX_THREADS}, got '${raw.slice(0, 40)}'`);
  }
  return n;
}

function extractHere(article: Article, gazetteer: Gazetteer, counts: { here: number }): ExtractResult {
  counts.here++;
  try {
    return { ok: true, extraction: extractSafely(article, gazetteer) };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}

interface Thread {
  worker: Worker;
  ready: boolean;
  pending: Map<number, { article: Article; resolve: (r: ExtractResult) => void }>;
}

/**
 * An extractor over `threads` worker threads, each with its own copy of `gazetteer`. Until a
 * thread has loaded (a fraction of a second), documents are extracted on the calling thread, so a
 * small batch costs no more than without threads.
 */
export function createExtractor(gazetteer: Gazetteer, opts: ExtractorOptions = {}): Extractor {
  const count = opts.threads ?? extractThreads();
  const threads: Thread[] = [];
  let nextId = 0;
  const counts = { threads: 0, here: 0 };
  let closed = false;
  // A thread that fails or exits hands its documents back: they are extracted here, none is lost.
  const retire = (thread: Thread) => {
    thread.ready = false;
    const at = threads.indexOf(thread);
    if (at >= 0) threads.splice(at, 1);
    for (const { article, resolve } of thread.pending.values()) resolve(extractHere(article, gazetteer, counts));
    thread.pending.clear();
  };
  for (let i = 0; i < count; i++) {
    const worker = startTsThread(new URL('./_extract-thread-main.ts', import.meta.url), { entries: gazetteer.entries }, opts.resourceLimits);
    const thread: Thread = { worker, ready: false, pending: new Map() };
    worker.unref();
    worker.on('message', (m: { ready?: true; id?: number; extraction?: Extraction; error?: string }) => {
      if (m.ready) return void (thread.ready = !closed);
      const job = thread.pending.get(m.id!);
      if (!job) return;
      thread.pending.delete(m.id!);
      if (!thread.pending.size) worker.unref();
      counts.threads++;
      job.resolve(m.error === undefined ? { ok: true, extraction: m.extraction! } : { ok: false, error: extractionFailed(job.article.source, m.error) });
    });
    worker.on('error', () => retire(thread));
    worker.on('exit', () => retire(thread));
    threads.push(thread);
  }
  return {
    async extract(article) {
      // While threads load, one turn of the event loop per document: their "ready" arrives as an
      // event, which a caller whose reads and writes are synchronous would otherwise never let in.
      if (threads.length && !threads.some((t) => t.ready)) await new Promise(setImmediate);
      // The least busy thread. (The calling thread taking a share when all are busy measured slower:
      // while it extracts, it neither stores nor hands the threads their next documents.)
      let thread: Thread | undefined;
      for (const t of threads) if (t.ready && (!thread || t.pending.size < thread.pending.size)) thread = t;
      if (!thread) return extractHere(article, gazetteer, counts);
      const id = ++nextId;
      // A thread holds the process open only while it holds documents.
      if (!thread.pending.size) thread.worker.ref();
      const chosen = thread;
      return new Promise((resolve) => {
        chosen.pending.set(id, { article, resolve });
        chosen.worker.postMessage({ id, article });
      });
    },
    async close() {
      closed = true;
      const stopping = [...threads];
      await Promise.all(stopping.map((t) => t.worker.terminate()));
      // Whatever a thread still held is extracted here.
      for (const t of stopping) retire(t);
    },
    counts: () => ({ ...counts }),
  };
}

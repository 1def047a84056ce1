/**
 * Incremental resolution on a worker thread with a bounded heap. Its live memory is small (a chunk
 * of claims and the groups of names it needs), but it allocates fast, and V8 lets an unbounded heap
 * fill with garbage first: at 100,000 documents the main thread's resident size passed 900 MB
 * where the same work under these limits stays near half that, for about the same time.
 */
import type { ResourceLimits } from 'node:worker_threads';
import { startTsThread } from './core/start-ts-thread.ts';
import type { Gazetteer } from './orgs/index.ts';

/** The thread's heap: the old generation capped, a young one large enough that short-lived garbage dies young. */
export const RESOLUTION_THREAD_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 96 };

/**
 * Runs the store's incremental resolution (store.resolution.update with the stored decisions) on a
 * thread that opens the store at `url` itself; resolves to the number of moves, or to undefined
 * when the thread did not finish — out of memory, or any error — and the caller should resolve on
 * its own thread, where a real error surfaces as it always has. Each chunk commits on its own, so
 * the caller's run picks up where the thread stopped.
 */
export function updateInThread(url: string, gazetteer: Gazetteer, limits: ResourceLimits = RESOLUTION_THREAD_LIMITS): Promise<number | undefined> {
  return new Promise((resolve) => {
    let moves: number | undefined;
    const worker = startTsThread(new URL('./_resolve-thread-main.ts', import.meta.url), { url, entries: gazetteer.entries }, limits);
    worker.on('message', (m: { moves: number }) => (moves = m.moves));
    worker.on('error', () => {});
    worker.on('exit', () => resolve(moves));
  });
}

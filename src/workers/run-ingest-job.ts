/** One ingest job: read the input, extract its moves, store the document (once, whatever the number of workers). */
import { InputError } from '../core/errors.ts';
import { readSources } from '../ingest/index.ts';
import type { Gazetteer } from '../orgs/index.ts';
import { extractSafely } from '../extract/index.ts';
import type { Store } from '../store/index.ts';
import type { IngestJobData } from './queues.ts';

export type IngestJobOutcome =
  | { status: 'stored'; source: string; moves: number; revision: number }
  | { status: 'skipped'; source: string };

/**
 * Reads `data.input` with the job's options and saves each document it yields. The store's
 * saveDocument skips content already stored for the source (a unique key, and on PostgreSQL a
 * per-source lock), so two workers running the same input store it once. Throws the input's
 * error when it cannot be read, so that the queue retries it.
 */
export async function runIngestJob(data: IngestJobData, ctx: { store: Store; gazetteer: Gazetteer }): Promise<IngestJobOutcome[]> {
  const outcomes: IngestJobOutcome[] = [];
  const o = data.options ?? {};
  const items = readSources([data.input], {
    published: o.published,
    allowPrivate: o.allowPrivate ?? false,
    maxBytes: o.maxBytes,
    timeoutMs: o.timeoutMs,
    maxRedirects: o.maxRedirects,
  });
  for await (const item of items) {
    if (!item.ok) throw item.error;
    const extraction = extractSafely(item.article, ctx.gazetteer);
    const saved = await ctx.store.saveDocument(item.article, extraction);
    outcomes.push(
      saved.status === 'stored'
        ? { status: 'stored', source: item.article.source, moves: extraction.moves.length, revision: saved.revision }
        : { status: 'skipped', source: item.article.source },
    );
  }
  return outcomes;
}

// Failures that another attempt cannot fix: the same bytes or the same address give the same answer.
const PERMANENT: ReadonlySet<string> = new Set(['unsupported', 'binary', 'too-large', 'encoding', 'refused-address', 'too-many-redirects', 'empty', 'usage']);

/** Whether retrying the job is pointless (it goes straight to the dead letters). Missing files and network failures are retried. */
export function isPermanentFailure(error: unknown): boolean {
  return error instanceof InputError && PERMANENT.has(error.code);
}

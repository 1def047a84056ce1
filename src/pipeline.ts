/** ingest → extract → store → resolve, in one readable function. */
import { InputError } from './core/errors.ts';
import { readSources, type IngestItem, type IngestOptions } from './ingest/index.ts';
import { createExtractor, extractThreads, type ExtractResult } from './extract/index.ts';
import { resolveClaims } from './resolve/index.ts';
import { applyDecisions } from './curation/index.ts';
import type { Gazetteer } from './orgs/index.ts';
import type { Store } from './store/index.ts';
import { updateInThread } from './resolve-in-thread.ts';
import { runAlerts, type AlertRunOptions, type FiredAlertSummary } from './alerts/index.ts';

export type ItemOutcome =
  | { status: 'stored'; source: string; moves: number; revision: number }
  | { status: 'skipped'; source: string }
  | { status: 'failed'; source: string; reason: string; code: string };

export interface IngestReport {
  stored: number;
  skipped: number;
  failed: number;
  failures: Array<{ source: string; reason: string; code: string }>;
  /** Moves in the store after resolution (only when anything was stored). */
  moves: number | null;
  /** Alerts this ingest fired, with their delivery state after this run's attempt (src/alerts). */
  alerts: FiredAlertSummary[];
  /** Set when evaluating or delivering alerts broke; the ingest itself still succeeded. */
  alertsError?: string;
}

export interface RunIngestOptions {
  store: Store;
  gazetteer: Gazetteer;
  ingest?: IngestOptions;
  /** Called once per input document as it finishes, for progress output. */
  onItem?: (outcome: ItemOutcome) => void;
  /**
   * After the moves are rebuilt, rules are evaluated and due webhook deliveries sent (including
   * ones left pending before); false skips both. In-process retry waits are capped at 30 s unless
   * `delivery.waitBudgetMs` says otherwise: what is left stays pending for the next run.
   */
  alerts?: AlertRunOptions | false;
  /** Extraction threads beside the one that stores (default extractThreads: POACHWATCH_EXTRACT_THREADS, else a core each but one). */
  extractThreads?: number;
  /** Turns the inputs into documents; default readSources. Feed watching passes its own (feed items, item content). */
  read?: (inputs: string[], ingest?: IngestOptions) => AsyncIterable<IngestItem>;
}

/** One line for a failure: the input errors' own message, or the bug's, labelled as such. */
export function describeFailure(error: unknown): { reason: string; code: string } {
  if (error instanceof InputError) return { reason: error.message, code: error.code };
  const message = error instanceof Error ? error.message : String(error);
  return { reason: `internal error: ${message.split('\n')[0]}`, code: 'internal' };
}

/**
 * Reads every input, extracts and stores each document in its own transaction, then
 * re-resolves people, organizations and moves (rebuildMoves, whole store or incrementally). One bad input never
 * stops the batch; the report counts what was stored, skipped and failed.
 */
export async function runIngest(inputs: string[], opts: RunIngestOptions): Promise<IngestReport> {
  // A bad setting is reported before anything is stored, not after.
  const mode = resolutionMode();
  const threads = opts.extractThreads ?? extractThreads();
  const report: IngestReport = { stored: 0, skipped: 0, failed: 0, failures: [], moves: null, alerts: [] };
  const fail = (source: string, error: unknown) => {
    const { reason, code } = describeFailure(error);
    report.failed++;
    report.failures.push({ source, reason, code });
    opts.onItem?.({ status: 'failed', source, reason, code });
  };
  const storeItem = async (item: IngestItem, extracted: Promise<ExtractResult> | undefined) => {
    if (!item.ok) return fail(item.source, item.error);
    const { article } = item;
    try {
      const result = await extracted!;
      if (!result.ok) throw result.error;
      const saved = await opts.store.saveDocument(article, result.extraction);
      if (saved.status === 'skipped') {
        report.skipped++;
        opts.onItem?.({ status: 'skipped', source: article.source });
      } else {
        report.stored++;
        opts.onItem?.({ status: 'stored', source: article.source, moves: result.extraction.moves.length, revision: saved.revision });
      }
    } catch (error) {
      fail(article.source, error);
    }
  };
  const extractor = createExtractor(opts.gazetteer, { threads });
  // Documents being extracted (on other threads) while the ones before them are stored, in order.
  const inFlight: Array<[IngestItem, Promise<ExtractResult> | undefined]> = [];
  try {
    for await (const item of readAhead((opts.read ?? readSources)(inputs, opts.ingest), 4)) {
      inFlight.push([item, item.ok ? extractor.extract(item.article) : undefined]);
      if (inFlight.length > EXTRACTIONS_IN_FLIGHT) await storeItem(...inFlight.shift()!);
    }
  } finally {
    // Also when reading broke off: what was read is stored before the error goes up.
    while (inFlight.length) await storeItem(...inFlight.shift()!);
    await extractor.close();
  }
  if (report.stored > 0) report.moves = await rebuildMoves(opts.store, opts.gazetteer, mode);
  if (opts.alerts !== false) {
    // The documents and moves are stored by now: an alert problem is reported, never fails the ingest.
    try {
      const alertOptions = opts.alerts ?? {};
      const run = await runAlerts(opts.store, {
        ...alertOptions,
        evaluate: report.stored > 0,
        delivery: { waitBudgetMs: 30_000, ...alertOptions.delivery },
      });
      report.alerts = run.fired;
    } catch (error) {
      report.alertsError = describeFailure(error).reason;
    }
  }
  return report;
}

// Enough queued per thread that a thread never waits for the next document while one is stored.
const EXTRACTIONS_IN_FLIGHT = 16;

/**
 * Keeps up to `depth` reads in flight while the caller works: extraction is synchronous, so without
 * this the file or network read of the next document would only start after the current one is stored.
 */
export async function* readAhead<T>(source: AsyncIterable<T>, depth: number): AsyncGenerator<T> {
  const it = source[Symbol.asyncIterator]();
  const queue: Array<Promise<IteratorResult<T>>> = [];
  for (let i = 0; i < depth; i++) queue.push(it.next());
  for (;;) {
    const next = await queue.shift()!;
    if (next.done) return;
    queue.push(it.next());
    yield next.value;
  }
}

export type ResolutionMode = 'auto' | 'whole' | 'incremental';

/**
 * Under `auto`, stores that have held fewer claims than this resolve whole: at this size the
 * whole-store path is the faster one and its memory (about 1.4 KB per claim, garbage aside) is
 * no more than the incremental path's chunks; beyond it, memory would grow with the corpus.
 */
export const WHOLE_BELOW_CLAIMS = 20_000;

/**
 * How rebuildMoves resolves (POACHWATCH_RESOLUTION): `auto` (default) the whole store while it
 * has held fewer than WHOLE_BELOW_CLAIMS claims, incrementally after; `whole` re-resolves every
 * stored claim at once; `incremental` keeps an index of linked names and re-resolves only the
 * groups new or changed claims touch, a chunk at a time. All give the same people,
 * organizations and moves (tested on both engines; README → Performance for speed and memory).
 */
export function resolutionMode(env: NodeJS.ProcessEnv = process.env): ResolutionMode {
  const raw = env.POACHWATCH_RESOLUTION;
  if (raw === undefined || raw === '' || raw === 'auto') return 'auto';
  if (raw === 'whole' || raw === 'incremental') return raw;
  throw new InputError('usage', `POACHWATCH_RESOLUTION: expected auto, whole or incremental, got '${raw.slice(0, 40)}'`);
}

/** The path a mode takes on this store: `auto` decides by how many claims the store has held. */
export async function resolutionPath(store: Store, mode: ResolutionMode = resolutionMode(), wholeBelowClaims = WHOLE_BELOW_CLAIMS): Promise<'whole' | 'incremental'> {
  if (mode !== 'auto') return mode;
  return (await store.resolution.claimIdBound()) < wholeBelowClaims ? 'whole' : 'incremental';
}

/** Incremental runs taking in at least this many claims go to the resolution thread. */
export const THREAD_FROM_CLAIMS = 20_000;

/**
 * Re-resolves the stored claims into people, organizations and moves, after applying the human
 * decisions (rejected claims out, edits over, people merged or split); returns the number of moves.
 */
export async function rebuildMoves(store: Store, gazetteer: Gazetteer, mode: ResolutionMode = resolutionMode(), wholeBelowClaims = WHOLE_BELOW_CLAIMS, threadFromClaims = THREAD_FROM_CLAIMS): Promise<number> {
  if ((await resolutionPath(store, mode, wholeBelowClaims)) === 'incremental') {
    // A large backlog resolves on a thread of bounded heap, where the store can be opened again
    // (resolve-in-thread.ts); a small one here, as starting the thread costs about half a second.
    const onThread = store.url !== null && (await store.resolution.backlog()) >= threadFromClaims;
    const moves = onThread ? await updateInThread(store.url!, gazetteer) : undefined;
    return moves ?? (await store.resolution.update({ gazetteer, decisions: await store.curation.listDecisions() })).moves;
  }
  const decisions = await store.curation.listDecisions();
  // Evidence spans are the largest column and resolution never reads them.
  const curated = applyDecisions(await store.listClaims({ evidence: false }), decisions);
  const resolution = resolveClaims(curated.claims, { gazetteer, people: curated.people });
  await store.saveResolution(resolution);
  return resolution.moves.length;
}

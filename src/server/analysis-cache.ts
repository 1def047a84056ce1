/** Caches analysis results in memory, keyed by the request and the store generation, for a short time. */

export interface AnalysisCacheOptions {
  /** How long an entry lives (default 10 s): writes by other processes (workers, the CLI) become visible at most this late. */
  ttlMs?: number;
  /** Entries kept at most (default 500); the oldest go first. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  generation: number;
  /** When the value settled (null while computing). */
  settledAt: number | null;
  value: Promise<unknown>;
  refreshing: boolean;
}

/**
 * Results of analyses (flows, bursts, series, …) over the whole store take seconds at 50,000 moves
 * and the same few are asked for by every page view. Each entry is keyed by the request (its
 * parameters) and the store generation, which this process bumps on every write it makes (ingest,
 * curation): after one, every entry is dropped and recomputed on demand, so the server's own writes
 * are visible at once. Writes by other processes (workers, the CLI) cannot be seen that way: an
 * entry older than the TTL is still answered from, while one recomputation runs in the background
 * and replaces it (stale-while-revalidate), so a reader waits for a computation only on a cold or
 * just-written cache, and sees others' writes at most TTL plus one computation late. Concurrent
 * identical requests share one computation; a failed one is not kept.
 */
export class AnalysisCache {
  #generation = 0;
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: AnalysisCacheOptions = {}) {
    this.#ttlMs = options.ttlMs ?? 10_000;
    this.#maxEntries = options.maxEntries ?? 500;
    this.#now = options.now ?? Date.now;
  }

  get generation(): number {
    return this.#generation;
  }

  /** Marks the store as changed: every entry computed before is dropped. */
  bump(): void {
    this.#generation++;
    this.#entries.clear();
  }

  /** The cached value for `key`, or the result of `compute`, stored. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit && hit.generation === this.#generation) {
      const stale = hit.settledAt !== null && this.#now() - hit.settledAt > this.#ttlMs;
      if (stale && !hit.refreshing) {
        hit.refreshing = true;
        this.#start(key, compute).value.catch(() => {});
      }
      return hit.value as Promise<T>;
    }
    return this.#start(key, compute).value as Promise<T>;
  }

  /** Starts a computation; it becomes the entry once it succeeds (at once when there is no entry to keep serving). */
  #start<T>(key: string, compute: () => Promise<T>): Entry {
    const generation = this.#generation;
    const entry: Entry = { generation, settledAt: null, value: compute(), refreshing: false };
    const previous = this.#entries.get(key);
    const replacesAtOnce = !previous || previous.generation !== generation || previous.settledAt === null;
    if (replacesAtOnce) this.#put(key, entry);
    entry.value.then(
      () => {
        entry.settledAt = this.#now();
        if (!replacesAtOnce && this.#generation === generation) this.#put(key, entry);
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
        else if (previous) previous.refreshing = false;
      },
    );
    return entry;
  }

  #put(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    while (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value as string);
  }
}

/** A cache key for a request: the path and its query parameters in a fixed order. */
export function requestKey(url: URL): string {
  const params = [...url.searchParams].filter(([k]) => k !== 'format').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${url.pathname}?${new URLSearchParams(params).toString()}`;
}

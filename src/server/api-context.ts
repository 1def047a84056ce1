/** What every handler shares: the store (and a view of it that caches whole-store reads), the gazetteer, the token, the cache. */
import type { Gazetteer } from '../orgs/index.ts';
import type { Store } from '../store/index.ts';
import { AnalysisCache } from './analysis-cache.ts';

export interface ApiOptions {
  store: Store;
  /** Loaded lazily on the first write: reading never needs it. */
  gazetteer: () => Gazetteer;
  /** The bearer token writes need; null disables writes (403). */
  token: string | null;
  /** Let POST /api/ingest fetch loopback and private addresses (serve --allow-private). */
  allowPrivate?: boolean;
  cache?: AnalysisCache;
  /** Compute the overview's analyses in the background at start and after every write (serve does; tests need not). */
  warm?: boolean;
}

export interface ApiContext {
  store: Store;
  /**
   * The same store, whose whole-store `listMoves` (what every analysis starts from: tens of MB at
   * 50,000 moves) is read once per cache generation and shared by every analysis.
   */
  analysisStore: Store;
  gazetteer: () => Gazetteer;
  token: string | null;
  allowPrivate: boolean;
  cache: AnalysisCache;
  warm: boolean;
  /** Serialises writes in this process: a re-resolution replaces whole tables. */
  writeLock: <T>(work: () => Promise<T>) => Promise<T>;
}

export function createApiContext(options: ApiOptions): ApiContext {
  const cache = options.cache ?? new AnalysisCache();
  let tail: Promise<unknown> = Promise.resolve();
  return {
    store: options.store,
    analysisStore: cachingStore(options.store, cache),
    gazetteer: options.gazetteer,
    token: options.token,
    allowPrivate: options.allowPrivate ?? false,
    cache,
    warm: options.warm ?? false,
    writeLock<T>(work: () => Promise<T>): Promise<T> {
      const run = tail.then(work, work);
      tail = run.catch(() => {});
      return run;
    },
  };
}

/** A view of `store` whose listMoves and orgSummary answers come from `cache` (keyed by their arguments). */
function cachingStore(store: Store, cache: AnalysisCache): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'listMoves') {
        return (filter: Parameters<Store['listMoves']>[0] = {}) => cache.get(`store.listMoves ${JSON.stringify(filter)}`, () => target.listMoves(filter));
      }
      if (prop === 'orgSummary') {
        return (name: string, window?: Parameters<Store['orgSummary']>[1]) =>
          cache.get(`store.orgSummary ${JSON.stringify([name, window ?? {}])}`, () => target.orgSummary(name, window));
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

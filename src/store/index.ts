/** The store stage: one schema on SQLite or PostgreSQL behind the Store interface. */
export { openStore } from './open-store.ts';
export { parseStoreUrl, DEFAULT_STORE_URL, type StoreLocation } from './parse-store-url.ts';
export type {
  Store,
  SaveResult,
  OrgRef,
  MoveSource,
  MoveRow,
  MoveFilter,
  PersonRecord,
  OrgSummary,
  FlowRow,
  StoreCounts,
} from './store.ts';
export type { AlertStore } from './alerts-store.ts';
export type { CurationStore } from './curation-store.ts';
export type { ResolutionStore, ResolutionReport, ResolutionUpdate } from './resolution-store.ts';
export type { DocumentStore } from './documents-store.ts';
export type { FeedStore, FeedRecord, FeedPollUpdate, SeenItem, SeenItemStatus, NewSeenItem, ItemAttempt } from './feeds-store.ts';

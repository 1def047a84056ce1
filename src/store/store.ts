/** The store's interface: one schema on two engines (SQLite, PostgreSQL), chosen in open-store.ts. */
import type { AlertStore } from './alerts-store.ts';
import type { CurationStore } from './curation-store.ts';
import type { DocumentStore } from './documents-store.ts';
import type { FeedStore } from './feeds-store.ts';
import type { ResolutionStore } from './resolution-store.ts';
import type { Article, Compensation, Extraction, Lang, PartialDate, Resolution, Span, StoredClaim } from '../core/types.ts';

export interface SaveResult {
  /** stored: a new document or a new revision; skipped: this exact content was already stored for this source. */
  status: 'stored' | 'skipped';
  documentId: number;
  /** 1 for the first content seen at a source, 2 for the next changed content, … */
  revision: number;
  claims: number;
}

export interface OrgRef { key: string; name: string; team: string | null; verified: boolean }

export interface MoveSource {
  documentId: number;
  source: string;
  url: string | null;
  title: string | null;
  published: PartialDate | null;
  lang: Lang;
  claimId: number;
  confidence: number;
  evidence: Span[];
}

/** A merged move as queries return it. */
export interface MoveRow {
  id: number;
  person: { id: number; name: string; aliases: string[] };
  from: OrgRef | null;
  to: OrgRef | null;
  date: PartialDate | null;
  role: string | null;
  compensation: Array<Compensation & { claimId: number }>;
  confidence: number;
  history: boolean;
  sources: MoveSource[];
}

export interface MoveFilter {
  /** Moves from or to this organization (canonical name or alias; includes its sub-units). */
  org?: string;
  from?: string;
  to?: string;
  /** Any of the person's names. */
  person?: string;
  /** Inclusive bounds compared against the move's date at its own precision (`2025` is inside 2025-03..2025-09). */
  since?: PartialDate;
  until?: PartialDate;
  /** Include career-history moves (default false). */
  history?: boolean;
  limit?: number;
  offset?: number;
  /**
   * Read each source's evidence spans (default true). Analyses never look at them, and parsing
   * them is most of the cost of listing every move of a large store.
   */
  evidence?: boolean;
}

export interface PersonRecord {
  id: number;
  name: string;
  names: string[];
  moves: MoveRow[];
}

export interface OrgSummary {
  key: string;
  name: string;
  verified: boolean;
  aliases: string[];
  parent: string | null;
  inflow: number;
  outflow: number;
  net: number;
  topDestinations: Array<{ org: string; count: number }>;
  topSources: Array<{ org: string; count: number }>;
  recentDepartures: MoveRow[];
  recentArrivals: MoveRow[];
}

export interface FlowRow {
  from: string;
  to: string;
  count: number;
  /** Names of the flow's people in date order, each once; only the first `peopleLimit` when one was given. */
  people: string[];
  /** Distinct people (person ids) of the flow's moves, whatever peopleLimit cut from `people`. */
  peopleCount: number;
}

export interface StoreCounts { documents: number; claims: number; people: number; orgs: number; moves: number }

export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** The URL another thread or process opens this store with (openStore); null for an in-memory database. */
  readonly url: string | null;
  /** Documents and claims for reading (API, document page). */
  readonly documents: DocumentStore;
  /** Alert rules, fired alerts, deliveries. */
  readonly alerts: AlertStore;
  /** Human decisions respected by every re-resolution. */
  readonly curation: CurationStore;
  /** Watched feeds and seen items. */
  readonly feeds: FeedStore;
  /** Incremental resolution: people, organizations and moves brought up to date with the claims, re-resolving only what changed. */
  readonly resolution: ResolutionStore;
  /** Applies pending migrations; safe to call on every open. */
  migrate(): Promise<void>;
  /** Stores a document and its claims in one transaction; the same content at the same source again is skipped. */
  saveDocument(article: Article, extraction: Extraction): Promise<SaveResult>;
  /** Every claim of the latest revision of every document; `evidence: false` leaves each claim's evidence spans empty (resolution never reads them). */
  listClaims(options?: { evidence?: boolean }): Promise<StoredClaim[]>;
  /** Replaces people, organizations and moves with a new resolution, in one transaction. */
  saveResolution(resolution: Resolution): Promise<void>;
  listMoves(filter?: MoveFilter): Promise<MoveRow[]>;
  /** People whose names match (any script); each with their career timeline, oldest first. */
  findPeople(name: string): Promise<PersonRecord[]>;
  orgSummary(name: string, window?: { since?: PartialDate; until?: PartialDate }): Promise<OrgSummary | null>;
  /** Flows between top-level organizations, most moves first; `peopleLimit` caps the people each lists (the earliest). */
  flows(window?: { since?: PartialDate; until?: PartialDate; limit?: number; peopleLimit?: number }): Promise<FlowRow[]>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}

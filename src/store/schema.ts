/** Table shapes for kysely: one schema shared by the SQLite and PostgreSQL engines. */
import type { Generated } from 'kysely';
import type { AlertTables } from './schema-alerts.ts';
import type { CurationTables } from './schema-curation.ts';
import type { FeedTables } from './schema-feeds.ts';
import type { ResolutionTables } from './schema-resolution.ts';

// Flags are integers 0/1 and JSON is TEXT on both engines, so that both behave identically
// and rows come back in the same shape without per-engine conversion.

export interface DocumentTable {
  id: Generated<number>;
  source: string;
  url: string | null;
  title: string | null;
  lang: string;
  published: string | null;
  published_from: string | null;
  content_hash: string;
  media_type: string;
  charset: string;
  bytes: number;
  text: string;
  revision: number;
  superseded: number;
  extractor: string;
  ingested_at: string;
}

export interface ClaimTable {
  id: Generated<number>;
  document_id: number;
  person: string;
  /** JSON string[] */
  aliases: string;
  from_org: string | null;
  from_team: string | null;
  from_verified: number | null;
  from_mention: string | null;
  to_org: string | null;
  to_team: string | null;
  to_verified: number | null;
  to_mention: string | null;
  date: string | null;
  role: string | null;
  comp_text: string | null;
  comp_usd: number | null;
  comp_amount: number | null;
  comp_currency: string | null;
  confidence: number;
  history: number;
  /** JSON Span[] */
  evidence: string;
  extractor: string;
}

export interface PersonTable {
  id: number;
  key: string;
  name: string;
  /** JSON string[] */
  names: string;
}

export interface PersonNameTable {
  person_id: number;
  name: string;
  name_key: string;
}

export interface OrgTable {
  id: number;
  key: string;
  name: string;
  verified: number;
  parent_key: string | null;
  /** JSON string[] */
  aliases: string;
}

export interface OrgNameTable {
  org_id: number;
  name_key: string;
}

export interface MoveTable {
  id: number;
  key: string;
  person_id: number;
  from_org_id: number | null;
  from_team: string | null;
  from_team_key: string | null;
  to_org_id: number | null;
  to_team: string | null;
  to_team_key: string | null;
  date: string | null;
  /** First day the date can mean ('2025-07' → '2025-07-01'), for sorting and window tests. */
  date_sort: string | null;
  /** Last day the date can mean ('2025-07' → '2025-07-31'). */
  date_end: string | null;
  date_precision: string | null;
  role: string | null;
  /** JSON Array<Compensation & { claimId }> */
  compensation: string;
  confidence: number;
  history: number;
}

export interface MoveClaimTable {
  move_id: number;
  claim_id: number;
}

/** Tables of later migrations are declared beside them (schema-*.ts). */
/** All-time totals per pair of top-level organizations (migration 0006, kept by _flow-totals.ts). */
export interface FlowTotalTable {
  from_org_id: number;
  to_org_id: number;
  moves: number;
  people: number;
}

export interface Database extends AlertTables, CurationTables, FeedTables, ResolutionTables {
  flow_totals: FlowTotalTable;
  documents: DocumentTable;
  claims: ClaimTable;
  people: PersonTable;
  person_names: PersonNameTable;
  orgs: OrgTable;
  org_names: OrgNameTable;
  moves: MoveTable;
  move_claims: MoveClaimTable;
}

export type Engine = 'sqlite' | 'postgres';

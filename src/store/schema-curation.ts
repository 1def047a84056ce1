/** Table shapes of migration 0003-curation. */
import type { Generated } from 'kysely';

/** One human decision; claims are matched by fingerprint, so there is no foreign key to claims. */
export interface CurationDecisionTable {
  id: Generated<number>;
  /** accept | reject | edit | merge | split */
  action: string;
  /** The claim id as given when deciding (for the record; matching goes by fingerprint). */
  claim_id: number;
  /** merge/split: the second claim. */
  other_claim_id: number | null;
  /** The claim's document source (fingerprints only match claims from there). */
  source: string;
  other_source: string | null;
  /** JSON string[]: claimFingerprints of the claim. */
  fingerprints: string;
  /** JSON string[] | null: claimFingerprints of the second claim. */
  other_fingerprints: string | null;
  /** JSON ClaimEdit | null: edit only. */
  fields: string | null;
  decided_by: string;
  note: string | null;
  /** ISO timestamp. */
  created_at: string;
}

export interface CurationTables {
  curation_decisions: CurationDecisionTable;
}

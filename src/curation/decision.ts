/** The shapes of human curation decisions: what an analyst decided about a claim or about two claims' people. */
import type { PartialDate } from '../core/types.ts';

/** accept/reject/edit act on one claim; merge/split on the people of two claims. */
export type DecisionAction = 'accept' | 'reject' | 'edit' | 'merge' | 'split';

export const DECISION_ACTIONS: readonly DecisionAction[] = ['accept', 'reject', 'edit', 'merge', 'split'];

/** Actions that need a second claim (whose person is the same as, or different from, the first's). */
export const PAIR_ACTIONS: readonly DecisionAction[] = ['merge', 'split'];

/**
 * Fields a human sets in place of the extracted ones. `null` for `from`/`to`/`date`/`role` means
 * "unknown"; a field left out keeps the extracted value.
 */
export interface ClaimEdit {
  person?: string;
  from?: string | null;
  to?: string | null;
  date?: PartialDate | null;
  role?: string | null;
}

/** What a caller (CLI, HTTP API) hands in to record a decision. */
export interface DecisionInput {
  action: DecisionAction;
  /** The claim the decision is about (for merge/split, the first of the two). */
  claimId: number;
  /** merge/split only: the second claim. */
  otherClaimId?: number | null;
  /** edit only. */
  fields?: ClaimEdit | null;
  /** Who decided. */
  by: string;
  note?: string | null;
}

/** A stored decision. It is matched to claims by fingerprint, so it outlives the claim ids it was made on. */
export interface Decision {
  id: number;
  action: DecisionAction;
  /** The claim id as given when deciding; after a re-extraction the claim it matches may have another id. */
  claimId: number;
  otherClaimId: number | null;
  /** The document source of the claim (and of the second claim): fingerprints can only match claims from there. */
  source: string;
  otherSource: string | null;
  /** claimFingerprints of the claim as extracted (one per name form). */
  fingerprints: string[];
  otherFingerprints: string[] | null;
  fields: ClaimEdit | null;
  by: string;
  note: string | null;
  /** ISO timestamp. */
  createdAt: string;
}

/** What the decisions make of one claim: shown on pages, applied before resolution. */
export type ClaimState = 'accepted' | 'rejected' | 'edited' | null;

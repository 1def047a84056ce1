/** The curation stage's public interface: decision shapes, claim fingerprints, applying decisions before resolution. */
export {
  DECISION_ACTIONS,
  PAIR_ACTIONS,
  type ClaimEdit,
  type ClaimState,
  type Decision,
  type DecisionAction,
  type DecisionInput,
} from './decision.ts';
export { claimFingerprints, foldPersonName, type FingerprintedClaim } from './claim-fingerprints.ts';
export { applyDecisions, applyEdit, indexDecisions, judgeClaim, type ClaimVerdict, type CuratedClaims, type DecisionIndex } from './apply-decisions.ts';
export { checkDecisionInput } from './check-decision-input.ts';

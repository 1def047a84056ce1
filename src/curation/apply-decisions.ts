/** Human decisions applied to claims before resolution: rejected claims dropped, edits laid over, people linked or kept apart. */
import type { OrgSlot, StoredClaim } from '../core/types.ts';
import type { PeopleConstraints } from '../resolve/index.ts';
import { claimFingerprints, foldPersonName } from './claim-fingerprints.ts';
import { normalizeOrgName } from '../resolve/index.ts';
import type { ClaimEdit, ClaimState, Decision } from './decision.ts';

/** Decisions looked up by fingerprint, oldest first. */
export interface DecisionIndex {
  byFingerprint: Map<string, Decision[]>;
  pairs: Decision[];
  /** Document sources some decision names: claims from elsewhere need no fingerprinting. */
  sources: Set<string>;
}

export function indexDecisions(decisions: Decision[]): DecisionIndex {
  const byFingerprint = new Map<string, Decision[]>();
  const pairs: Decision[] = [];
  const sources = new Set<string>();
  for (const d of [...decisions].sort((a, b) => a.id - b.id)) {
    sources.add(d.source);
    if (d.otherSource !== null) sources.add(d.otherSource);
    if (d.action === 'merge' || d.action === 'split') {
      pairs.push(d);
      continue;
    }
    for (const fp of new Set(d.fingerprints)) {
      const list = byFingerprint.get(fp);
      if (list) list.push(d);
      else byFingerprint.set(fp, [d]);
    }
  }
  return { byFingerprint, pairs, sources };
}

/** What the claim-level decisions (accept, reject, edit) say about one claim. */
export interface ClaimVerdict {
  state: ClaimState;
  /** The edits, later ones over earlier ones; null when none. */
  fields: ClaimEdit | null;
  /** Ids of the decisions that apply, oldest first. */
  decisionIds: number[];
}

/**
 * The latest of accept, reject and edit decides whether the claim stands (an edit states what the
 * claim should say, so it also keeps it); edits accumulate, a later one overriding an earlier one field by field.
 */
export function judgeClaim(fingerprints: string[], index: DecisionIndex): ClaimVerdict {
  const seen = new Set<number>();
  const applying: Decision[] = [];
  for (const fp of fingerprints) {
    for (const d of index.byFingerprint.get(fp) ?? []) {
      if (!seen.has(d.id)) {
        seen.add(d.id);
        applying.push(d);
      }
    }
  }
  if (!applying.length) return { state: null, fields: null, decisionIds: [] };
  applying.sort((a, b) => a.id - b.id);
  let fields: ClaimEdit | null = null;
  let rejected = false;
  for (const d of applying) {
    if (d.action === 'edit' && d.fields) fields = { ...(fields ?? {}), ...d.fields };
    rejected = d.action === 'reject';
  }
  const state: ClaimState = rejected ? 'rejected' : fields ? 'edited' : 'accepted';
  return { state, fields, decisionIds: applying.map((d) => d.id) };
}

function editedSlot(original: OrgSlot | null, org: string | null | undefined): OrgSlot | null {
  if (org === undefined) return original;
  if (org === null) return null;
  // The same organization written again keeps the extracted team; a new one starts without.
  const same = original && normalizeOrgName(original.org) === normalizeOrgName(org);
  // Verified stays false: resolution looks the name up in the gazetteer and verifies it there.
  return { org, team: same ? original.team : null, verified: same ? original.verified : false, mention: org };
}

/** The claim as the human says it is: edits laid over, confidence 1 (a person vouched for it). */
export function applyEdit(claim: StoredClaim, fields: ClaimEdit | null): StoredClaim {
  if (!fields) return { ...claim, confidence: 1 };
  const renamed = fields.person !== undefined && foldPersonName(fields.person) !== foldPersonName(claim.person);
  return {
    ...claim,
    // A corrected name replaces the extracted forms: they named someone else.
    person: fields.person ?? claim.person,
    aliases: renamed ? [] : claim.aliases,
    from: editedSlot(claim.from, fields.from),
    to: editedSlot(claim.to, fields.to),
    date: fields.date === undefined ? claim.date : fields.date,
    role: fields.role === undefined ? claim.role : fields.role,
    confidence: 1,
  };
}

export interface CuratedClaims {
  /** The claims to resolve: rejected ones gone, accepted and edited ones at confidence 1. */
  claims: StoredClaim[];
  /** Same-person and different-person links between claim ids, for clustering people. */
  people: PeopleConstraints;
  /** Every claim id (input) with a decision, and its state. */
  states: Map<number, ClaimState>;
  /** Claim ids (input) each decision applied to; decisions that match no claim are absent. */
  matches: Map<number, number[]>;
}

/**
 * Applies stored decisions to the current claims. Pure. Merge and split become constraints between
 * the first surviving claims their fingerprints match; for one pair of claims the later decision wins.
 * @example const curated = applyDecisions(await store.listClaims(), await store.curation.listDecisions());
 *          resolveClaims(curated.claims, { gazetteer, people: curated.people });
 */
export function applyDecisions(claims: StoredClaim[], decisions: Decision[]): CuratedClaims {
  const states = new Map<number, ClaimState>();
  const matches = new Map<number, number[]>();
  if (!decisions.length) return { claims, people: { sameAs: [], differentFrom: [] }, states, matches };
  const index = indexDecisions(decisions);
  const note = (decisionId: number, claimId: number) => {
    const list = matches.get(decisionId);
    if (list) list.push(claimId);
    else matches.set(decisionId, [claimId]);
  };
  const kept: StoredClaim[] = [];
  const keptByFingerprint = new Map<string, number[]>();
  for (const claim of claims) {
    // Fingerprints start with the source, so a claim from a document no decision names matches none.
    if (!index.sources.has(claim.source)) {
      kept.push(claim);
      continue;
    }
    const fps = claimFingerprints(claim);
    const verdict = judgeClaim(fps, index);
    for (const id of verdict.decisionIds) note(id, claim.id);
    if (verdict.state) states.set(claim.id, verdict.state);
    if (verdict.state === 'rejected') continue;
    kept.push(verdict.state ? applyEdit(claim, verdict.fields) : claim);
    for (const fp of fps) {
      const list = keptByFingerprint.get(fp);
      if (list) list.push(claim.id);
      else keptByFingerprint.set(fp, [claim.id]);
    }
  }
  const claimsOf = (fps: string[] | null) => [...new Set((fps ?? []).flatMap((fp) => keptByFingerprint.get(fp) ?? []))].sort((a, b) => a - b);
  // Later decisions on the same pair of claims replace earlier ones.
  const pairAction = new Map<string, { a: number; b: number; action: 'merge' | 'split' }>();
  for (const d of index.pairs) {
    const left = claimsOf(d.fingerprints);
    const right = claimsOf(d.otherFingerprints);
    for (const id of [...left, ...right]) note(d.id, id);
    for (const a of left) {
      for (const b of right) {
        if (a === b) continue;
        const [lo, hi] = a < b ? [a, b] : [b, a];
        pairAction.set(`${lo}:${hi}`, { a: lo, b: hi, action: d.action as 'merge' | 'split' });
      }
    }
  }
  const people: PeopleConstraints = { sameAs: [], differentFrom: [] };
  for (const { a, b, action } of pairAction.values()) (action === 'merge' ? people.sameAs : people.differentFrom).push([a, b]);
  return { claims: kept, people, states, matches };
}

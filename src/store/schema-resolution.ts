/** Tables of migrations 0007 and 0008: the index incremental resolution keeps (see resolution-store.ts). */

/** Every person name form claims have used, with the group of linked names it belongs to. */
export interface ResolveNameTable {
  id: number;
  name: string;
  /** Names linked (exactly, strongly, or weakly with a shared move) directly or through others, claims naming them, and same-person decisions share one label. */
  component: number;
}

/** The exact (`E:`) and bucket keys of each name, for finding the names a new one may link with. */
export interface ResolveNameKeyTable {
  key: string;
  name_id: number;
  /** The name's side, bucketSideIndex (script, Chinese reading, compact Korean form): buckets pair some sides only (0010). */
  side: number;
}

/** Weak links between names (a < b): they join groups once a claim under each name shares a move signature (resolve_name_sigs). */
export interface ResolveWeakLinkTable {
  a: number;
  b: number;
}

/**
 * Move signatures (see moveSignatures) of the claims under each name: a weak link whose two names
 * share one joins their groups. Only ever added to until the index is rebuilt: a signature left by a
 * superseded claim can only join groups needlessly, never keep apart claims resolution would link.
 */
export interface ResolveNameSigTable {
  name_id: number;
  sig: string;
}

/** Every claim resolution has seen, with its group, the person it resolved to and whether it waits for re-resolution. */
export interface ResolveClaimTable {
  claim_id: number;
  component: number;
  /** people.id of its person at the last resolution; null for a rejected claim or one not resolved yet. */
  person_id: number | null;
  /** 1: its group must be resolved again (new, superseded, or an organization it names changed). */
  dirty: number;
}

/** The key base (slug of the display name) of each person: namesakes share one and are keyed together. */
export interface ResolvePersonTable {
  person_id: number;
  base: string;
}

/** What each organization form resolved to at the last resolution; a change re-resolves the claims using it. */
export interface ResolveOrgFormTable {
  org: string;
  mention: string;
  org_key: string;
  team: string | null;
}

/** Small named values: the curation fingerprint, an unfinished full rebuild, the index version. */
export interface ResolveStateTable {
  name: string;
  value: string;
}

export interface ResolutionTables {
  resolve_names: ResolveNameTable;
  resolve_name_keys: ResolveNameKeyTable;
  resolve_weak_links: ResolveWeakLinkTable;
  resolve_name_sigs: ResolveNameSigTable;
  resolve_claims: ResolveClaimTable;
  resolve_people: ResolvePersonTable;
  resolve_org_forms: ResolveOrgFormTable;
  resolve_state: ResolveStateTable;
}

/** Claim sides become organizations: gazetteer entries (top-level) or merged names recognised from context. */
import type { OrgSlot, ResolvedOrg, ResolvedSide, StoredClaim } from '../core/types.ts';
import type { Gazetteer, OrgEntry } from '../orgs/index.ts';
import { normalizeOrgName, orgNameBucket, orgNameCore, orgNameWords, sameOrgName } from './org-names.ts';
import { claimUniqueKey, slugify } from './_slug.ts';

/** The resolved sides of one claim. */
export interface ClaimSides {
  from: ResolvedSide | null;
  to: ResolvedSide | null;
}

export interface OrgResolution {
  /** Sides per claim id. */
  sides: Map<number, ClaimSides>;
  /** Every organization some side refers to, by key. */
  orgs: Map<string, ResolvedOrg>;
}

const isLatinName = (s: string) => /\p{Script=Latin}/u.test(s) && !/\p{Script=Hangul}/u.test(s);

function lookupEntry(slot: OrgSlot, gazetteer: Gazetteer): OrgEntry | undefined {
  for (const name of [slot.org, slot.mention]) {
    if (!name) continue;
    const hit = gazetteer.lookup(name) ?? gazetteer.lookup(normalizeOrgName(name));
    if (hit) return hit;
  }
  return undefined;
}

/** Union-find over unverified name keys. */
class Unions {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The smaller key wins, so the result does not depend on the order of claims.
    if (ra !== rb) ra < rb ? this.parent.set(rb, ra) : this.parent.set(ra, rb);
  }
}

/**
 * Picks the display name of an unverified organization: Latin first, then the fullest name (most
 * words once legal forms are dropped: "Lumen Robotics" over "Lumen"), the most used, the shortest.
 */
function pickDisplayName(counts: Map<string, number>): string {
  const words = (n: string) => orgNameWords(n).length;
  return [...counts.entries()].sort(
    ([a, ca], [b, cb]) =>
      Number(isLatinName(b)) - Number(isLatinName(a)) || words(b) - words(a) || cb - ca || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0),
  )[0][0];
}

/**
 * Resolves every claim side to an organization: a gazetteer entry's top-level ancestor (a
 * sub-unit named as the organization becomes the team), else an unverified organization
 * shared by every spelling and script of the same name ("노바리즌", "Nova Reason Inc.").
 */
export function resolveOrgSlots(claims: StoredClaim[], gazetteer: Gazetteer): OrgResolution {
  const orgs = new Map<string, ResolvedOrg>();
  const entryOf = new Map<OrgSlot, OrgEntry>();
  const lookups = new Map<string, OrgEntry | null>();
  const lookupCached = (slot: OrgSlot) => {
    const id = `${slot.org}\u0000${slot.mention}`;
    let hit = lookups.get(id);
    if (hit === undefined) lookups.set(id, (hit = lookupEntry(slot, gazetteer) ?? null));
    return hit ?? undefined;
  };
  const unverified = new Map<string, Map<string, number>>(); // normalized key → written forms
  const seenForms = new Map<string, Set<string>>(); // gazetteer id → forms the claims used
  for (const c of claims) {
    for (const slot of [c.from, c.to]) {
      if (!slot || !(slot.org || slot.mention)) continue;
      const entry = lookupCached(slot);
      if (entry) {
        entryOf.set(slot, entry);
        const top = gazetteer.topLevel(entry).id;
        const seen = seenForms.get(top) ?? new Set<string>();
        for (const f of [slot.org, slot.mention]) if (f) seen.add(f.trim());
        seenForms.set(top, seen);
        continue;
      }
      const name = (slot.org || slot.mention).trim();
      const key = normalizeOrgName(name);
      if (!key) continue;
      const forms = unverified.get(key) ?? new Map<string, number>();
      forms.set(name, (forms.get(name) ?? 0) + 1);
      unverified.set(key, forms);
    }
  }

  // Cross-script spellings of one name meet in a bucket; only Latin–Hangul pairs are compared.
  const unions = new Unions();
  const buckets = new Map<string, string[]>();
  for (const [key, forms] of unverified) {
    const name = [...forms.keys()][0];
    const b = orgNameBucket(name);
    buckets.set(b, [...(buckets.get(b) ?? []), key]);
  }
  for (const keys of buckets.values()) {
    const latin = keys.filter((k) => isLatinName([...unverified.get(k)!.keys()][0]));
    const latinSet = new Set(latin);
    const other = keys.filter((k) => !latinSet.has(k));
    for (const h of other) {
      for (const l of latin) {
        const hn = [...unverified.get(h)!.keys()];
        const ln = [...unverified.get(l)!.keys()];
        if (hn.some((x) => ln.some((y) => sameOrgName(x, y)))) unions.union(h, l);
      }
    }
  }

  // A short form ("Lumen") is the long one ("Lumen Robotics") when the corpus has exactly one such long form.
  const longForms = new Map<string, Set<string>>();
  for (const [key, forms] of unverified) {
    const core = orgNameCore([...forms.keys()][0]);
    if (core && core !== key) longForms.set(core, (longForms.get(core) ?? new Set()).add(unions.find(key)));
  }
  for (const [core, roots] of longForms) {
    if (unverified.has(core) && roots.size === 1) unions.union(core, [...roots][0]);
  }

  const clusters = new Map<string, Map<string, number>>();
  for (const [key, forms] of unverified) {
    const root = unions.find(key);
    const merged = clusters.get(root) ?? new Map<string, number>();
    for (const [f, n] of forms) merged.set(f, (merged.get(f) ?? 0) + n);
    clusters.set(root, merged);
  }
  const taken = new Set(gazetteer.entries.map((e) => e.id));
  const keyOfUnverified = new Map<string, string>();
  const ordered = [...clusters.entries()].map(([root, forms]) => ({ root, forms, name: pickDisplayName(forms) }));
  ordered.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.root < b.root ? -1 : 1));
  for (const { root, forms, name } of ordered) {
    const key = claimUniqueKey(slugify(name), taken);
    keyOfUnverified.set(root, key);
    const aliases = [...forms.keys()].sort();
    orgs.set(key, { key, name, verified: false, parent: null, aliases });
  }

  const sides = new Map<number, ClaimSides>();
  const resolveSlot = (slot: OrgSlot | null): ResolvedSide | null => {
    if (!slot) return null;
    const entry = entryOf.get(slot);
    if (entry) {
      const top = gazetteer.topLevel(entry);
      if (!orgs.has(top.id)) {
        const aliases = [...new Set([top.name, ...top.aliases, ...(seenForms.get(top.id) ?? [])])];
        orgs.set(top.id, { key: top.id, name: top.name, verified: true, parent: null, aliases });
      }
      const team = slot.team || (top.id !== entry.id ? entry.name : null);
      return { orgKey: top.id, team: team || null };
    }
    const key = normalizeOrgName(slot.org || slot.mention || '');
    if (!key) return null;
    return { orgKey: keyOfUnverified.get(unions.find(key))!, team: slot.team || null };
  };
  for (const c of claims) sides.set(c.id, { from: resolveSlot(c.from), to: resolveSlot(c.to) });
  return { sides, orgs };
}

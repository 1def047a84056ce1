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
 * One distinct way claims name an organization (`org` and `mention` of a slot), with the number
 * of slots naming it so. A list of these, in order of first use, is all that the global part of
 * organization resolution needs: a store can aggregate it with one GROUP BY instead of loading claims.
 */
export interface OrgForm {
  org: string;
  mention: string;
  count: number;
}

/** What a slot's form resolves to, before the slot's own team is laid over. */
export interface FormSide {
  orgKey: string;
  /** The team a gazetteer sub-unit implies (DeepMind under Google), used when the slot names none. */
  team: string | null;
}

/** Organizations and the side of every form, from {@link resolveOrgForms}. */
export interface OrgFormResolution {
  /** Every organization some form refers to, by key. */
  orgs: Map<string, ResolvedOrg>;
  /** The resolved side of a form, or null for a form that names nothing (empty after normalising). */
  sideOfForm(org: string, mention: string): FormSide | null;
  /** The resolved side of a claim's slot: its form's, with the slot's team first. */
  sideOf(slot: OrgSlot | null): ResolvedSide | null;
}

const formId = (org: string, mention: string) => `${org}\u0000${mention}`;

/** The distinct forms of the claims' slots with their counts, in order of first use (claim order, origin before destination). */
export function collectOrgForms(claims: StoredClaim[]): OrgForm[] {
  const forms = new Map<string, OrgForm>();
  for (const c of claims) {
    for (const slot of [c.from, c.to]) {
      if (!slot || !(slot.org || slot.mention)) continue;
      const id = formId(slot.org, slot.mention);
      const hit = forms.get(id);
      if (hit) hit.count++;
      else forms.set(id, { org: slot.org, mention: slot.mention, count: 1 });
    }
  }
  return [...forms.values()];
}

/**
 * Resolves organization forms (see {@link collectOrgForms}; order matters only through which
 * spelling of a name came first): a gazetteer entry's top-level ancestor (a sub-unit named as the
 * organization becomes the team), else an unverified organization shared by every spelling and
 * script of the same name ("노바리즌", "Nova Reason Inc.").
 */
export function resolveOrgForms(forms: OrgForm[], gazetteer: Gazetteer): OrgFormResolution {
  const orgs = new Map<string, ResolvedOrg>();
  const lookups = new Map<string, OrgEntry | null>();
  const lookupCached = (org: string, mention: string) => {
    const id = formId(org, mention);
    let hit = lookups.get(id);
    if (hit === undefined) lookups.set(id, (hit = lookupEntry({ org, mention, team: null, verified: false }, gazetteer) ?? null));
    return hit ?? undefined;
  };
  const unverified = new Map<string, Map<string, number>>(); // normalized key → written forms
  const seenForms = new Map<string, { top: OrgEntry; seen: Set<string> }>(); // gazetteer id → forms the claims used
  for (const form of forms) {
    if (!(form.org || form.mention)) continue;
    const entry = lookupCached(form.org, form.mention);
    if (entry) {
      const top = gazetteer.topLevel(entry);
      const used = seenForms.get(top.id) ?? { top, seen: new Set<string>() };
      for (const f of [form.org, form.mention]) if (f) used.seen.add(f.trim());
      seenForms.set(top.id, used);
      continue;
    }
    const name = (form.org || form.mention).trim();
    const key = normalizeOrgName(name);
    if (!key) continue;
    const written = unverified.get(key) ?? new Map<string, number>();
    written.set(name, (written.get(name) ?? 0) + form.count);
    unverified.set(key, written);
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

  // Every gazetteer organization a form names, with the forms used for it.
  for (const { top, seen } of seenForms.values()) {
    const aliases = [...new Set([top.name, ...top.aliases, ...seen])];
    orgs.set(top.id, { key: top.id, name: top.name, verified: true, parent: null, aliases });
  }

  const sideOfForm = (org: string, mention: string): FormSide | null => {
    if (!(org || mention)) return null;
    const entry = lookupCached(org, mention);
    if (entry) {
      const top = gazetteer.topLevel(entry);
      return { orgKey: top.id, team: top.id !== entry.id ? entry.name : null };
    }
    const key = normalizeOrgName(org || mention || '');
    if (!key) return null;
    return { orgKey: keyOfUnverified.get(unions.find(key))!, team: null };
  };
  const sideOf = (slot: OrgSlot | null): ResolvedSide | null => {
    if (!slot) return null;
    const side = sideOfForm(slot.org, slot.mention);
    if (!side) return null;
    return { orgKey: side.orgKey, team: slot.team || side.team || null };
  };
  return { orgs, sideOfForm, sideOf };
}

/**
 * Resolves every claim side to an organization (see {@link resolveOrgForms}) over the claims' own forms.
 */
export function resolveOrgSlots(claims: StoredClaim[], gazetteer: Gazetteer): OrgResolution {
  const resolved = resolveOrgForms(collectOrgForms(claims), gazetteer);
  const sides = new Map<number, ClaimSides>();
  for (const c of claims) sides.set(c.id, { from: resolved.sideOf(c.from), to: resolved.sideOf(c.to) });
  return { sides, orgs: resolved.orgs };
}

/** Claims from many documents become people: linked by name across scripts, kept apart by conflicting organizations. */
import type { StoredClaim } from '../core/types.ts';
import { monthRange } from './_dates.ts';
import { analyzeName } from './_name-info.ts';
import { bucketPairs, BUCKET_SIDES, bucketSideIndex, nameLinkKeys } from './name-links.ts';
import { matchNameInfos } from './same-person-name.ts';
import type { ClaimSides } from './resolve-org-slots.ts';
import { pushTo } from '../core/push-to.ts';

/**
 * Human decisions about people, as pairs of claim ids: the people of `sameAs` pairs are one person
 * (merged even without a name link), those of `differentFrom` pairs are never one cluster. Where
 * the two conflict (A=B, B=C, but A≠C), keeping apart wins: a wrong merge mixes two careers.
 */
export interface PeopleConstraints {
  sameAs: Array<[number, number]>;
  differentFrom: Array<[number, number]>;
}

/** Claim id → claim ids it must not share a person with (symmetric). */
type Apart = Map<number, Set<number>>;

function buildApart(pairs: Array<[number, number]>): Apart {
  const apart: Apart = new Map();
  const add = (a: number, b: number) => {
    const set = apart.get(a);
    if (set) set.add(b);
    else apart.set(a, new Set([b]));
  };
  for (const [a, b] of pairs) {
    add(a, b);
    add(b, a);
  }
  return apart;
}

/** Must some claim among `ids` stay apart from one in `others`? */
function mustStayApart(apart: Apart, ids: Iterable<number>, others: Set<number>): boolean {
  if (!apart.size) return false;
  for (const id of ids) for (const x of apart.get(id) ?? []) if (others.has(x)) return true;
  return false;
}

/** One person: the claims about them and every form of their name. */
export interface PersonCluster {
  claims: StoredClaim[];
  /** Name forms with the number of documents using each. */
  names: Map<string, number>;
}

interface SidedClaim {
  claim: StoredClaim;
  from: string | null;
  to: string | null;
  /** Ids of its written names, and its move signatures (see moveSignatures): set when grouped. */
  nameIds: number[];
  sigs: string[];
}

/** The claims of one document about one person. */
interface Group {
  claims: SidedClaim[];
  names: number[];
  orgs: Set<string>;
  sortKey: string;
  claimIds: Set<number>;
}

/** A person being built, with what fitting a new group needs kept up to date. */
interface Cluster {
  id: number;
  groups: Group[];
  orgs: Set<string>;
  /** Move signatures of the claims under each name id: what corroborates a weak link to that name. */
  sigsByName: Map<number, Set<string>>;
  /** Whether some claim lacks its origin, its destination, or both. */
  fromUnknown: boolean;
  toUnknown: boolean;
  bothUnknown: boolean;
  /** Ids of every claim in the cluster, for checking decisions that keep people apart. */
  claimIds: Set<number>;
  merged?: Cluster;
}

/** Strength of a name link: 3 the same written name, 2 a transliteration, 1 a weak transliteration. */
type Link = { other: number; strength: number };

/** The written forms of a claim's person name, as clustering compares them. */
export const claimNames = (c: Pick<StoredClaim, 'person' | 'aliases'>): string[] => [c.person, ...(c.aliases ?? [])].map((n) => n?.normalize('NFC').trim()).filter((n): n is string => !!n);

function groupByDocument(claims: SidedClaim[], nameId: (n: string) => number, apart: Apart): Group[] {
  const byDoc = new Map<number, SidedClaim[]>();
  for (const c of claims) {
    const list = byDoc.get(c.claim.documentId);
    if (list) list.push(c);
    else byDoc.set(c.claim.documentId, [c]);
  }
  const groups: Group[] = [];
  for (const docClaims of byDoc.values()) {
    // Within one document, claims sharing a written name (exact key) are about one person.
    const byKey = new Map<string, Group>();
    const docGroups = new Set<Group>();
    for (const c of docClaims) {
      const keys = claimNames(c.claim).flatMap((n) => analyzeName(n).exactKeys);
      // A human said this claim's person is not that group's: it starts a group of its own.
      const hits = [...new Set(keys.map((k) => byKey.get(k)).filter((g): g is Group => !!g))].filter((h) => !mustStayApart(apart, [c.claim.id], h.claimIds));
      const g: Group = hits[0] ?? { claims: [], names: [], orgs: new Set(), sortKey: '', claimIds: new Set() };
      docGroups.add(g);
      for (const other of hits.slice(1)) {
        if (mustStayApart(apart, other.claimIds, g.claimIds)) continue;
        g.claims.push(...other.claims);
        for (const id of other.claimIds) g.claimIds.add(id);
        docGroups.delete(other);
        for (const [k, v] of byKey) if (v === other) byKey.set(k, g);
      }
      g.claims.push(c);
      g.claimIds.add(c.claim.id);
      for (const k of keys) byKey.set(k, g);
    }
    groups.push(...docGroups);
  }
  for (const g of groups) {
    const written = [...new Set(g.claims.flatMap((c) => claimNames(c.claim)))].sort();
    g.names = written.map(nameId);
    for (const c of g.claims) for (const o of [c.from, c.to]) if (o) g.orgs.add(o);
    for (const c of g.claims) {
      c.nameIds = claimNames(c.claim).map(nameId);
      c.sigs = moveSignatures(c.from, c.to, c.claim.date, c.claim.published);
    }
    const firstId = g.claims.reduce((m, c) => Math.min(m, c.claim.id), Infinity);
    // Richer groups first, then a content-derived order (source, names), so results do not follow input order.
    g.sortKey = `${9 - Math.min(g.orgs.size, 9)}${String(999 - Math.min(g.claims.length, 999)).padStart(3, '0')}|${g.claims[0].claim.source}|${written.join('|')}|${String(firstId).padStart(12, '0')}`;
  }
  return groups.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

/** Links between distinct names: the same written name, or a transliteration found through shared bucket keys. */
function linkNames(names: string[]): Link[][] {
  const infos = names.map(analyzeName);
  const links: Link[][] = names.map((_, i) => [{ other: i, strength: 3 }]);
  const seen = new Set<number>();
  const pairId = (i: number, j: number) => (i < j ? i * names.length + j : j * names.length + i);
  const add = (i: number, j: number, strength: number) => {
    const id = pairId(i, j);
    if (i === j || seen.has(id)) return;
    seen.add(id);
    links[i].push({ other: j, strength });
    links[j].push({ other: i, strength });
  };
  const exact = new Map<string, number[]>();
  const buckets = new Map<string, number[]>();
  const keys = names.map(nameLinkKeys);
  infos.forEach((info, i) => {
    for (const k of info.exactKeys) pushTo(exact, k, i);
    for (const k of keys[i].buckets) pushTo(buckets, k, i);
  });
  for (const ids of exact.values()) for (let a = 1; a < ids.length; a++) add(ids[0], ids[a], 3);
  const compare = (i: number, j: number) => {
    if (seen.has(pairId(i, j))) return;
    const m = matchNameInfos(infos[i], infos[j]);
    if (m.strength !== 'none') add(i, j, m.strength === 'exact' ? 3 : m.strength === 'strong' ? 2 : 1);
  };
  const sides = keys.map(bucketSideIndex);
  for (const [key, ids] of buckets) {
    if (ids.length < 2) continue;
    // Names by side (script, Chinese reading, compact Korean form): a bucket compares some sides only (bucketPairs), and
    // most of a crowded one is pairs it skips.
    const bySide: number[][] = BUCKET_SIDES.map(() => []);
    for (const i of ids) bySide[sides[i]].push(i);
    for (let x = 0; x < bySide.length; x++) {
      for (let y = x; y < bySide.length; y++) {
        if (!bySide[x].length || !bySide[y].length || !bucketPairs(key, BUCKET_SIDES[x], BUCKET_SIDES[y])) continue;
        const [xs, ys] = [bySide[x], bySide[y]];
        // The earlier name first, as two Hangul names align from the first one's tokens.
        for (let a = 0; a < xs.length; a++) for (let b = x === y ? a + 1 : 0; b < ys.length; b++) compare(Math.min(xs[a], ys[b]), Math.max(xs[a], ys[b]));
      }
    }
  }
  return links;
}

const root = (c: Cluster): Cluster => {
  let r = c;
  while (r.merged) r = r.merged;
  return r;
};

function newCluster(id: number): Cluster {
  return { id, groups: [], orgs: new Set(), sigsByName: new Map(), fromUnknown: false, toUnknown: false, bothUnknown: false, claimIds: new Set() };
}

function addGroup(k: Cluster, g: Group): void {
  k.groups.push(g);
  for (const o of g.orgs) k.orgs.add(o);
  for (const id of g.claimIds) k.claimIds.add(id);
  for (const c of g.claims) {
    for (const n of c.nameIds) {
      const sigs = k.sigsByName.get(n);
      if (sigs) for (const sig of c.sigs) sigs.add(sig);
      else k.sigsByName.set(n, new Set(c.sigs));
    }
    k.fromUnknown ||= !c.from;
    k.toUnknown ||= !c.to;
    k.bothUnknown ||= !c.from && !c.to;
  }
}

/**
 * With no organization in common, could each of the group's claims report a move the cluster
 * holds? Only where every side known on one part is unknown on the other ("left Apple" / "joined Lumen").
 */
function sidesFit(g: Group, k: Cluster): boolean {
  return g.claims.every((c) => (c.from && c.to ? k.bothUnknown : c.from ? k.fromUnknown : c.to ? k.toUnknown : true));
}

/**
 * What corroborates a weak name link: a claim under one name and a claim under the other share a
 * signature, that is, they report the same complete transition in the same time window
 * (`T:from>to:…`, see transitions) or the same side of one in the same month ("from:apple:2025-08").
 * A property of the two names' claims alone, so the incremental resolver can tell which weak links
 * ever join groups without resolving them.
 */
export function moveSignatures(from: string | null, to: string | null, date: string | null, published: string | null): string[] {
  const month = date && date.length >= 7 ? date.slice(0, 7) : null;
  const sides = month ? [from ? `from:${from}:${month}` : '', to ? `to:${to}:${month}` : ''].filter(Boolean) : [];
  return [...sides, ...transitions(from, to, date, published)];
}

/**
 * A complete transition with the time windows it falls in: two staggered half-year windows of its
 * month, so that reports within three months of each other always share one and reports more than
 * six months apart never do. A loose transliteration reporting "Apple → Meta" two years after
 * another is a namesake as often as not; a report's own date wins over its publication's.
 */
function transitions(from: string | null, to: string | null, date: string | null, published: string | null): string[] {
  if (!from || !to) return [];
  const move = `T:${from}>${to}`;
  const month = transitionMonth(date, published);
  if (month === null) return [`${move}:?`];
  return [`${move}:a${Math.floor(month / 6)}`, `${move}:b${Math.floor((month + 3) / 6)}`];
}

/** Months since year 0 of a reported move: its date to the month, else its publication's (in the date's year, if it has one). */
function transitionMonth(date: string | null, published: string | null): number | null {
  const own = date ? monthRange(date) : undefined;
  if (own && own[0] === own[1]) return own[0];
  const pub = published ? monthRange(published) : undefined;
  const year = own ? Math.floor(own[0] / 12) : pub ? Math.floor(pub[0] / 12) : undefined;
  if (year === undefined) return null;
  // Only a year: the publication's month when it was that year, else mid-year.
  return pub && pub[0] === pub[1] && Math.floor(pub[0] / 12) === year ? pub[0] : year * 12 + 5;
}

/** Does a claim share a move signature with those of the cluster's claims under a name? */
function corroborates(c: SidedClaim, sigs: Set<string> | undefined): boolean {
  return !!sigs && c.sigs.some((sig) => sigs.has(sig));
}

/**
 * How well a group fits a cluster, or -1 when their organizations conflict (a namesake), or
 * when a weak name match lacks the corroboration of the same reported transition.
 */
function fitScore(g: Group, k: Cluster, strength: number, corroborated: boolean): number {
  if (strength < 2 && !corroborated) return -1;
  let shared = 0;
  for (const o of g.orgs) if (k.orgs.has(o)) shared++;
  let base: number;
  if (shared > 0) base = 10 * shared + 5;
  else if (g.orgs.size === 0 || k.orgs.size === 0) base = 1;
  else if (sidesFit(g, k)) base = 3;
  else return -1;
  return strength * 100 + base + Math.min(k.groups.length, 9) * 0.01;
}

function absorb(into: Cluster, from: Cluster): void {
  for (const g of from.groups) addGroup(into, g);
  from.groups = [];
  from.merged = into;
}

/**
 * Groups claims into people. Claims of one document sharing a written name form a group; a
 * group joins the best cluster whose names it matches (exactly or by transliteration) unless
 * their organizations conflict: both sides known, nothing shared, and no way the claims report
 * one move. Two clusters that share a name and an organization are then merged (a career chain).
 */
export function clusterPeople(claims: StoredClaim[], sides: Map<number, ClaimSides>, constraints?: PeopleConstraints): PersonCluster[] {
  const apart = buildApart(constraints?.differentFrom ?? []);
  const names: string[] = [];
  const ids = new Map<string, number>();
  const nameId = (n: string) => {
    let id = ids.get(n);
    if (id === undefined) {
      id = names.length;
      names.push(n);
      ids.set(n, id);
    }
    return id;
  };
  const sided: SidedClaim[] = claims.map((claim) => {
    const s = sides.get(claim.id);
    return { claim, from: s?.from?.orgKey ?? null, to: s?.to?.orgKey ?? null, nameIds: [], sigs: [] };
  });
  const groups = groupByDocument(sided, nameId, apart);
  const links = linkNames(names);

  const clusters: Cluster[] = [];
  const byName = new Map<number, Set<Cluster>>();
  for (const g of groups) {
    let best: Cluster | undefined;
    let bestScore = -1;
    const strengthOf = new Map<Cluster, number>();
    // Clusters a weak link reaches where a claim under the other name reports the same move.
    const corroborated = new Set<Cluster>();
    for (const c of g.claims) {
      for (const n of c.nameIds) {
        for (const l of links[n]) {
          for (const k of byName.get(l.other) ?? []) {
            const r = root(k);
            strengthOf.set(r, Math.max(strengthOf.get(r) ?? 0, l.strength));
            if (l.strength === 1 && !corroborated.has(r) && corroborates(c, r.sigsByName.get(l.other))) corroborated.add(r);
          }
        }
      }
    }
    for (const [k, strength] of strengthOf) {
      const s = mustStayApart(apart, g.claimIds, k.claimIds) ? -1 : fitScore(g, k, strength, corroborated.has(k));
      if (s > bestScore || (s === bestScore && best && k.id < best.id)) [best, bestScore] = [k, s];
    }
    if (!best || bestScore < 0) {
      best = newCluster(clusters.length);
      clusters.push(best);
    }
    addGroup(best, g);
    for (const n of g.names) byName.set(n, (byName.get(n) ?? new Set()).add(best));
  }

  // A career chain (A→B in one cluster, B→C in another, same name) is one person.
  for (const k of clusters) {
    if (k.merged) continue;
    const linked = new Set<Cluster>();
    for (const g of k.groups) {
      for (const n of g.names) for (const l of links[n]) if (l.strength >= 2) for (const o of byName.get(l.other) ?? []) linked.add(o);
    }
    for (const o of [...linked].sort((a, b) => a.id - b.id)) {
      const ro = root(o);
      const rk = root(k);
      if (ro === rk || mustStayApart(apart, ro.claimIds, rk.claimIds)) continue;
      if ([...ro.orgs].some((x) => rk.orgs.has(x))) ro.id < rk.id ? absorb(ro, rk) : absorb(rk, ro);
    }
  }

  // Humans said these claims are about one person, whatever their names.
  if (constraints?.sameAs.length) {
    const clusterOf = new Map<number, Cluster>();
    for (const k of clusters) for (const id of k.claimIds) clusterOf.set(id, k);
    for (const [a, b] of constraints.sameAs) {
      const [ka, kb] = [clusterOf.get(a), clusterOf.get(b)];
      if (!ka || !kb) continue;
      const [ra, rb] = [root(ka), root(kb)];
      if (ra === rb || mustStayApart(apart, ra.claimIds, rb.claimIds)) continue;
      ra.id < rb.id ? absorb(ra, rb) : absorb(rb, ra);
    }
  }

  return clusters
    .filter((k) => !k.merged && k.groups.length)
    .map((k) => {
      const counts = new Map<string, number>();
      for (const g of k.groups) for (const n of g.names) counts.set(names[n], (counts.get(names[n]) ?? 0) + 1);
      return { claims: k.groups.flatMap((g) => g.claims.map((c) => c.claim)), names: counts };
    });
}

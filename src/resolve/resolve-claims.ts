/** The resolve stage: stored claims from many documents become people, organizations and merged moves. */
import type { Resolution, ResolvedMove, ResolvedOrg, ResolvedPerson, StoredClaim } from '../core/types.ts';
import type { Gazetteer } from '../orgs/index.ts';
import { clusterPeople, type PeopleConstraints, type PersonCluster } from './cluster-people.ts';
import type { ClaimSides } from './resolve-org-slots.ts';
import { mergeMoves, type MoveDraft } from './merge-moves.ts';
import { collectOrgForms, resolveOrgForms, type OrgFormResolution } from './resolve-org-slots.ts';
import { claimUniqueKey, slugify } from './_slug.ts';

const isLatin = (s: string) => /\p{Script=Latin}/u.test(s) && !/\p{Script=Hangul}/u.test(s);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Display name first (Latin preferred, then the most documents, then alphabetical), then the other forms. */
function orderNames(names: Map<string, number>): string[] {
  return [...names.entries()]
    .sort(([a, ca], [b, cb]) => Number(isLatin(b)) - Number(isLatin(a)) || cb - ca || byText(a, b))
    .map(([n]) => n);
}

interface DraftPerson {
  cluster: PersonCluster;
  names: string[];
  drafts: MoveDraft[];
  /** Organizations of the person's moves, for telling namesakes' keys apart. */
  signature: string;
}

function assignPersonKeys(people: DraftPerson[]): string[] {
  const base = people.map((p) => personKeyBase(p.names[0]));
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  // Namesakes: the best-documented keeps the plain key, the others add their organizations.
  const order = people
    .map((p, i) => i)
    .sort((a, b) => byText(base[a], base[b]) || people[b].cluster.claims.length - people[a].cluster.claims.length || byText(people[a].signature, people[b].signature));
  const taken = new Set<string>();
  const keys: string[] = new Array(people.length);
  for (const i of order) {
    const plain = base[i];
    keys[i] = taken.has(plain) && count.get(plain)! > 1 ? claimUniqueKey(`${plain}--${slugify(people[i].signature)}`, taken) : claimUniqueKey(plain, taken);
  }
  return keys;
}

/** The base of a person's key: the slug of their display name (namesakes then tell themselves apart). */
export function personKeyBase(displayName: string): string {
  return slugify(displayName);
}

/**
 * Resolves stored claims into people (across scripts, spellings and documents, namesakes kept
 * apart by their organizations), organizations (gazetteer entries or merged unverified names)
 * and moves (every report of one transition merged, with all claim ids). Pure: values in,
 * values out; keys derive from names and organizations, so they survive a rebuild. `people`
 * carries human decisions (same person / different people, by claim id) that override the name matching.
 * @example resolveClaims(claims, { gazetteer: defaultGazetteer() }).moves
 */
export function resolveClaims(claims: StoredClaim[], opts: { gazetteer: Gazetteer; people?: PeopleConstraints }): Resolution {
  return resolveClaimsWithOrgs(claims, resolveOrgForms(collectOrgForms(claims), opts.gazetteer), opts.people);
}

/**
 * {@link resolveClaims} with the organizations already resolved (over these claims or over a
 * whole corpus whose part they are). Claims whose people cannot share a name with anyone outside
 * them (whole groups of linked names, see name-links.ts) resolve to exactly the people and moves
 * the whole corpus gives them; the organizations returned are those their moves use.
 */
export function resolveClaimsWithOrgs(claims: StoredClaim[], orgResolution: OrgFormResolution, constraints?: PeopleConstraints): Resolution {
  const sides = new Map<number, ClaimSides>();
  for (const c of claims) sides.set(c.id, { from: orgResolution.sideOf(c.from), to: orgResolution.sideOf(c.to) });
  const orgs = orgResolution.orgs;
  const clusters = clusterPeople(claims, sides, constraints);
  const drafts: DraftPerson[] = clusters.map((cluster) => {
    const drafts = mergeMoves(cluster.claims.map((claim) => ({ claim, from: sides.get(claim.id)?.from ?? null, to: sides.get(claim.id)?.to ?? null })));
    const signature = [...new Set(drafts.flatMap((d) => [d.from?.orgKey, d.to?.orgKey]).filter((k): k is string => !!k))].sort().join('-') || 'unknown';
    // A claim without a name still becomes a person, so none of its moves is lost.
    const names = cluster.names.size ? orderNames(cluster.names) : ['unnamed'];
    return { cluster, names, drafts, signature };
  });
  const keys = assignPersonKeys(drafts);

  const people: ResolvedPerson[] = [];
  const moves: ResolvedMove[] = [];
  const moveKeys = new Set<string>();
  const usedOrgs = new Set<string>();
  drafts.forEach((p, i) => {
    const personKey = keys[i];
    people.push({ key: personKey, name: p.names[0], names: p.names });
    const ordered = [...p.drafts].sort((a, b) => byText(a.date ?? '', b.date ?? '') || a.claimIds[0] - b.claimIds[0]);
    for (const d of ordered) {
      const base = `${personKey}:${d.from?.orgKey ?? 'unknown'}>${d.to?.orgKey ?? 'unknown'}`;
      // A repeated transition (twice A → B) is told apart by its date.
      const key = moveKeys.has(base) ? claimUniqueKey(`${base}@${d.date ?? 'undated'}`, moveKeys) : claimUniqueKey(base, moveKeys);
      for (const side of [d.from, d.to]) if (side) usedOrgs.add(side.orgKey);
      moves.push({ key, personKey, ...d });
    }
  });
  const resolvedOrgs: ResolvedOrg[] = [...orgs.values()].filter((o) => usedOrgs.has(o.key));
  return {
    people: people.sort((a, b) => byText(a.key, b.key)),
    orgs: resolvedOrgs.sort((a, b) => byText(a.key, b.key)),
    moves: moves.sort((a, b) => byText(a.key, b.key)),
  };
}

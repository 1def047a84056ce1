/**
 * The index of linked names: each claim's names join the group of every stored name they may link
 * with, and weakly linked names join once claims under both share a move signature.
 */
import type { Insertable, Transaction } from 'kysely';
import { bucketPairs, createLinkStrength, moveSignatures, nameLinkKeys, BUCKET_SIDES, bucketSideIndex } from '../resolve/index.ts';
import { pushTo } from '../core/push-to.ts';
import { insertChunked } from './_insert-chunked.ts';
import { namesAsCurated } from './_resolution-decisions.ts';
import { DIRTY, inBatches, Labels, maxId, relabel, RETIRED, selectIn, type Curation, type Db, type OrgState } from './_resolution-shared.ts';
import type { ResolutionUpdate } from './resolution-store.ts';
import type { Database } from './schema.ts';

const ALL_SIDES = (1 << BUCKET_SIDES.length) - 1;

/**
 * Gives each claim the component of its names: a new name joins every stored name it may link
 * with (found through shared keys), and components a claim or link bridges become one.
 */
export async function indexClaims(trx: Transaction<Database>, entries: Array<{ claimId: number; names: string[]; retired: boolean; component?: number }>, onStep?: ResolutionUpdate['onStep']): Promise<void> {
  const names = [...new Set(entries.flatMap((e) => e.names))];
  const labelOf = new Map<string, number>();
  const labels = new Labels();
  // Stored components this batch meets: the only labels that may have to be rewritten in the tables.
  const stored = new Set<number>();
  for (const batch of inBatches(names)) {
    const rows = await trx.selectFrom('resolve_names').select(['name', 'component']).where('name', 'in', batch).execute();
    for (const r of rows) {
      labelOf.set(r.name, r.component);
      stored.add(r.component);
    }
  }
  const fresh = names.filter((n) => !labelOf.has(n));
  let nextId = (await maxId(trx, 'resolve_names')) + 1;
  const newRows: Insertable<Database['resolve_names']>[] = [];
  const keyRows: Insertable<Database['resolve_name_keys']>[] = [];
  const freshKeys = new Map<string, ReturnType<typeof nameLinkKeys>>();
  // Candidates by key and side (script, Chinese reading, compact Korean form; buckets pair some sides only): stored names and the new ones alike.
  type Candidate = { id: number; name: string; label: number };
  const byKey = new Map<string, Candidate[][]>();
  const push = (key: string, side: number, item: Candidate) => {
    let lists = byKey.get(key);
    if (!lists) byKey.set(key, (lists = BUCKET_SIDES.map(() => [])));
    lists[side].push(item);
  };
  for (const name of fresh) {
    const id = nextId++;
    labelOf.set(name, id);
    const keys = nameLinkKeys(name);
    freshKeys.set(name, keys);
    newRows.push({ id, name, component: id });
    const side = bucketSideIndex(keys);
    for (const key of new Set([...keys.exact, ...keys.buckets])) keyRows.push({ key, name_id: id, side });
  }
  // Stored candidates of the sides some new name may pair with under each key (a Latin name meets
  // Latin ones only through exact, SUB and KOL keys, a Chinese one Chinese ones only through ZH
  // keys: most of a crowded bucket is never fetched). Keys are fetched grouped by the sides wanted.
  const wanted = new Map<string, number>();
  for (const name of fresh) {
    const keys = freshKeys.get(name)!;
    for (const key of keys.exact) wanted.set(key, ALL_SIDES);
    for (const key of keys.buckets) {
      let mask = wanted.get(key) ?? 0;
      for (let side = 0; side < BUCKET_SIDES.length; side++) if (bucketPairs(key, keys, BUCKET_SIDES[side])) mask |= 1 << side;
      wanted.set(key, mask);
    }
  }
  const keysByMask = new Map<number, string[]>();
  for (const [key, mask] of wanted) if (mask) pushTo(keysByMask, mask, key);
  for (const [mask, keys] of keysByMask) {
    const sides = BUCKET_SIDES.map((_, side) => side).filter((side) => mask & (1 << side));
    for (const batch of inBatches(keys)) {
      let q = trx
        .selectFrom('resolve_name_keys as k')
        .innerJoin('resolve_names as n', 'n.id', 'k.name_id')
        .select(['k.key', 'k.side', 'n.id', 'n.name', 'n.component'])
        .where('k.key', 'in', batch);
      if (mask !== ALL_SIDES) q = q.where('k.side', 'in', sides);
      for (const r of await q.execute()) {
        push(r.key, r.side, { id: r.id, name: r.name, label: r.component });
        stored.add(r.component);
      }
    }
  }
  for (const name of fresh) {
    const keys = freshKeys.get(name)!;
    for (const key of new Set([...keys.exact, ...keys.buckets])) push(key, bucketSideIndex(keys), { id: labelOf.get(name)!, name, label: labelOf.get(name)! });
  }
  const firstFresh = nextId - fresh.length;
  const weakRows: Insertable<Database['resolve_weak_links']>[] = [];
  const linkStrength = createLinkStrength();
  for (const name of fresh) {
    const keys = freshKeys.get(name)!;
    // A new name's own id is its first label.
    const own = labelOf.get(name)!;
    const seen = new Set<number>();
    for (const key of keys.exact) for (const list of byKey.get(key)!) for (const other of list) labels.union(own, other.label);
    for (const key of keys.buckets) {
      const lists = byKey.get(key)!;
      for (let side = 0; side < BUCKET_SIDES.length; side++) {
        if (!bucketPairs(key, keys, BUCKET_SIDES[side])) continue;
        for (const other of lists[side]) {
          // A pair of new names is compared once, from its lower id; a pair sharing several buckets once too.
          if ((other.id >= firstFresh && other.id <= own) || seen.has(other.id)) continue;
          seen.add(other.id);
          if (labels.find(own) === labels.find(other.label)) continue;
          const strength = linkStrength(name, other.name);
          // A weak link joins two groups only while their claims share a move: kept aside, weighed when resolving.
          if (strength >= 2) labels.union(own, other.label);
          else if (strength === 1) weakRows.push(own < other.id ? { a: own, b: other.id } : { a: other.id, b: own });
        }
      }
    }
  }
  const claimRows: Insertable<Database['resolve_claims']>[] = [];
  // Claims indexed before (curated anew): their group joins their names' and resolves again.
  const redo: number[] = [];
  for (const e of entries) {
    if (e.component !== undefined) {
      stored.add(e.component);
      for (const n of e.names) labels.union(e.component, labelOf.get(n)!);
      redo.push(e.claimId);
      continue;
    }
    if (e.retired) {
      claimRows.push({ claim_id: e.claimId, component: RETIRED, person_id: null, dirty: 0 });
      continue;
    }
    const own = e.names.map((n) => labelOf.get(n)!);
    // A claim without a name is a group of its own.
    const label = own.length ? own[0] : -e.claimId;
    for (const l of own.slice(1)) labels.union(label, l);
    claimRows.push({ claim_id: e.claimId, component: label, person_id: null, dirty: DIRTY });
  }
  onStep?.({ phase: 'index', claims: entries.length });
  for (const row of newRows) row.component = labels.find(row.component as number);
  for (const row of claimRows) if (row.component !== RETIRED) row.component = labels.find(row.component as number);
  await relabel(trx, labels.moved(stored));
  await insertChunked(trx, 'resolve_names', newRows);
  await insertChunked(trx, 'resolve_name_keys', keyRows);
  await insertChunked(trx, 'resolve_weak_links', weakRows);
  await insertChunked(trx, 'resolve_claims', claimRows);
  for (const batch of inBatches(redo)) await trx.updateTable('resolve_claims').set({ dirty: DIRTY }).where('claim_id', 'in', batch).where('dirty', '=', 0).execute();
}

/** Claims humans said are one person resolve together: their components become one. */
export async function joinSameAs(db: Db, pairs: Array<[number, number]>): Promise<void> {
  if (!pairs.length) return;
  const componentOf = new Map<number, number>();
  for (const batch of inBatches([...new Set(pairs.flat())])) {
    const rows = await db.selectFrom('resolve_claims').select(['claim_id', 'component']).where('claim_id', 'in', batch).where('component', '!=', RETIRED).execute();
    for (const r of rows) componentOf.set(r.claim_id, r.component);
  }
  const labels = new Labels();
  const involved = new Set<number>();
  for (const [a, b] of pairs) {
    const [ca, cb] = [componentOf.get(a), componentOf.get(b)];
    if (ca === undefined || cb === undefined || labels.find(ca) === labels.find(cb)) continue;
    labels.union(ca, cb);
    involved.add(a);
    involved.add(b);
  }
  const moved = labels.moved(componentOf.values());
  if (!moved.size) return;
  await db.transaction().execute(async (trx) => {
    await relabel(trx, moved);
    for (const batch of inBatches([...involved])) await trx.updateTable('resolve_claims').set({ dirty: DIRTY }).where('claim_id', 'in', batch).where('dirty', '=', 0).execute();
  });
}

/**
 * Records the move signatures of the claims waiting for re-resolution under each of their names,
 * from this run's organizations, and joins the groups of two weakly linked names once a claim
 * under each shares one (see moveSignatures): whether a weak link ever joins people depends on
 * the two names' claims alone, so groups never need resolving to find out. A batch at a time,
 * in claim order; reads only the claims' names, organizations and dates.
 */
export async function activateWeakLinks(db: Db, curation: Curation, orgs: OrgState, batchClaims: number, onStep: ResolutionUpdate['onStep']): Promise<void> {
  const orgKey = (org: string | null, mention: string | null) => (org === null ? null : (orgs.resolution.sideOfForm(org, mention ?? org)?.orgKey ?? null));
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('resolve_claims as rc')
      .innerJoin('claims as c', 'c.id', 'rc.claim_id')
      .innerJoin('documents as d', 'd.id', 'c.document_id')
      .select(['c.id', 'c.person', 'c.aliases', 'c.from_org', 'c.from_mention', 'c.to_org', 'c.to_mention', 'c.date', 'd.published'])
      .where('rc.dirty', '=', DIRTY)
      .where('rc.claim_id', '>', after)
      .orderBy('rc.claim_id')
      .limit(batchClaims)
      .execute();
    if (!rows.length) return;
    after = rows[rows.length - 1].id;
    const wanted = new Map<string, Set<string>>();
    for (const r of rows) {
      const curated = curation.byId.get(r.id);
      if (curated === null) continue;
      const sigs = curated
        ? moveSignatures(orgs.resolution.sideOf(curated.from)?.orgKey ?? null, orgs.resolution.sideOf(curated.to)?.orgKey ?? null, curated.date, curated.published)
        : moveSignatures(orgKey(r.from_org, r.from_mention), orgKey(r.to_org, r.to_mention), r.date, r.published);
      if (!sigs.length) continue;
      for (const n of namesAsCurated(curation, r)) {
        const set = wanted.get(n) ?? new Set<string>();
        for (const sig of sigs) set.add(sig);
        wanted.set(n, set);
      }
    }
    await db.transaction().execute(async (trx) => {
      const named = await selectIn(trx, [...wanted.keys()], (db, batch) => db.selectFrom('resolve_names').select(['id', 'name', 'component']).where('name', 'in', batch).execute());
      const componentOf = new Map(named.map((n) => [n.id, n.component]));
      const ids = named.map((n) => n.id);
      const known = new Set((await selectIn(trx, ids, (db, batch) => db.selectFrom('resolve_name_sigs').select(['name_id', 'sig']).where('name_id', 'in', batch).execute())).map((r) => `${r.name_id}\u0000${r.sig}`));
      // Signatures new to a name: only these can make one of its weak links join groups.
      const added = new Map<number, string[]>();
      const sigRows: Insertable<Database['resolve_name_sigs']>[] = [];
      for (const n of named) {
        const fresh = [...wanted.get(n.name)!].filter((sig) => !known.has(`${n.id}\u0000${sig}`));
        if (!fresh.length) continue;
        added.set(n.id, fresh);
        for (const sig of fresh) sigRows.push({ name_id: n.id, sig });
      }
      await insertChunked(trx, 'resolve_name_sigs', sigRows);
      const changed = [...added.keys()];
      const links = [
        ...(await selectIn(trx, changed, (db, batch) => db.selectFrom('resolve_weak_links').select(['a as name', 'b as other']).where('a', 'in', batch).execute())),
        ...(await selectIn(trx, changed, (db, batch) => db.selectFrom('resolve_weak_links').select(['b as name', 'a as other']).where('b', 'in', batch).execute())),
      ];
      if (!links.length) return;
      const others = [...new Set(links.map((l) => l.other))];
      const sigsOf = new Map<number, Set<string>>();
      for (const r of await selectIn(trx, others, (db, batch) => db.selectFrom('resolve_name_sigs').select(['name_id', 'sig']).where('name_id', 'in', batch).execute())) {
        const set = sigsOf.get(r.name_id) ?? new Set<string>();
        set.add(r.sig);
        sigsOf.set(r.name_id, set);
      }
      for (const r of await selectIn(trx, others.filter((id) => !componentOf.has(id)), (db, batch) => db.selectFrom('resolve_names').select(['id', 'component']).where('id', 'in', batch).execute())) {
        componentOf.set(r.id, r.component);
      }
      const labels = new Labels();
      for (const { name, other } of links) {
        const theirs = sigsOf.get(other);
        if (theirs && added.get(name)!.some((sig) => theirs.has(sig))) labels.union(componentOf.get(name)!, componentOf.get(other)!);
      }
      onStep?.({ phase: 'link', claims: rows.length });
      await relabel(trx, labels.moved(new Set(componentOf.values())));
    });
  }
}

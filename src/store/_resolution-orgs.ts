/** Organizations for incremental resolution: resolved once per run from the distinct forms claims use, written where they changed. */
import { sql, type Insertable, type Transaction } from 'kysely';
import type { ResolvedOrg } from '../core/types.ts';
import type { Gazetteer } from '../orgs/index.ts';
import { resolveOrgForms, type OrgForm } from '../resolve/index.ts';
import { refreshFlowTotals } from './_flow-totals.ts';
import { insertChunked } from './_insert-chunked.ts';
import { buildResolutionRows } from './_resolution-rows.ts';
import { DIRTY, formId, inBatches, RETIRED, selectIn, STALE, type Curation, type Db, type OrgState } from './_resolution-shared.ts';
import type { Database } from './schema.ts';

/**
 * Resolves organizations over every current claim's forms (one aggregate query plus the curated
 * claims), writes the organizations that changed, and marks for re-resolution the claims whose
 * form now resolves to another organization key or team.
 */
export async function resolveOrgs(db: Db, gazetteer: Gazetteer, curation: Curation): Promise<OrgState> {
  const forms = new Map<string, OrgForm & { rank: number }>();
  const add = (org: string, mention: string, count: number, rank: number) => {
    if (!(org || mention)) return;
    const id = formId(org, mention);
    const hit = forms.get(id);
    if (hit) {
      hit.count += count;
      hit.rank = Math.min(hit.rank, rank);
    } else forms.set(id, { org, mention, count, rank });
  };
  for (const side of ['from', 'to'] as const) {
    const org = side === 'from' ? 'c.from_org' : 'c.to_org';
    const mention = side === 'from' ? 'c.from_mention' : 'c.to_mention';
    let q = db
      .selectFrom('resolve_claims as rc')
      .innerJoin('claims as c', 'c.id', 'rc.claim_id')
      .select([sql<string>`${sql.ref(org)}`.as('org'), sql<string>`coalesce(${sql.ref(mention)}, ${sql.ref(org)})`.as('mention'), (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.min('c.id').as('first')])
      .where('rc.component', '!=', RETIRED)
      .where('rc.dirty', '!=', STALE)
      .where(sql.ref(org), 'is not', null)
      .groupBy([sql.ref(org), sql`coalesce(${sql.ref(mention)}, ${sql.ref(org)})`]);
    // Curated claims are counted as the decisions make them, below.
    if (curation.documentIds.length) q = q.where('c.document_id', 'not in', curation.documentIds);
    for (const r of await q.execute()) add(r.org, r.mention, Number(r.n), Number(r.first) * 2 + (side === 'to' ? 1 : 0));
  }
  for (const c of curation.byId.values()) {
    if (!c) continue;
    if (c.from) add(c.from.org, c.from.mention, 1, c.id * 2);
    if (c.to) add(c.to.org, c.to.mention, 1, c.id * 2 + 1);
  }
  // Order of first use, as resolving the claims in id order meets them.
  const ordered = [...forms.values()].sort((a, b) => a.rank - b.rank);
  const resolution = resolveOrgForms(ordered, gazetteer);

  const stored = new Map<string, { org_key: string; team: string | null }>();
  for (const r of await db.selectFrom('resolve_org_forms').selectAll().execute()) stored.set(formId(r.org, r.mention), r);
  const changed: Array<{ org: string; mention: string }> = [];
  const formRows: Insertable<Database['resolve_org_forms']>[] = [];
  const rewrite: Array<{ org: string; mention: string }> = [];
  for (const f of ordered) {
    const side = resolution.sideOfForm(f.org, f.mention);
    const row = { org: f.org, mention: f.mention, org_key: side?.orgKey ?? '', team: side?.team ?? null };
    const id = formId(f.org, f.mention);
    const before = stored.get(id);
    stored.delete(id);
    if (before && before.org_key === row.org_key && before.team === row.team) continue;
    if (before) {
      changed.push(f);
      rewrite.push(f);
    }
    formRows.push(row);
  }
  const gone = [...stored.keys()].map((id) => id.split('\u0000') as [string, string]);

  const orgRows = await db.selectFrom('orgs').select(['id', 'key', 'name', 'verified', 'parent_key', 'aliases']).execute();
  const storedOrgs = new Map(orgRows.map((r) => [r.key, r]));
  const idOf = new Map<string, number>();
  let nextOrgId = orgRows.reduce((m, r) => Math.max(m, r.id), 0) + 1;
  const inserts: ResolvedOrg[] = [];
  const updates: Array<{ id: number; org: ResolvedOrg }> = [];
  for (const org of resolution.orgs.values()) {
    const before = storedOrgs.get(org.key);
    if (!before) {
      idOf.set(org.key, nextOrgId++);
      inserts.push(org);
      continue;
    }
    idOf.set(org.key, before.id);
    const same = before.name === org.name && before.verified === Number(org.verified) && before.parent_key === org.parent && before.aliases === JSON.stringify(org.aliases);
    if (!same) updates.push({ id: before.id, org });
  }
  const obsolete = new Set(orgRows.filter((r) => !resolution.orgs.has(r.key)).map((r) => r.id));
  // Flows join top-level organizations of one name (see _org-index.ts): a renamed organization
  // that shares its old or new name with another moves flow sides, which only a full recount follows.
  const named = new Map<string, number>();
  for (const r of orgRows) if (!resolution.orgs.has(r.key)) named.set(r.name, (named.get(r.name) ?? 0) + 1);
  for (const o of resolution.orgs.values()) named.set(o.name, (named.get(o.name) ?? 0) + 1);
  const oldNamed = new Map<string, number>();
  for (const r of orgRows) oldNamed.set(r.name, (oldNamed.get(r.name) ?? 0) + 1);
  const sidesMove = updates.some(({ id, org }) => {
    const before = orgRows.find((r) => r.id === id)!;
    return before.name !== org.name && ((oldNamed.get(before.name) ?? 0) > 1 || (named.get(org.name) ?? 0) > 1);
  });

  // Claims whose form now means another organization (or team) must be resolved again.
  const dirtyIds = new Set<number>();
  if (changed.length) {
    const changedIds = new Set(changed.map((f) => formId(f.org, f.mention)));
    const orgsChanged = [...new Set(changed.map((f) => f.org))];
    for (const side of ['from', 'to'] as const) {
      for (const batch of inBatches(orgsChanged)) {
        const rows = await db
          .selectFrom('resolve_claims as rc')
          .innerJoin('claims as c', 'c.id', 'rc.claim_id')
          .select(['c.id', side === 'from' ? 'c.from_org as org' : 'c.to_org as org', side === 'from' ? 'c.from_mention as mention' : 'c.to_mention as mention'])
          .where('rc.component', '!=', RETIRED)
          .where('rc.dirty', '=', 0)
          .where(side === 'from' ? 'c.from_org' : 'c.to_org', 'in', batch)
          .execute();
        for (const r of rows) if (r.org !== null && changedIds.has(formId(r.org, r.mention ?? r.org))) dirtyIds.add(r.id);
      }
    }
    for (const c of curation.byId.values()) {
      if (!c) continue;
      for (const s of [c.from, c.to]) if (s && changedIds.has(formId(s.org, s.mention))) dirtyIds.add(c.id);
    }
  }

  await db.transaction().execute(async (trx) => {
    for (const f of [...rewrite, ...gone.map(([org, mention]) => ({ org, mention }))]) {
      await trx.deleteFrom('resolve_org_forms').where('org', '=', f.org).where('mention', '=', f.mention).execute();
    }
    await insertChunked(trx, 'resolve_org_forms', formRows);
    for (const { id, org } of updates) {
      await trx.updateTable('orgs').set({ name: org.name, verified: Number(org.verified), parent_key: org.parent, aliases: JSON.stringify(org.aliases) }).where('id', '=', id).execute();
      await trx.deleteFrom('org_names').where('org_id', '=', id).execute();
    }
    const written = [...inserts, ...updates.map((u) => u.org)];
    if (written.length) {
      // The rows of _resolution-rows.ts, renumbered to the ids the organizations have here.
      const rows = buildResolutionRows({ orgs: written, people: [], moves: [] });
      const keyOfLocal = new Map(rows.orgs.map((o) => [o.id as number, o.key]));
      const insertedKeys = new Set(inserts.map((o) => o.key));
      await insertChunked(
        trx,
        'orgs',
        rows.orgs.filter((o) => insertedKeys.has(o.key)).map((o) => ({ ...o, id: idOf.get(o.key)! })),
      );
      await insertChunked(
        trx,
        'org_names',
        rows.orgNames.map((n) => ({ ...n, org_id: idOf.get(keyOfLocal.get(n.org_id)!)! })),
      );
    }
    for (const batch of inBatches([...dirtyIds])) await trx.updateTable('resolve_claims').set({ dirty: DIRTY }).where('claim_id', 'in', batch).where('dirty', '=', 0).execute();
    if (sidesMove) await refreshFlowTotals(trx);
  });
  return { resolution, idOf, obsolete };
}

/** Deletes organizations no longer resolved to once no move refers to them. */
export async function dropUnusedOrgs(trx: Transaction<Database>, orgs: OrgState): Promise<void> {
  if (!orgs.obsolete.size) return;
  const ids = [...orgs.obsolete];
  const used = new Set<number>();
  for (const batch of inBatches(ids)) {
    for (const col of ['from_org_id', 'to_org_id'] as const) {
      const rows = await trx.selectFrom('moves').select(col).distinct().where(col, 'in', batch).execute();
      for (const r of rows) used.add((r as Record<string, number>)[col]);
    }
  }
  const unused = ids.filter((id) => !used.has(id));
  // An organization sharing its name with another may be the id that stands for their flow side.
  let sidesMove = false;
  for (const batch of inBatches(unused)) {
    const names = (await trx.selectFrom('orgs').select('name').where('id', 'in', batch).execute()).map((r) => r.name);
    const shared = await selectIn(trx, [...new Set(names)], (db, list) =>
      db.selectFrom('orgs').select('name').where('name', 'in', list).groupBy('name').having((eb) => eb.fn.countAll(), '>', 1).execute(),
    );
    sidesMove ||= shared.length > 0;
  }
  for (const batch of inBatches(unused)) {
    await trx.deleteFrom('org_names').where('org_id', 'in', batch).execute();
    await trx.deleteFrom('orgs').where('id', 'in', batch).execute();
  }
  for (const id of unused) orgs.obsolete.delete(id);
  if (sidesMove) await refreshFlowTotals(trx);
}

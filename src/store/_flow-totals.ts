/** Keeps flow_totals (migration 0006) equal to what counting every move would give. */
import { sql, type Kysely } from 'kysely';
import { insertChunked } from './_insert-chunked.ts';
import { loadOrgIndex, type OrgIndex } from './_org-index.ts';
import type { Database } from './schema.ts';

/** The organization ids of one move's sides, as written to or deleted from the moves table. */
export interface MoveSides {
  fromOrgId: number | null;
  toOrgId: number | null;
}

// Each mapped id takes two bound parameters; SQLite allows 32766 in one statement.
const MAX_MAPPED_IDS = 15000;

/**
 * Recomputes flow_totals: every pair when `changed` is absent (after a whole resolution is
 * written), else only the pairs of top-level organizations that the given moves' sides fall in
 * (pass the sides of every move deleted and every move inserted). Call inside the transaction
 * that changed the moves, after the orgs and moves are written.
 *
 * A row counts the non-history moves between two flow sides (see OrgIndex.flowSideOf: a
 * top-level organization with its sub-units and namesakes) and their distinct people — exactly
 * what the all-time flows query would count from the moves.
 */
export async function refreshFlowTotals(db: Kysely<Database>, changed?: Iterable<MoveSides>): Promise<void> {
  const index = await loadOrgIndex(db);
  if (changed === undefined) return refreshAll(db, index);
  const pairs = new Map<number, Set<number>>();
  for (const { fromOrgId, toOrgId } of changed) {
    if (fromOrgId === null || toOrgId === null) continue;
    const [from, to] = [index.flowSideOf(fromOrgId), index.flowSideOf(toOrgId)];
    if (from === to) continue;
    let tos = pairs.get(from);
    if (!tos) pairs.set(from, (tos = new Set()));
    tos.add(to);
  }
  for (const [from, tos] of pairs) {
    await db.deleteFrom('flow_totals').where('from_org_id', '=', from).where('to_org_id', 'in', [...tos]).execute();
    const rows = [];
    for (const to of tos) {
      // Every id on each list stands for the same side, so this counts exactly the pair's flow.
      const { n, p } = await db
        .selectFrom('moves')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.count('person_id').distinct().as('p')])
        .where('history', '=', 0)
        .where('from_org_id', 'in', index.idsOfFlowSide(from))
        .where('to_org_id', 'in', index.idsOfFlowSide(to))
        .executeTakeFirstOrThrow();
      if (Number(n) > 0) rows.push({ from_org_id: from, to_org_id: to, moves: Number(n), people: Number(p) });
    }
    await insertChunked(db, 'flow_totals', rows);
  }
}

/** Every pair in one GROUP BY; organizations standing for another flow side are mapped in a VALUES list. */
async function refreshAll(db: Kysely<Database>, index: OrgIndex): Promise<void> {
  const ids = (await db.selectFrom('orgs').select('id').execute()).map((r) => r.id);
  const mapped = ids.filter((id) => index.flowSideOf(id) !== id);
  await db.deleteFrom('flow_totals').execute();
  let rows: Array<{ from_id: number; to_id: number; n: unknown; p: unknown }>;
  if (mapped.length === 0) {
    rows = (await db
      .selectFrom('moves')
      .select((eb) => ['from_org_id as from_id', 'to_org_id as to_id', eb.fn.countAll().as('n'), eb.fn.count('person_id').distinct().as('p')])
      .where('history', '=', 0)
      .where('from_org_id', 'is not', null)
      .where('to_org_id', 'is not', null)
      .groupBy(['from_org_id', 'to_org_id'])
      .execute()) as typeof rows;
  } else {
    if (mapped.length > MAX_MAPPED_IDS) throw new Error(`flow totals: ${mapped.length} sub-units and namesakes exceed ${MAX_MAPPED_IDS}`);
    const values = sql.join(mapped.map((id) => sql`(cast(${id} as integer), cast(${index.flowSideOf(id)} as integer))`));
    const result = await sql<{ from_id: number; to_id: number; n: unknown; p: unknown }>`
      with side(id, side) as (values ${values})
      select t.from_id, t.to_id, count(*) as n, count(distinct t.person_id) as p
      from (
        select coalesce(fs.side, m.from_org_id) as from_id, coalesce(ts.side, m.to_org_id) as to_id, m.person_id
        from moves m
        left join side fs on fs.id = m.from_org_id
        left join side ts on ts.id = m.to_org_id
        where m.history = 0 and m.from_org_id is not null and m.to_org_id is not null
      ) t
      group by t.from_id, t.to_id`.execute(db);
    rows = result.rows;
  }
  const totals = rows
    .filter((r) => Number(r.from_id) !== Number(r.to_id))
    .map((r) => ({ from_org_id: Number(r.from_id), to_org_id: Number(r.to_id), moves: Number(r.n), people: Number(r.p) }));
  await insertChunked(db, 'flow_totals', totals);
}

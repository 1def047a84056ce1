/** Loads every organization once, to name moves' sides by their top-level organization. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface OrgIndex {
  /** Name of the top-level organization above `id` (itself when it has no known parent). */
  topName(id: number): string;
  /**
   * The id standing for `id`'s side of a flow: flows are between top-level organizations by name,
   * so every organization under a top-level one, and every top-level one of the same name, share
   * one (the least id among those top-level organizations).
   */
  flowSideOf(id: number): number;
  /** Every organization id whose flowSideOf is `side`. */
  idsOfFlowSide(side: number): number[];
}

// Parent chains are short; the bound only guards against a cycle in user-edited data.
const MAX_DEPTH = 16;

/** Reads id, name and parent of every organization (orgs are few next to moves). */
export async function loadOrgIndex(db: Kysely<Database>): Promise<OrgIndex> {
  const rows = await db.selectFrom('orgs').select(['id', 'key', 'name', 'parent_key']).orderBy('id').execute();
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const topOf = (id: number) => {
    let org = byId.get(id);
    if (!org) return undefined;
    for (let depth = 0; depth < MAX_DEPTH && org.parent_key !== null; depth++) {
      const parent = byKey.get(org.parent_key);
      if (!parent) break;
      org = parent;
    }
    return org;
  };
  const names = new Map<number, string>();
  const sides = new Map<number, number>();
  const sideOfName = new Map<string, number>();
  const members = new Map<number, number[]>();
  // A name's side is the least id among the top-level organizations of that name.
  for (const r of rows) {
    const top = topOf(r.id)!;
    names.set(r.id, top.name);
    sideOfName.set(top.name, Math.min(sideOfName.get(top.name) ?? top.id, top.id));
  }
  for (const r of rows) {
    const side = sideOfName.get(names.get(r.id)!)!;
    sides.set(r.id, side);
    const list = members.get(side);
    if (list) list.push(r.id);
    else members.set(side, [r.id]);
  }
  return {
    topName: (id) => names.get(id) ?? String(id),
    flowSideOf: (id) => sides.get(id) ?? id,
    idsOfFlowSide: (side) => members.get(side) ?? [side],
  };
}

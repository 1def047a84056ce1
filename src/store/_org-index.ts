/** Loads every organization once, to name moves' sides by their top-level organization. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface OrgIndex {
  /** Name of the top-level organization above `id` (itself when it has no known parent). */
  topName(id: number): string;
}

// Parent chains are short; the bound only guards against a cycle in user-edited data.
const MAX_DEPTH = 16;

/** Reads id, name and parent of every organization (orgs are few next to moves). */
export async function loadOrgIndex(db: Kysely<Database>): Promise<OrgIndex> {
  const rows = await db.selectFrom('orgs').select(['id', 'key', 'name', 'parent_key']).execute();
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const cache = new Map<number, string>();
  return {
    topName(id: number): string {
      const cached = cache.get(id);
      if (cached !== undefined) return cached;
      let org = byId.get(id);
      if (!org) return String(id);
      for (let depth = 0; depth < MAX_DEPTH && org.parent_key !== null; depth++) {
        const parent = byKey.get(org.parent_key);
        if (!parent) break;
        org = parent;
      }
      cache.set(id, org.name);
      return org.name;
    },
  };
}

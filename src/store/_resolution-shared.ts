/** What the parts of incremental resolution share: claim states, batching, the union-find of group labels. */
import type { Kysely, Transaction } from 'kysely';
import type { StoredClaim } from '../core/types.ts';
import type { OrgFormResolution, PeopleConstraints } from '../resolve/index.ts';
import type { Database } from './schema.ts';

// Ids per IN list, under both engines' parameter limits.
export const IN_BATCH = 500;
/** Component of a claim that is no longer current (its document was superseded). */
export const RETIRED = 0;
/** resolve_claims.dirty: 1 re-resolve its group; 2 superseded, re-resolve its group and retire it. */
export const DIRTY = 1;
export const STALE = 2;

export type Db = Kysely<Database>;
export type Curation = {
  /** Current claims of documents some decision names: their curated form, or null when rejected. */
  byId: Map<number, StoredClaim | null>;
  sources: Set<string>;
  /** Every revision of those documents, left out of the SQL aggregate of organization forms. */
  documentIds: number[];
  people: PeopleConstraints;
};
export type OrgState = { resolution: OrgFormResolution; idOf: Map<string, number>; obsolete: Set<number> };

export function inBatches<T>(items: T[], size = IN_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Union-find over integer labels; the smallest label of a class is its root. */
export class Labels {
  private parent = new Map<number, number>();
  find(x: number): number {
    let r = x;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    let y = x;
    while (y !== r) {
      const next = this.parent.get(y)!;
      this.parent.set(y, r);
      y = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) ra < rb ? this.parent.set(rb, ra) : this.parent.set(ra, rb);
  }
  /** Every label seen that is no longer its class's root, with the root. */
  moved(labels: Iterable<number>): Map<number, number> {
    const out = new Map<number, number>();
    for (const l of labels) if (this.find(l) !== l) out.set(l, this.find(l));
    return out;
  }
}

export const formId = (org: string, mention: string) => `${org}\u0000${mention}`;

export async function selectIn<V, R>(db: Db, values: V[], query: (db: Db, batch: V[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const batch of inBatches(values)) out.push(...(await query(db, batch)));
  return out;
}

/** Moves every component label in `moved` to its new one, in names and claims alike. */
export async function relabel(trx: Transaction<Database>, moved: Map<number, number>): Promise<void> {
  const byTarget = new Map<number, number[]>();
  for (const [from, to] of moved) byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  for (const [to, froms] of byTarget) {
    for (const batch of inBatches(froms)) {
      await trx.updateTable('resolve_names').set({ component: to }).where('component', 'in', batch).execute();
      await trx.updateTable('resolve_claims').set({ component: to }).where('component', 'in', batch).execute();
    }
  }
}

/** The largest id in a table, 0 when it is empty. */
export async function maxId(db: Db, table: 'claims' | 'people' | 'moves' | 'resolve_names'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.max('id').as('m')).executeTakeFirst();
  return Number(row?.m ?? 0);
}

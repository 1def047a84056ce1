/** Shared plumbing of the queries: stored moves as analysis moves, and the organization a user's name denotes. */
import { toAnalysisMove, type AnalysisMove } from '../analyze/index.ts';
import { InputError } from '../core/errors.ts';
import type { PartialDate } from '../core/types.ts';
import type { MoveFilter, MoveRow, Store } from '../store/index.ts';
import { suggestName } from './_suggest-name.ts';

/** Stored news moves (career history left out, as every analysis verb has it) in both shapes, same order; no evidence spans. */
export async function loadMoves(store: Store, filter: MoveFilter = {}): Promise<{ rows: MoveRow[]; moves: AnalysisMove[] }> {
  const rows = await store.listMoves({ ...filter, evidence: false });
  return { rows, moves: rows.map(toAnalysisMove) };
}

/**
 * The canonical name of the organization `name` denotes (any alias, any script), or
 * InputError('not-found') naming the closest organization in the store when one is similar.
 */
export async function resolveOrgName(store: Store, name: string): Promise<string> {
  const org = await store.documents.findOrg(name);
  if (org) return org.name;
  throw new InputError('not-found', `no organization named "${name.slice(0, 80)}" in the store${await suggestion(store, name)}`);
}

// Suggestions are drawn from this many organizations at most (the top-level and verified come first).
const SUGGESTION_POOL = 5000;

async function suggestion(store: Store, name: string): Promise<string> {
  const { items } = await store.documents.searchOrgs(undefined, { limit: SUGGESTION_POOL });
  const best = suggestName(name, items.flatMap((o) => [o.name, ...o.aliases]));
  return best ? `; did you mean "${best}"?` : '';
}

/** A forecast origin as the CLI has always read it: the first day of a partial date. */
export function firstDayOf(date: PartialDate | undefined): Date | undefined {
  if (date === undefined) return undefined;
  const day = new Date(`${(date + '-01-01').slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) throw new InputError('usage', `now: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got '${String(date).slice(0, 40)}'`);
  return day;
}

/** Ids of some analysis moves: results reference moves by id, never by nested copies. */
export const idsOf = (moves: ReadonlyArray<{ id: number }>): number[] => moves.map((m) => m.id);

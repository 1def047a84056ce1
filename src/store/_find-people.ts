/** Finds people by any of their names, each with their whole career timeline. */
import { sql, type Kysely, type SqlBool } from 'kysely';
import { checkNameKey } from './_check-filter.ts';
import { selectMoveRows } from './_move-rows.ts';
import { containsPattern } from './_name-key.ts';
import type { Database } from './schema.ts';
import type { MoveRow, PersonRecord } from './store.ts';

// A search box: a one-letter query should not return every person with every move.
const MAX_PEOPLE = 100;

/**
 * People with a name containing `name` (folded case, spacing and punctuation, any script), exact
 * matches first, then by name, at most MAX_PEOPLE of them; moves oldest first, career history included.
 */
export async function findPeople(db: Kysely<Database>, name: string): Promise<PersonRecord[]> {
  const key = checkNameKey('name', name);
  const matches = await db
    .selectFrom('person_names')
    .select(['person_id', 'name_key'])
    .where(sql<SqlBool>`name_key like ${containsPattern(key)} escape '\\'`)
    .execute();
  if (matches.length === 0) return [];
  const exact = new Set(matches.filter((m) => m.name_key === key).map((m) => m.person_id));
  const partial = matches.map((m) => m.person_id).filter((id) => !exact.has(id));
  const people = [];
  for (const ids of [[...exact], [...new Set(partial)]]) {
    if (people.length >= MAX_PEOPLE || ids.length === 0) continue;
    // Only the first few thousand candidates are read: MAX_PEOPLE are kept after sorting by name.
    const rows = await db.selectFrom('people').select(['id', 'name', 'names']).where('id', 'in', ids.slice(0, 5000)).execute();
    people.push(...rows.sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id));
  }
  const kept = people.slice(0, MAX_PEOPLE);
  const moves = await selectMoveRows(db, { personIds: kept.map((p) => p.id), includeHistory: true }, { order: 'oldest' });
  const byPerson = new Map<number, MoveRow[]>();
  for (const move of moves) {
    const list = byPerson.get(move.person.id);
    if (list) list.push(move);
    else byPerson.set(move.person.id, [move]);
  }
  return kept.map((p) => ({ id: p.id, name: p.name, names: JSON.parse(p.names), moves: byPerson.get(p.id) ?? [] }));
}

/** Turns a Resolution into the rows of people, organizations, moves and their links, checking its references. */
import type { Insertable, Kysely } from 'kysely';
import { InputError } from '../core/errors.ts';
import type { Resolution, ResolvedSide } from '../core/types.ts';
import { boundDate } from './_date-bounds.ts';
import { foldNameKey } from './_name-key.ts';
import { insertChunked } from './_insert-chunked.ts';
import type { Database, MoveClaimTable, MoveTable, OrgNameTable, OrgTable, PersonNameTable, PersonTable } from './schema.ts';

export interface ResolutionRows {
  orgs: Insertable<OrgTable>[];
  orgNames: Insertable<OrgNameTable>[];
  people: Insertable<PersonTable>[];
  personNames: Insertable<PersonNameTable>[];
  moves: Insertable<MoveTable>[];
  moveClaims: Insertable<MoveClaimTable>[];
}

/**
 * Inserts resolution rows parents first (organizations, people, then moves and their claim links),
 * so that foreign keys hold at every statement; absent parts are skipped. Every writer of people,
 * organizations and moves goes through here: the whole-store save, the incremental chunks, the
 * benchmark's bulk loader.
 */
export async function insertResolutionRows(db: Kysely<Database>, rows: Partial<ResolutionRows>): Promise<void> {
  if (rows.orgs) await insertChunked(db, 'orgs', rows.orgs);
  if (rows.orgNames) await insertChunked(db, 'org_names', rows.orgNames);
  if (rows.people) await insertChunked(db, 'people', rows.people);
  if (rows.personNames) await insertChunked(db, 'person_names', rows.personNames);
  if (rows.moves) await insertChunked(db, 'moves', rows.moves);
  if (rows.moveClaims) await insertChunked(db, 'move_claims', rows.moveClaims);
}

/**
 * Numbers every entity in resolution order (ids 1..n on both engines, so no id has to be read back)
 * and derives the lookup rows. Throws InputError('bad-data') for a duplicate key or a move that
 * names a person or organization the resolution does not contain.
 */
export function buildResolutionRows(resolution: Resolution): ResolutionRows {
  const rows: ResolutionRows = { orgs: [], orgNames: [], people: [], personNames: [], moves: [], moveClaims: [] };

  const orgIds = new Map<string, number>();
  for (const org of resolution.orgs) {
    if (orgIds.has(org.key)) throw badData(`organization key "${org.key}" appears twice`);
    const id = orgIds.size + 1;
    orgIds.set(org.key, id);
    rows.orgs.push({ id, key: org.key, name: org.name, verified: Number(org.verified), parent_key: org.parent, aliases: JSON.stringify(org.aliases) });
    // The key is looked up too: resolve's keys are often the short name people type.
    for (const nameKey of distinctKeys([org.name, org.key, ...org.aliases])) rows.orgNames.push({ org_id: id, name_key: nameKey });
  }

  const personIds = new Map<string, number>();
  for (const person of resolution.people) {
    if (personIds.has(person.key)) throw badData(`person key "${person.key}" appears twice`);
    const id = personIds.size + 1;
    personIds.set(person.key, id);
    const names = [person.name, ...person.names.filter((n) => n !== person.name)];
    rows.people.push({ id, key: person.key, name: person.name, names: JSON.stringify(names) });
    const seen = new Set<string>();
    for (const name of names) {
      const nameKey = foldNameKey(name);
      if (nameKey === '' || seen.has(nameKey)) continue;
      seen.add(nameKey);
      rows.personNames.push({ person_id: id, name, name_key: nameKey });
    }
  }

  const moveKeys = new Set<string>();
  for (const move of resolution.moves) {
    if (moveKeys.has(move.key)) throw badData(`move key "${move.key}" appears twice`);
    moveKeys.add(move.key);
    const id = moveKeys.size;
    const personId = personIds.get(move.personKey);
    if (personId === undefined) throw badData(`move "${move.key}" names person "${move.personKey}", which is not among resolution.people`);
    const from = sideColumns(move.key, move.from, orgIds);
    const to = sideColumns(move.key, move.to, orgIds);
    const bounds = boundDate(move.date);
    rows.moves.push({
      id,
      key: move.key,
      person_id: personId,
      from_org_id: from.orgId,
      from_team: from.team,
      from_team_key: from.teamKey,
      to_org_id: to.orgId,
      to_team: to.team,
      to_team_key: to.teamKey,
      date: move.date,
      date_sort: bounds?.first ?? null,
      date_end: bounds?.last ?? null,
      date_precision: bounds?.precision ?? null,
      role: move.role,
      compensation: JSON.stringify(move.compensation ?? []),
      confidence: move.confidence,
      history: Number(move.history),
    });
    for (const claimId of new Set(move.claimIds)) rows.moveClaims.push({ move_id: id, claim_id: claimId });
  }
  return rows;
}

function sideColumns(moveKey: string, side: ResolvedSide | null, orgIds: Map<string, number>) {
  if (!side) return { orgId: null, team: null, teamKey: null };
  const orgId = orgIds.get(side.orgKey);
  if (orgId === undefined) throw badData(`move "${moveKey}" names organization "${side.orgKey}", which is not among resolution.orgs`);
  const teamKey = side.team ? foldNameKey(side.team) : '';
  return { orgId, team: side.team, teamKey: teamKey === '' ? null : teamKey };
}

function distinctKeys(names: string[]): string[] {
  return [...new Set(names.map(foldNameKey))].filter((k) => k !== '');
}

function badData(message: string): InputError {
  return new InputError('bad-data', `resolution: ${message}`);
}

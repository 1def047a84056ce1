/** Looks an organization up by any of its names and widens it to its sub-units and the team names that mean it. */
import type { Kysely, Selectable } from 'kysely';
import { InputError } from '../core/errors.ts';
import { foldNameKey } from './_name-key.ts';
import type { OrgMatch } from './_move-rows.ts';
import type { Database, OrgTable } from './schema.ts';

export interface OrgLookup extends OrgMatch {
  /** The organizations the name itself stands for, best first: top-level, then verified, then oldest. */
  named: Selectable<OrgTable>[];
}

/**
 * Resolves `name` (canonical name, key or alias, any script, any case) to organization ids plus
 * every sub-unit below them (through parent_key, at any depth), and to team names: a move into
 * Google's team "DeepMind" counts as a move into DeepMind. The folded name itself is always a team
 * name, so teams no gazetteer knows can still be queried.
 */
export async function lookupOrg(db: Kysely<Database>, name: string, label: string): Promise<OrgLookup> {
  const key = foldNameKey(name);
  if (key === '') throw new InputError('usage', `${label}: expected an organization name, got '${name.slice(0, 40)}' (e.g. Meta)`);
  const named = await db
    .selectFrom('orgs')
    .selectAll()
    .where('id', 'in', (eb) => eb.selectFrom('org_names').select('org_names.org_id').where('org_names.name_key', '=', key))
    .execute();
  named.sort((a, b) => Number(a.parent_key !== null) - Number(b.parent_key !== null) || b.verified - a.verified || a.id - b.id);
  if (named.length === 0) return { named, orgIds: [], teamKeys: [key] };

  // union (not union all) stops at organizations already reached, so a parent cycle ends.
  const below = await db
    .withRecursive('sub(id, key)', (qc) =>
      qc
        .selectFrom('orgs')
        .select(['orgs.id', 'orgs.key'])
        .where('orgs.id', 'in', named.map((o) => o.id))
        .union(qc.selectFrom('orgs as o').innerJoin('sub', 'sub.key', 'o.parent_key').select(['o.id', 'o.key'])),
    )
    .selectFrom('sub')
    .select('sub.id')
    .execute();
  const orgIds = below.map((r) => r.id);
  const names = await db.selectFrom('org_names').select('name_key').distinct().where('org_id', 'in', orgIds).execute();
  const teamKeys = [...new Set([key, ...names.map((n) => n.name_key)])];
  return { named, orgIds, teamKeys };
}

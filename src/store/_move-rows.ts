/** Selects merged moves with their people, organizations and sources, in two queries whatever the count. */
import { sql, type Kysely, type SelectQueryBuilder, type SqlBool, type Expression, type ExpressionBuilder } from 'kysely';
import type { Lang, Span } from '../core/types.ts';
import type { MoveRow, MoveSource, OrgRef } from './store.ts';
import type { Window } from './_date-bounds.ts';
import type { Database, MoveTable } from './schema.ts';

/** Which organizations a name stands for: the ids it (or an alias) names with their sub-units, and the team names that mean it. */
export interface OrgMatch {
  orgIds: number[];
  teamKeys: string[];
}

/** Conditions on moves; every one given must hold. */
export interface MoveConditions {
  /** LIKE pattern over person_names.name_key. */
  personPattern?: string;
  personIds?: number[];
  moveIds?: number[];
  /** Either side matches. */
  org?: OrgMatch;
  from?: OrgMatch;
  to?: OrgMatch;
  window?: Window;
  includeHistory: boolean;
}

export interface MovePage {
  order: 'newest' | 'oldest';
  /** Leave each source's evidence empty instead of reading it (default false). */
  withoutEvidence?: boolean;
  limit?: number;
  offset?: number;
}

type MovesDb = Database & { m: MoveTable };
type MovesEb = ExpressionBuilder<MovesDb, 'm'>;

// Keeps IN lists well under SQLite's and PostgreSQL's bound-parameter limits.
export const IDS_PER_QUERY = 5000;
// SQLite rejects OFFSET without LIMIT; this stands for "no limit" on both engines.
export const NO_LIMIT = 2147483647;

/** Adds `conditions` to a query over `moves as m`. */
export function whereMoves<O>(qb: SelectQueryBuilder<MovesDb, 'm', O>, conditions: MoveConditions): SelectQueryBuilder<MovesDb, 'm', O> {
  return qb.where((eb) => {
    const parts: Expression<SqlBool>[] = [];
    if (!conditions.includeHistory) parts.push(eb('m.history', '=', 0));
    if (conditions.personPattern !== undefined) {
      const names = eb
        .selectFrom('person_names')
        .select('person_names.person_id')
        .where(sql<SqlBool>`person_names.name_key like ${conditions.personPattern} escape '\\'`);
      parts.push(eb('m.person_id', 'in', names));
    }
    if (conditions.personIds) parts.push(inList(eb, 'm.person_id', conditions.personIds));
    if (conditions.moveIds) parts.push(inList(eb, 'm.id', conditions.moveIds));
    if (conditions.org) parts.push(eb.or([sideMatches(eb, 'from', conditions.org), sideMatches(eb, 'to', conditions.org)]));
    if (conditions.from) parts.push(sideMatches(eb, 'from', conditions.from));
    if (conditions.to) parts.push(sideMatches(eb, 'to', conditions.to));
    if (conditions.window?.sinceFirst) parts.push(eb('m.date_end', '>=', conditions.window.sinceFirst));
    if (conditions.window?.untilLast) parts.push(eb('m.date_sort', '<=', conditions.window.untilLast));
    return eb.and(parts);
  });
}

function inList(eb: MovesEb, column: 'm.person_id' | 'm.id' | 'm.from_org_id' | 'm.to_org_id', ids: number[]): Expression<SqlBool> {
  return ids.length === 0 ? sql<SqlBool>`1 = 0` : eb(column, 'in', ids);
}

/** True when the move's `side` is the organization `match` stands for (one of its ids, or one of its team names). */
export function sideMatches(eb: MovesEb, side: 'from' | 'to', match: OrgMatch): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (match.orgIds.length) parts.push(eb(`m.${side}_org_id`, 'in', match.orgIds));
  if (match.teamKeys.length) parts.push(eb(`m.${side}_team_key`, 'in', match.teamKeys));
  return parts.length ? eb.or(parts) : sql<SqlBool>`1 = 0`;
}

/** Moves meeting `conditions`, newest or oldest first (undated last, then by id), each with every source. */
export async function selectMoveRows(db: Kysely<Database>, conditions: MoveConditions, page: MovePage): Promise<MoveRow[]> {
  const direction = page.order === 'newest' ? 'desc' : 'asc';
  let qb = whereMoves(db.selectFrom('moves as m'), conditions)
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('orgs as fo', 'fo.id', 'm.from_org_id')
    .leftJoin('orgs as tor', 'tor.id', 'm.to_org_id')
    .select([
      'm.id', 'm.date', 'm.role', 'm.compensation', 'm.confidence', 'm.history', 'm.from_team', 'm.to_team',
      'p.id as person_id', 'p.name as person_name', 'p.names as person_names',
      'fo.key as from_key', 'fo.name as from_name', 'fo.verified as from_verified',
      'tor.key as to_key', 'tor.name as to_name', 'tor.verified as to_verified',
    ])
    .orderBy('m.date_sort', (ob) => (direction === 'desc' ? ob.desc() : ob.asc()).nullsLast())
    .orderBy('m.id');
  if (page.limit !== undefined || page.offset !== undefined) qb = qb.limit(page.limit ?? NO_LIMIT);
  if (page.offset !== undefined) qb = qb.offset(page.offset);
  const rows = await qb.execute();
  const sources = await selectSources(db, rows.map((r) => r.id), page.withoutEvidence === true);
  return rows.map((r) => {
    const names = JSON.parse(r.person_names) as string[];
    return {
      id: r.id,
      person: { id: r.person_id, name: r.person_name, aliases: names.filter((n) => n !== r.person_name) },
      from: toOrgRef(r.from_key, r.from_name, r.from_verified, r.from_team),
      to: toOrgRef(r.to_key, r.to_name, r.to_verified, r.to_team),
      date: r.date,
      role: r.role,
      compensation: JSON.parse(r.compensation),
      confidence: r.confidence,
      history: r.history === 1,
      sources: sources.get(r.id) ?? [],
    };
  });
}

function toOrgRef(key: string | null, name: string | null, verified: number | null, team: string | null): OrgRef | null {
  if (key === null || name === null) return null;
  return { key, name, team, verified: verified === 1 };
}

/** Every source of every given move, grouped by move id, in claim order. */
async function selectSources(db: Kysely<Database>, moveIds: number[], withoutEvidence: boolean): Promise<Map<number, MoveSource[]>> {
  const byMove = new Map<number, MoveSource[]>();
  for (let i = 0; i < moveIds.length; i += IDS_PER_QUERY) {
    const rows = await db
      .selectFrom('move_claims as mc')
      .innerJoin('claims as c', 'c.id', 'mc.claim_id')
      .innerJoin('documents as d', 'd.id', 'c.document_id')
      .select(['mc.move_id', 'd.id as document_id', 'd.source', 'd.url', 'd.title', 'd.published', 'd.lang', 'c.id as claim_id', 'c.confidence'])
      .$if(!withoutEvidence, (qb) => qb.select('c.evidence'))
      .where('mc.move_id', 'in', moveIds.slice(i, i + IDS_PER_QUERY))
      .orderBy('mc.move_id')
      .orderBy('c.id')
      .execute();
    for (const r of rows) {
      let list = byMove.get(r.move_id);
      if (!list) byMove.set(r.move_id, (list = []));
      list.push({
        documentId: r.document_id,
        source: r.source,
        url: r.url,
        title: r.title,
        published: r.published,
        lang: r.lang as Lang,
        claimId: r.claim_id,
        confidence: r.confidence,
        evidence: withoutEvidence ? [] : (JSON.parse((r as { evidence: string }).evidence) as Span[]),
      });
    }
  }
  return byMove;
}

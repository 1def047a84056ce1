/** Curation as incremental resolution sees it: the curated claims, and which sources changed decisions since the last run. */
import { createHash } from 'node:crypto';
import type { StoredClaim } from '../core/types.ts';
import { applyDecisions, indexDecisions, type Decision } from '../curation/index.ts';
import { claimNames } from '../resolve/index.ts';
import { fromClaimRow, selectClaimsWithoutEvidence as selectClaims } from './_claim-rows.ts';
import { inBatches, type Curation, type Db } from './_resolution-shared.ts';

export function decisionsFingerprint(version: string, decisions: Decision[]): string {
  const h = createHash('sha1').update(version);
  for (const d of [...decisions].sort((a, b) => a.id - b.id)) {
    h.update(JSON.stringify([d.id, d.action, d.source, d.otherSource, d.fingerprints, d.otherFingerprints, d.fields]));
  }
  return h.digest('hex');
}

/** Each decision's content hash and the sources it names, as stored: what a change of decisions is diffed against. */
export type DecisionIndex = Array<[id: number, hash: string, sources: string[]]>;

export function indexOfDecisions(decisions: Decision[]): DecisionIndex {
  return [...decisions]
    .sort((a, b) => a.id - b.id)
    .map((d) => [
      d.id,
      createHash('sha1').update(JSON.stringify([d.action, d.source, d.otherSource, d.fingerprints, d.otherFingerprints, d.fields])).digest('hex').slice(0, 16),
      d.otherSource === null ? [d.source] : [d.source, d.otherSource],
    ]);
}

/** Sources named by a decision added, removed or changed between two indexes: only their claims read differently now. */
export function sourcesChanged(before: DecisionIndex, after: DecisionIndex): Set<string> {
  const key = (e: DecisionIndex[number]) => `${e[0]}:${e[1]}`;
  const [had, has] = [new Set(before.map(key)), new Set(after.map(key))];
  const out = new Set<string>();
  for (const e of before) if (!has.has(key(e))) for (const s of e[2]) out.add(s);
  for (const e of after) if (!had.has(key(e))) for (const s of e[2]) out.add(s);
  return out;
}

export function parseDecisionIndex(raw: string | undefined): DecisionIndex | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? (parsed as DecisionIndex) : null;
  } catch {
    return null;
  }
}

/** The current claims of documents decisions name, curated; everything else resolves as stored. */
export async function curate(db: Db, decisions: Decision[]): Promise<Curation> {
  const curation: Curation = { byId: new Map(), sources: new Set(), documentIds: [], people: { sameAs: [], differentFrom: [] } };
  if (!decisions.length) return curation;
  curation.sources = indexDecisions(decisions).sources;
  const claims: StoredClaim[] = [];
  for (const batch of inBatches([...curation.sources])) {
    const docs = await db.selectFrom('documents').select(['id']).where('source', 'in', batch).execute();
    curation.documentIds.push(...docs.map((d) => d.id));
    const rows = await selectClaims(db)
      .where('d.source', 'in', batch)
      .where('d.superseded', '=', 0)
      .execute();
    claims.push(...rows.map(fromClaimRow));
  }
  claims.sort((a, b) => a.id - b.id);
  const curated = applyDecisions(claims, decisions);
  for (const c of claims) curation.byId.set(c.id, null);
  for (const c of curated.claims) curation.byId.set(c.id, c);
  curation.people = curated.people;
  return curation;
}

/** The names a claim resolves under: as curated when a decision names its document (none when rejected), else as stored. */
export function namesAsCurated(curation: Curation, row: { id: number; person: string; aliases: string }): string[] {
  const curated = curation.byId.get(row.id);
  if (curated === null) return [];
  return claimNames(curated ?? { person: row.person, aliases: JSON.parse(row.aliases) as string[] });
}

/** Converts claims between extract's shape and the claims table's row. */
import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Compensation, Lang, MoveClaim, OrgSlot, StoredClaim } from '../core/types.ts';
import type { ClaimTable, Database } from './schema.ts';

/** The claims row for one claim of a document (JSON columns serialised here, before any write). */
export function toClaimRow(claim: MoveClaim, documentId: number, extractor: string): Insertable<ClaimTable> {
  return {
    document_id: documentId,
    person: claim.person,
    aliases: JSON.stringify(claim.aliases ?? []),
    from_org: claim.from?.org ?? null,
    from_team: claim.from?.team ?? null,
    from_verified: claim.from ? Number(claim.from.verified) : null,
    from_mention: claim.from?.mention ?? null,
    to_org: claim.to?.org ?? null,
    to_team: claim.to?.team ?? null,
    to_verified: claim.to ? Number(claim.to.verified) : null,
    to_mention: claim.to?.mention ?? null,
    date: claim.date ?? null,
    role: claim.role ?? null,
    comp_text: claim.compensation?.text ?? null,
    comp_usd: claim.compensation?.usd ?? null,
    comp_amount: claim.compensation?.amount ?? null,
    comp_currency: claim.compensation?.currency ?? null,
    confidence: claim.confidence,
    history: Number(claim.history),
    evidence: JSON.stringify(claim.evidence ?? []),
    extractor,
  };
}

/** Columns of a claim joined with its document, as listClaims selects them. */
export type ClaimWithDocument = Selectable<ClaimTable> & { source: string; published: string | null; lang: string };

/** The stored claim a claims row (joined with its document) stands for. */
export function fromClaimRow(row: ClaimWithDocument): StoredClaim {
  return {
    id: row.id,
    documentId: row.document_id,
    source: row.source,
    published: row.published,
    lang: row.lang as Lang,
    extractor: row.extractor,
    person: row.person,
    aliases: JSON.parse(row.aliases) as string[],
    from: toSlot(row.from_org, row.from_team, row.from_verified, row.from_mention),
    to: toSlot(row.to_org, row.to_team, row.to_verified, row.to_mention),
    date: row.date,
    role: row.role,
    compensation: toCompensation(row),
    confidence: row.confidence,
    history: row.history === 1,
    evidence: JSON.parse(row.evidence),
  };
}

function toSlot(org: string | null, team: string | null, verified: number | null, mention: string | null): OrgSlot | null {
  if (org === null) return null;
  return { org, team, verified: verified === 1, mention: mention ?? org };
}

function toCompensation(row: Selectable<ClaimTable>): Compensation | null {
  if (row.comp_text === null) return null;
  return { text: row.comp_text, usd: row.comp_usd, amount: row.comp_amount, currency: row.comp_currency };
}

// Every claim column but the evidence spans, which resolution never reads (the largest column).
const CLAIM_COLUMNS = [
  'c.id', 'c.document_id', 'c.person', 'c.aliases', 'c.from_org', 'c.from_team', 'c.from_verified', 'c.from_mention', 'c.to_org', 'c.to_team', 'c.to_verified',
  'c.to_mention', 'c.date', 'c.role', 'c.comp_text', 'c.comp_usd', 'c.comp_amount', 'c.comp_currency', 'c.confidence', 'c.history', 'c.extractor',
] as const;

/** Claims joined with their documents, as listClaims selects them, their evidence left out (an empty list). */
export function selectClaimsWithoutEvidence(db: Kysely<Database>) {
  return db
    .selectFrom('claims as c')
    .innerJoin('documents as d', 'd.id', 'c.document_id')
    .select(CLAIM_COLUMNS)
    .select([sql<string>`'[]'`.as('evidence'), 'd.source', 'd.published', 'd.lang']);
}

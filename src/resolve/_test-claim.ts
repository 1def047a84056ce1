/** Test helper: a StoredClaim with defaults, so a test states only what it is about. */
import type { OrgSlot, StoredClaim } from '../core/types.ts';

let nextId = 1;

/** An organization slot as extraction writes it. */
export function slot(org: string, opts: { team?: string; verified?: boolean } = {}): OrgSlot {
  return { org, team: opts.team ?? null, verified: opts.verified ?? true, mention: org };
}

/** A claim: `person`, `from`/`to` as names (or null), the rest defaulted; ids count up unless given. */
export function makeClaim(
  fields: Partial<Omit<StoredClaim, 'from' | 'to'>> & { person: string; from?: string | OrgSlot | null; to?: string | OrgSlot | null },
): StoredClaim {
  const { from, to, ...rest } = fields;
  const id = rest.id ?? nextId++;
  const side = (v: string | OrgSlot | null | undefined) => (v == null ? null : typeof v === 'string' ? slot(v) : v);
  return {
    id,
    documentId: rest.documentId ?? id,
    source: rest.source ?? `doc-${rest.documentId ?? id}`,
    published: null,
    lang: 'en',
    extractor: 'test',
    aliases: [],
    date: null,
    role: null,
    compensation: null,
    confidence: 0.8,
    history: false,
    evidence: [],
    ...rest,
    from: side(from),
    to: side(to),
  };
}

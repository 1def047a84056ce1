/** Moves as programs and people read them: the JSON shape of `moves --json`, CSV rows and table rows. */
import type { MoveRow, OrgRef } from '../store/index.ts';

const side = (o: OrgRef | null) => o && { org: o.name, team: o.team, verified: o.verified };

/** The JSON shape of one stored move (person and aliases as in the extract contract). */
export function moveToJson(m: MoveRow) {
  return {
    id: m.id,
    person: m.person.name,
    aliases: m.person.aliases,
    personId: m.person.id,
    from: side(m.from),
    to: side(m.to),
    date: m.date,
    role: m.role,
    compensation: m.compensation,
    confidence: m.confidence,
    history: m.history,
    sources: m.sources.map((s) => ({ document: s.documentId, source: s.source, url: s.url, title: s.title, published: s.published, lang: s.lang, claim: s.claimId, confidence: s.confidence, evidence: s.evidence })),
  };
}

const orgLabel = (o: OrgRef | null) => (o ? (o.team ? `${o.name} (${o.team})` : o.name) + (o.verified ? '' : '*') : '?');

export function formatComp(m: MoveRow): string {
  return m.compensation.map((c) => c.text).join(' | ');
}

export const moveTableHeaders = ['date', 'person', 'from', 'to', 'compensation', 'sources'];

export function moveTableRow(m: MoveRow): string[] {
  return [m.date ?? '', m.person.name, orgLabel(m.from), orgLabel(m.to), formatComp(m), String(m.sources.length)];
}

export const moveCsvHeaders = ['id', 'date', 'person', 'aliases', 'from', 'from_team', 'to', 'to_team', 'role', 'compensation', 'compensation_usd', 'confidence', 'history', 'sources', 'first_source'];

export function moveCsvRow(m: MoveRow): Array<string | number | boolean | null> {
  const usd = m.compensation.map((c) => c.usd).filter((v): v is number => v != null);
  return [m.id, m.date, m.person.name, m.person.aliases.join(' | '), m.from?.name ?? null, m.from?.team ?? null, m.to?.name ?? null, m.to?.team ?? null,
    m.role, formatComp(m) || null, usd.length ? usd.join(' | ') : null, Number(m.confidence.toFixed(3)), m.history, m.sources.length, m.sources[0]?.url ?? m.sources[0]?.source ?? null];
}

export const unverifiedNote = '* recognised from context, not in the organization gazetteer\n';

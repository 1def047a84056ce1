/** Builds AnalysisMoves for tests with only the fields a test cares about. */
import type { AnalysisMove } from './analysis-move.ts';

let nextId = 1;

type Side = string | { org: string; team: string | null } | null;

function side(s: Side | undefined): AnalysisMove['from'] {
  if (s === undefined || s === null) return null;
  return typeof s === 'string' ? { org: s, team: null } : s;
}

/** A move with defaults: id and personId counted up, no role, no figures, one source. */
export function testMove(fields: Partial<Omit<AnalysisMove, 'from' | 'to'>> & { from?: Side; to?: Side }): AnalysisMove {
  const id = fields.id ?? nextId++;
  return {
    id,
    person: fields.person ?? `Person ${id}`,
    personId: fields.personId ?? id,
    date: fields.date ?? null,
    reported: fields.reported ?? null,
    role: fields.role ?? null,
    compensation: fields.compensation ?? [],
    sources: fields.sources ?? [{ source: `doc-${id}.txt`, url: null, published: fields.reported ?? null }],
    ...(fields.seniority ? { seniority: fields.seniority } : {}),
    from: side(fields.from),
    to: side(fields.to),
  };
}

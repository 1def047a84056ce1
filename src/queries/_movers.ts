/** Moves as queries list them: the names needed to display a move, its sources by document id. */
import { moveInterval, type AnalysisMove } from '../analyze/index.ts';
import type { Lang, PartialDate } from '../core/types.ts';
import type { MoveRow } from '../store/index.ts';

export interface MoverEntry {
  moveId: number;
  personId: number;
  person: string;
  /** Other names of the person (any script), e.g. the Hangul form of a Latin name. */
  aliases: string[];
  role: string | null;
  from: { org: string; team: string | null } | null;
  to: { org: string; team: string | null } | null;
  /** The date the reports give (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  date: PartialDate | null;
  /** Earliest day a source had published the move: how an undated move is placed. */
  reported: string | null;
  /** How the move is placed in time: 'day' | 'month' | 'year' | 'reported' (undated, by its report), or null (undatable). */
  placedBy: 'day' | 'month' | 'year' | 'reported' | null;
  /** Document ids of the sources, in the order the store lists them. */
  sources: number[];
}

export interface SourceEntry {
  documentId: number;
  title: string | null;
  /** The path or URL the document was read from. */
  source: string;
  url: string | null;
  published: PartialDate | null;
  lang: Lang;
}

export function toMoverEntry(row: MoveRow, move: AnalysisMove): MoverEntry {
  return {
    moveId: row.id,
    personId: row.person.id,
    person: row.person.name,
    aliases: row.person.aliases,
    role: row.role,
    from: move.from,
    to: move.to,
    date: row.date,
    reported: move.reported,
    placedBy: moveInterval(move)?.precision ?? null,
    sources: [...new Set(row.sources.map((s) => s.documentId))],
  };
}

/** Distinct documents behind some moves, first cited first. */
export function collectSourceEntries(rows: readonly MoveRow[]): SourceEntry[] {
  const seen = new Map<number, SourceEntry>();
  for (const r of rows) {
    for (const s of r.sources) {
      if (!seen.has(s.documentId)) {
        seen.set(s.documentId, { documentId: s.documentId, title: s.title, source: s.source, url: s.url, published: s.published, lang: s.lang });
      }
    }
  }
  return [...seen.values()];
}

/** Looks rows and analysis moves up by move id. */
export function indexById<T extends { id: number }>(items: readonly T[]): Map<number, T> {
  return new Map(items.map((x) => [x.id, x]));
}

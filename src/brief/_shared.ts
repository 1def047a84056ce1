/** Pieces both languages share: source reference numbers, grouping movers by counterpart. */
import type { BriefingData } from '../queries/briefing.ts';
import type { MoverEntry } from '../queries/_movers.ts';

/** '[1][3]': the positions (1-based) of the mover's documents in the Sources list. */
export function refsOf(data: BriefingData, documentIds: readonly number[]): string {
  const numbers = documentIds.map((id) => data.sources.findIndex((s) => s.documentId === id) + 1).filter((n) => n > 0);
  return [...new Set(numbers)].sort((a, b) => a - b).map((n) => `[${n}]`).join('');
}

/** Movers grouped by the organization on the other side (null: unknown), largest group first, then by name. */
export function groupByCounterpart(movers: readonly MoverEntry[], side: 'from' | 'to'): Array<{ org: string | null; movers: MoverEntry[] }> {
  const groups = new Map<string, { org: string | null; movers: MoverEntry[] }>();
  for (const m of movers) {
    const org = m[side]?.org ?? null;
    const key = org ?? '\u0000';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { org, movers: [] }));
    g.movers.push(m);
  }
  return [...groups.values()].sort((a, b) => b.movers.length - a.movers.length || (a.org === null ? 1 : b.org === null ? -1 : a.org.localeCompare(b.org)));
}

/** The mover entries of some move ids that are listed in the briefing. */
export function moversOf(data: BriefingData, moveIds: readonly number[]): MoverEntry[] {
  const all = [...data.departures, ...data.arrivals];
  return moveIds.map((id) => all.find((m) => m.moveId === id)).filter((m): m is MoverEntry => m !== undefined);
}

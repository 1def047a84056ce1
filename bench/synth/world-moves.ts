/** The ground-truth world of a corpus: its answer keys' moves merged across documents, in the shape the analyses take. */
import type { AnalysisMove } from '../../src/analyze/index.ts';
import type { SynthDocument } from './generate-corpus.ts';

/**
 * One AnalysisMove per real move (person, origin, destination, date), however many documents
 * report it, dated by the key and reported on the first publication. Career-history lines
 * (optional in the key) are left out. The person is the key's last name form (the Latin one when
 * both are given), so pass documents of one language when people must meet across documents. The key
 * states no roles; a planted cascade's leader gets the role the story gave them.
 */
export function worldMoves(documents: Iterable<SynthDocument>): AnalysisMove[] {
  const byKey = new Map<string, AnalysisMove>();
  for (const doc of documents) {
    const leader = doc.event?.kind === 'cascade' ? doc.event.people[0] : null;
    for (const m of doc.truth.moves) {
      if (m.optional) continue;
      const person = m.person[m.person.length - 1];
      const role = person === leader ? doc.event!.leaderRole : null;
      const key = JSON.stringify([person, m.from, m.to, m.date]);
      const source = { source: `${doc.id}.txt`, url: null, published: doc.published };
      const known = byKey.get(key);
      if (known) {
        known.sources.push(source);
        known.role ??= role;
        continue;
      }
      byKey.set(key, {
        id: byKey.size + 1, person, personId: byKey.size + 1,
        from: m.from ? { org: m.from, team: m.from_team } : null,
        to: m.to ? { org: m.to, team: m.to_team } : null,
        date: m.date, reported: doc.published, role, compensation: [], sources: [source],
      });
    }
  }
  return [...byKey.values()];
}

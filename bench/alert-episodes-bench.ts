/**
 * Times rule evaluation (the pure part): 20 rules over 100 000 synthetic moves among 200
 * organizations across ten years. Run: node bin/run-ts.js bench/alert-episodes-bench.ts
 */
import { mulberry32, type AnalysisMove } from '../src/analyze/index.ts';
import { findEpisodes, groupByOrigin, movesLeaving } from '../src/alerts/find-episodes.ts';

const orgs = Array.from({ length: 200 }, (_, i) => `Org ${i}`);
const random = mulberry32(1);
const moves: AnalysisMove[] = Array.from({ length: 100_000 }, (_, i) => ({
  id: i, person: `P${i}`, personId: i, reported: null, role: null, compensation: [], sources: [],
  from: { org: orgs[Math.floor(random() * 200)], team: null },
  to: { org: orgs[Math.floor(random() * 200)], team: null },
  date: new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86_400_000).toISOString().slice(0, 10),
}));

for (let run = 1; run <= 3; run++) {
  const t0 = performance.now();
  const byOrigin = groupByOrigin(moves);
  let episodes = 0;
  for (let r = 0; r < 20; r++) episodes += findEpisodes(movesLeaving(byOrigin, orgs[r]), { org: orgs[r], team: null, to: null, windowDays: 30, threshold: 3 }).length;
  console.log(`run ${run}: 20 rules over ${moves.length} moves in ${(performance.now() - t0).toFixed(0)} ms (${episodes} episodes)`);
}

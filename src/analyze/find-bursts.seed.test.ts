// End to end on the seed article: real ingest, extraction and resolution into in-memory SQLite, then the analyses.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../orgs/index.ts';
import { runIngest } from '../pipeline.ts';
import { openStore } from '../store/index.ts';
import { toAnalysisMove } from './analysis-move.ts';
import { findBursts } from './find-bursts.ts';
import { findCascades } from './find-cascades.ts';
import { summarizeCompensation } from './summarize-compensation.ts';

const SEED = fileURLToPath(new URL('../../../shared/eval/dev/texts/seed-knews.txt', import.meta.url));

test('seed-knews.txt published 2025-07-30 yields one burst Apple → Meta with its four researchers', async () => {
  const store = await openStore('sqlite::memory:');
  try {
    await runIngest([SEED], { store, gazetteer: loadGazetteer(), ingest: { published: '2025-07-30' } });
    const moves = (await store.listMoves()).map(toAnalysisMove);
    const { bursts, undatable } = findBursts(moves);
    assert.deepEqual(undatable, []);
    assert.equal(bursts.length, 1);
    const [b] = bursts;
    assert.equal(b.org, 'Apple');
    assert.deepEqual([...b.people].sort(), ['Bowen Zhang', 'Mark Lee', 'Ruoming Pang', 'Tom Gunter']);
    assert.deepEqual(b.destinations.map((d) => [d.org, d.count]), [['Meta', 4]]);
    assert.equal(b.start, '2025-07-30');
    assert.ok(b.pValue < 0.01);
    // No role is extracted, so the cascade is the lower-confidence kind.
    assert.ok(findCascades(moves).cascades.every((c) => c.to === 'Meta' && c.followers.length === 3));
    const meta = summarizeCompensation(moves).groups.find((g) => g.destination === 'Meta');
    assert.deepEqual([meta?.count, meta?.max], [1, 200_000_000]);
  } finally {
    await store.close();
  }
});

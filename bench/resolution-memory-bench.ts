/**
 * Live memory of resolution, step by step (heap after a full collection), as opposed to the peak
 * resident size `npm run bench` reports, which also counts garbage V8 has not collected yet. Stores
 * a synthetic corpus without resolving, then resolves it incrementally (the largest live heap over
 * its index batches and chunks) and whole (lists, resolves and builds rows).
 *
 *   node --expose-gc bin/run-ts.js bench/resolution-memory-bench.ts [--documents 20000]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './synth/generate-corpus.ts';
import { openStore } from '../src/store/index.ts';
import { defaultGazetteer } from '../src/orgs/index.ts';
import { runIngest } from '../src/pipeline.ts';
import { applyDecisions } from '../src/curation/index.ts';
import { resolveClaims } from '../src/resolve/index.ts';
import { buildResolutionRows } from '../src/store/_resolution-rows.ts';
import { describeLoad, describeMachine } from './machine.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('run with node --expose-gc bin/run-ts.js bench/resolution-memory-bench.ts');
  process.exit(2);
}
const documents = Number(parseArgs({ options: { documents: { type: 'string' } } }).values.documents ?? 20000);
const liveMb = () => {
  gc();
  gc();
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
};

const dir = mkdtempSync(join(tmpdir(), 'poachwatch-resolution-memory-'));
try {
  writeCorpus(dir, { seed: 2, documents });
  const store = await openStore(`sqlite:${join(dir, 'store.sqlite')}`);
  const gazetteer = defaultGazetteer();
  // Store only: this run measures the resolution's steps one by one below.
  store.saveResolution = async () => {};
  await runIngest([join(dir, 'texts')], { store, gazetteer, alerts: false });
  const stored = liveMb();
  let largest = stored;
  let steps = 0;
  const t0 = performance.now();
  await store.resolution.update({
    gazetteer,
    decisions: [],
    onStep: () => {
      steps++;
      largest = Math.max(largest, liveMb());
    },
  });
  const incrementalSeconds = (performance.now() - t0) / 1000;
  const base = liveMb();
  const claims = await store.listClaims({ evidence: false });
  const withClaims = liveMb();
  const resolution = resolveClaims(applyDecisions(claims, []).claims, { gazetteer });
  const withResolution = liveMb();
  const rows = buildResolutionRows(resolution);
  const withRows = liveMb();
  console.log(`${describeMachine()}; ${describeLoad()}`);
  console.log(`${documents} documents, ${claims.length} claims, ${resolution.moves.length} moves, ${rows.people.length} people`);
  console.log(`incremental: live heap ${stored} MB after storing, at most +${largest - stored} MB over ${steps} steps (index batches, weak-link batches, chunks; ${incrementalSeconds.toFixed(1)} s with a collection per step)`);
  console.log(`whole: live heap ${base} MB before; +${withClaims - base} MB the claims, +${withResolution - withClaims} MB the resolution, +${withRows - withResolution} MB its rows`);
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

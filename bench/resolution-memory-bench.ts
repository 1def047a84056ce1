/**
 * Live memory of resolution, step by step (heap after a full collection), as opposed to the peak
 * resident size `npm run bench` reports, which also counts garbage V8 has not collected yet. Stores
 * a synthetic corpus without resolving, then resolves it incrementally (the largest live heap over
 * its index batches and chunks) and whole (lists, resolves and builds rows); then stores --add
 * more documents and times the incremental update that follows, as `poachwatch watch` runs it, and
 * the one after a curation decision.
 *
 *   node --expose-gc bin/run-ts.js bench/resolution-memory-bench.ts [--documents 20000] [--add 100]
 */
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
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
const { values } = parseArgs({ options: { documents: { type: 'string' }, add: { type: 'string' } } });
const documents = Number(values.documents ?? 20000);
const add = Number(values.add ?? 100);
// Ingestion below stores only (its resolution is a no-op); this run resolves step by step itself.
process.env.POACHWATCH_RESOLUTION = 'whole';
const liveMb = () => {
  gc();
  gc();
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
};

const dir = mkdtempSync(join(tmpdir(), 'poachwatch-resolution-memory-'));
try {
  writeCorpus(dir, { seed: 2, documents: documents + add });
  const later = join(dir, 'later');
  mkdirSync(later);
  for (const name of readdirSync(join(dir, 'texts')).sort().slice(documents)) renameSync(join(dir, 'texts', name), join(later, name));
  const store = await openStore(`sqlite:${join(dir, 'store.sqlite')}`);
  const gazetteer = defaultGazetteer();
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
  await runIngest([later], { store, gazetteer, alerts: false });
  const t1 = performance.now();
  const update = await store.resolution.update({ gazetteer, decisions: [] });
  const addSeconds = (performance.now() - t1) / 1000;
  console.log(`+${add} documents: ${update.indexed} claims indexed, ${update.resolved} resolved again in ${update.chunks} chunks (largest ${update.largestChunk}), ${addSeconds.toFixed(1)} s`);
  // A curator renames the person of one claim: only the groups of that document's claims resolve again.
  const [claim] = await store.listClaims({ evidence: false });
  await store.curation.recordDecision({ action: 'edit', claimId: claim.id, fields: { person: `${claim.person} Jr.` }, by: 'bench' });
  const t2 = performance.now();
  const curated = await store.resolution.update({ gazetteer, decisions: await store.curation.listDecisions() });
  console.log(`one curation decision: ${curated.resolved} claims resolved again in ${curated.chunks} chunks, ${((performance.now() - t2) / 1000).toFixed(1)} s`);
  console.log(`whole: live heap ${base} MB before; +${withClaims - base} MB the claims, +${withResolution - withClaims} MB the resolution, +${withRows - withResolution} MB its rows`);
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

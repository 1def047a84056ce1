import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultGazetteer } from './orgs/index.ts';
import { rebuildMoves, runIngest } from './pipeline.ts';
import { updateInThread } from './resolve-in-thread.ts';
import { openStore, type Store } from './store/index.ts';

const samples = fileURLToPath(new URL('../samples/', import.meta.url));

async function movesOf(store: Store) {
  return (await store.listMoves({ limit: 10_000 })).map((m) => `${m.person.name}|${m.from?.name ?? ''}|${m.to?.name ?? ''}|${m.date ?? ''}`).sort();
}

/** A store file holding the sample corpus, resolved whole. */
async function sampleStore(dir: string, name: string): Promise<Store> {
  const store = await openStore(`sqlite:${join(dir, name)}`);
  const previous = process.env.POACHWATCH_RESOLUTION;
  process.env.POACHWATCH_RESOLUTION = 'whole';
  try {
    await runIngest([samples], { store, gazetteer: defaultGazetteer(), alerts: false, extractThreads: 0 });
  } finally {
    if (previous === undefined) delete process.env.POACHWATCH_RESOLUTION;
    else process.env.POACHWATCH_RESOLUTION = previous;
  }
  return store;
}

test('incremental resolution on a thread gives the moves the main thread and the whole-store path give', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'poachwatch-resolve-thread-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const [a, b] = [await sampleStore(dir, 'a.sqlite'), await sampleStore(dir, 'b.sqlite')];
  try {
    assert.equal(a.url, `sqlite:${join(dir, 'a.sqlite')}`);
    const whole = await movesOf(a);
    // After a whole-store run the index is rebuilt: the backlog is every claim.
    const claims = (await a.counts()).claims;
    assert.equal(await a.resolution.backlog(), await a.resolution.claimIdBound());
    assert.ok(claims > 100);
    const onThread = await rebuildMoves(a, defaultGazetteer(), 'incremental', 0, 0);
    const here = await rebuildMoves(b, defaultGazetteer(), 'incremental', 0, Infinity);
    assert.equal(onThread, here);
    assert.deepEqual(await movesOf(a), whole);
    assert.deepEqual(await movesOf(b), whole);
    assert.equal(await a.resolution.backlog(), 0);
    const memory = await openStore('sqlite::memory:');
    assert.equal(memory.url, null);
    await memory.close();
  } finally {
    await a.close();
    await b.close();
  }
});

test('a resolution thread that runs out of memory reports that it did not finish, and the store resolves in process after it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'poachwatch-resolve-thread-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = await sampleStore(dir, 'a.sqlite');
  try {
    const whole = await movesOf(store);
    const count = (await store.counts()).moves;
    // Far too small a heap for a thread that loads the sources and opens a store.
    assert.equal(await updateInThread(store.url!, defaultGazetteer(), { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 }), undefined);
    const report = await store.resolution.update({ gazetteer: defaultGazetteer(), decisions: [] });
    assert.equal(report.moves, count);
    assert.deepEqual(await movesOf(store), whole);
    // With room to work, the thread finishes and counts the same moves.
    assert.equal(await updateInThread(store.url!, defaultGazetteer()), count);
  } finally {
    await store.close();
  }
});

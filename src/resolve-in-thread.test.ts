import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultGazetteer } from './orgs/index.ts';
import { runIngest } from './pipeline.ts';
import { updateInThread } from './resolve-in-thread.ts';
import { openStore, type Store } from './store/index.ts';

const samples = fileURLToPath(new URL('../samples/', import.meta.url));

async function movesOf(store: Store) {
  return (await store.listMoves({ limit: 10_000 })).map((m) => `${m.person.name}|${m.from?.name ?? ''}|${m.to?.name ?? ''}|${m.date ?? ''}`).sort();
}

test('incremental resolution on a thread (a store file it can open) gives the moves an in-memory store resolves in process', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'poachwatch-resolve-thread-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const previous = process.env.POACHWATCH_RESOLUTION;
  process.env.POACHWATCH_RESOLUTION = 'incremental';
  t.after(() => (previous === undefined ? delete process.env.POACHWATCH_RESOLUTION : (process.env.POACHWATCH_RESOLUTION = previous)));
  const onFile = await openStore(`sqlite:${join(dir, 'a.sqlite')}`);
  const inMemory = await openStore('sqlite::memory:');
  try {
    assert.equal(inMemory.url, null);
    assert.equal(onFile.url, `sqlite:${join(dir, 'a.sqlite')}`);
    const a = await runIngest([samples], { store: onFile, gazetteer: defaultGazetteer(), alerts: false });
    const b = await runIngest([samples], { store: inMemory, gazetteer: defaultGazetteer(), alerts: false });
    assert.ok(a.moves! > 100);
    assert.equal(a.moves, b.moves);
    assert.deepEqual(await movesOf(onFile), await movesOf(inMemory));
  } finally {
    await onFile.close();
    await inMemory.close();
  }
});

test('a resolution thread that runs out of memory reports that it did not finish, and the store resolves in process after it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'poachwatch-resolve-thread-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const store = await openStore(`sqlite:${join(dir, 'a.sqlite')}`);
  try {
    const previous = process.env.POACHWATCH_RESOLUTION;
    process.env.POACHWATCH_RESOLUTION = 'whole';
    try {
      await runIngest([samples], { store, gazetteer: defaultGazetteer(), alerts: false });
    } finally {
      if (previous === undefined) delete process.env.POACHWATCH_RESOLUTION;
      else process.env.POACHWATCH_RESOLUTION = previous;
    }
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

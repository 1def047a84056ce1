import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAhead, resolutionMode, runIngest } from './pipeline.ts';

test('readAhead keeps order, starts the next reads early, and passes errors through in place', async () => {
  const started: number[] = [];
  async function* source() {
    for (let i = 0; i < 6; i++) {
      started.push(i);
      await new Promise((r) => setTimeout(r, 1));
      if (i === 5) throw new Error('broken source');
      yield i;
    }
  }
  const seen: number[] = [];
  await assert.rejects(async () => {
    for await (const x of readAhead(source(), 3)) {
      seen.push(x);
      if (x === 0) assert.ok(started.length >= 2, 'the next read started before the first item was used');
    }
  }, /broken source/);
  assert.deepEqual(seen, [0, 1, 2, 3, 4]);
});

test('POACHWATCH_RESOLUTION picks the resolution path; anything else is a usage error naming the choices', () => {
  assert.equal(resolutionMode({}), 'auto');
  assert.equal(resolutionMode({ POACHWATCH_RESOLUTION: 'auto' }), 'auto');
  assert.equal(resolutionMode({ POACHWATCH_RESOLUTION: 'whole' }), 'whole');
  assert.equal(resolutionMode({ POACHWATCH_RESOLUTION: 'incremental' }), 'incremental');
  assert.throws(() => resolutionMode({ POACHWATCH_RESOLUTION: 'fast' }), { code: 'usage', message: /expected auto, whole or incremental, got 'fast'/ });
});

test('when reading breaks off, the documents already read are stored before the error goes up', async () => {
  const { openStore } = await import('./store/index.ts');
  const { defaultGazetteer } = await import('./orgs/index.ts');
  const { articleFromBytes } = await import('./ingest/article-from-bytes.ts');
  const store = await openStore('sqlite::memory:');
  try {
    async function* read() {
      for (let i = 0; i < 3; i++) {
        const text = `Jane Doe${i} left Google to join Meta as a research scientist, the company said on March ${i + 1}, 2026.`;
        yield { ok: true as const, article: articleFromBytes(Buffer.from(text), { source: `doc-${i}.txt` }, {}) };
      }
      throw new Error('feed connection lost');
    }
    const stored: string[] = [];
    await assert.rejects(
      runIngest(['x'], { store, gazetteer: defaultGazetteer(), alerts: false, extractThreads: 1, read, onItem: (o) => o.status === 'stored' && stored.push(o.source) }),
      /feed connection lost/,
    );
    assert.deepEqual(stored, ['doc-0.txt', 'doc-1.txt', 'doc-2.txt']);
    assert.equal((await store.counts()).documents, 3);
  } finally {
    await store.close();
  }
});

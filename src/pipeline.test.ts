import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAhead, resolutionMode } from './pipeline.ts';

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

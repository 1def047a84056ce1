// Tests for the benchmark's command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBenchOptions } from './bench-options.ts';

test('defaults: extraction, ingest and queries, PostgreSQL from the environment', () => {
  const o = parseBenchOptions([], { POACHWATCH_TEST_PG: 'postgres://x@h/db' });
  assert.deepEqual(o.parts, ['extraction', 'ingest', 'queries']);
  assert.deepEqual([o.documents, o.extractDocuments, o.moves, o.seed], [5000, 3000, 100000, 1]);
  assert.equal(o.postgres, 'postgres://x@h/db');
  assert.deepEqual(o.workers, [1, 2]);
  assert.equal(parseBenchOptions([], {}).postgres, null);
  assert.equal(parseBenchOptions([], { POACHWATCH_BENCH_PG: 'postgres://a@b/c', POACHWATCH_TEST_PG: 'postgres://x@h/db' }).postgres, 'postgres://a@b/c');
});

test('--only takes repeated and comma-separated parts; sizes take underscores', () => {
  const o = parseBenchOptions(['--only', 'queries', '--only', 'scale,queries', '--moves', '1_000_000', '--documents', '10000'], {});
  assert.deepEqual(o.parts, ['queries', 'scale']);
  assert.equal(o.moves, 1_000_000);
  assert.equal(o.documents, 10_000);
});

test('bad flags are usage errors that name the flag and give an example', () => {
  assert.throws(() => parseBenchOptions(['--only', 'speed'], {}), { code: 'usage', message: '--only: expected one of extraction, ingest, queries, scale, got "speed" (example: --only queries)' });
  assert.throws(() => parseBenchOptions(['--moves', '5'], {}), { code: 'usage', message: '--moves: expected a whole number >= 10, got "5" (example: --moves 10)' });
  assert.throws(() => parseBenchOptions(['--documents', 'lots'], {}), { code: 'usage', message: /^--documents: expected a whole number >= 1/ });
  assert.deepEqual(parseBenchOptions(['--workers', 'none'], {}).workers, []);
  assert.throws(() => parseBenchOptions(['--workers', '1,0'], {}), { code: 'usage', message: /^--workers: expected a whole number >= 1, got "0"/ });
  assert.throws(() => parseBenchOptions(['--fast'], {}), { code: 'usage', message: /Unknown option '--fast'.*usage: npm run bench/ });
});

/** Tests for parseStoreUrl: the accepted database locations and the message for anything else. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseStoreUrl } from './parse-store-url.ts';

describe('parseStoreUrl', () => {
  it('reads SQLite locations', () => {
    assert.deepEqual(parseStoreUrl('sqlite:data/pw.sqlite'), { engine: 'sqlite', path: 'data/pw.sqlite' });
    assert.deepEqual(parseStoreUrl('sqlite:///tmp/pw.sqlite'), { engine: 'sqlite', path: '/tmp/pw.sqlite' });
    assert.deepEqual(parseStoreUrl('sqlite::memory:'), { engine: 'sqlite', path: ':memory:' });
    assert.deepEqual(parseStoreUrl('./pw.db'), { engine: 'sqlite', path: './pw.db' });
    assert.deepEqual(parseStoreUrl('/var/lib/pw.SQLITE3'), { engine: 'sqlite', path: '/var/lib/pw.SQLITE3' });
  });

  it('reads PostgreSQL URLs', () => {
    assert.deepEqual(parseStoreUrl('postgres://u@h:5432/db'), { engine: 'postgres', url: 'postgres://u@h:5432/db' });
    assert.deepEqual(parseStoreUrl('postgresql://h/db'), { engine: 'postgres', url: 'postgresql://h/db' });
  });

  it('rejects anything else, naming the value (without credentials) and the accepted forms', () => {
    const expected = (shown: string) => ({
      name: 'InputError',
      code: 'usage',
      message: `database: unknown location '${shown}'; expected sqlite:PATH, sqlite::memory:, a path ending in .sqlite or .db, or postgres://USER@HOST:PORT/DB (e.g. sqlite:poachwatch.sqlite)`,
    });
    assert.throws(() => parseStoreUrl('mysql://root:secret@db/pw'), expected('mysql://***@db/pw'));
    assert.throws(() => parseStoreUrl('data/pw.txt'), expected('data/pw.txt'));
    assert.throws(() => parseStoreUrl('sqlite:'), expected('sqlite:'));
    assert.throws(() => parseStoreUrl('http://example.com/pw.db'), expected('http://example.com/pw.db'));
  });

  it('stays fast on a long value with no structure', () => {
    const long = `//${'a'.repeat(1_000_000)}`;
    const started = performance.now();
    assert.throws(() => parseStoreUrl(long));
    assert.ok(performance.now() - started < 200);
  });
});

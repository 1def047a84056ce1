/** Tests for openStore on SQLite: where it opens, how the connection is set up, and its errors. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from './index.ts';

describe('openStore', () => {
  it('opens a SQLite file in WAL mode with foreign keys, from the argument or $POACHWATCH_DB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poachwatch-open-'));
    const saved = process.env.POACHWATCH_DB;
    try {
      const path = join(dir, 'env.sqlite');
      process.env.POACHWATCH_DB = `sqlite:${path}`;
      const store = await openStore();
      assert.equal(store.engine, 'sqlite');
      await store.close();
      assert.ok(existsSync(path));
      const raw = new Database(path, { readonly: true });
      assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
      raw.close();

      const bare = join(dir, 'bare.db');
      const second = await openStore(bare);
      await second.close();
      assert.ok(existsSync(bare));
    } finally {
      if (saved === undefined) delete process.env.POACHWATCH_DB;
      else process.env.POACHWATCH_DB = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens an in-memory store', async () => {
    const store = await openStore('sqlite::memory:');
    assert.deepEqual(await store.counts(), { documents: 0, claims: 0, people: 0, orgs: 0, moves: 0 });
    await store.close();
  });

  it('rejects an unknown scheme and a folder that does not exist', async () => {
    await assert.rejects(openStore('mongodb://localhost/pw'), { name: 'InputError', code: 'usage' });
    await assert.rejects(openStore('sqlite:/nonexistent-poachwatch-dir/x.sqlite'), (e: Error & { code?: string }) => {
      assert.equal(e.name, 'InputError');
      assert.equal(e.code, 'not-found');
      assert.match(e.message, /^cannot open SQLite database '\/nonexistent-poachwatch-dir\/x\.sqlite': /);
      return true;
    });
  });

  it('reports an unreachable PostgreSQL server as a configuration error', async () => {
    await assert.rejects(openStore('postgres://nobody:pw@127.0.0.1:1/none'), (e: Error & { code?: string }) => {
      assert.equal(e.name, 'InputError');
      assert.equal(e.code, 'bad-config');
      assert.match(e.message, /^cannot connect to PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: /);
      return true;
    });
  });
});

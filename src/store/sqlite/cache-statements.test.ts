/** Tests for the prepared-statement cache in front of better-sqlite3. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { cacheStatements } from './cache-statements.ts';

describe('cacheStatements', () => {
  it('reuses statements for the same SQL and evicts the least recently used', () => {
    const raw = new Database(':memory:');
    let prepared = 0;
    const counting = { prepare: (sql: string) => (prepared++, raw.prepare(sql)), close: () => raw.close() };
    const db = cacheStatements(counting, 2);
    const a = db.prepare('select 1');
    assert.equal(db.prepare('select 1'), a);
    db.prepare('select 2');
    db.prepare('select 1'); // now most recent
    db.prepare('select 3'); // evicts 'select 2'
    assert.equal(prepared, 3);
    db.prepare('select 1');
    assert.equal(prepared, 3);
    db.prepare('select 2');
    assert.equal(prepared, 4);
    assert.deepEqual(db.prepare('select 2 as n').all([]), [{ n: 2 }]);
    db.close();
  });

  it('bounds the cached SQL text', () => {
    const raw = new Database(':memory:');
    let prepared = 0;
    const counting = { prepare: (sql: string) => (prepared++, raw.prepare(sql)), close: () => raw.close() };
    const db = cacheStatements(counting, 100, 40);
    const first = `select 1 as ${'x'.repeat(15)}`;
    const second = `select 2 as ${'y'.repeat(15)}`;
    db.prepare(first);
    db.prepare(first);
    assert.equal(prepared, 1);
    db.prepare(second); // 54 characters in all: the older one goes
    db.prepare(first);
    assert.equal(prepared, 3);
    db.prepare(`select 3 as ${'z'.repeat(40)}`); // longer than the whole budget: never cached
    db.prepare(`select 3 as ${'z'.repeat(40)}`);
    assert.equal(prepared, 5);
    db.close();
  });
});

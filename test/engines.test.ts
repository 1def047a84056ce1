/** The same corpus ingested into SQLite and into PostgreSQL gives the same moves, through the CLI. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { postgresEngine, type ContractEngine } from '../src/store/_contract-engines.ts';
import { cli } from './cli-harness.ts';

const samples = new URL('../samples/', import.meta.url).pathname;
const pgEngine: ContractEngine = await postgresEngine();

before(async () => { if (!pgEngine.skip) await pgEngine.setUp(); });
after(async () => { if (!pgEngine.skip) await pgEngine.tearDown(); });

type JsonMove = { person: string; aliases: string[]; from: { org: string; team: string | null } | null; to: { org: string; team: string | null } | null; date: string | null; compensation: unknown[]; sources: Array<{ source: string }> };
const comparable = (moves: JsonMove[]) => moves
  .map((m) => JSON.stringify([m.person, [...m.aliases].sort(), m.from, m.to, m.date, m.compensation.length, m.sources.map((s) => s.source).sort()]))
  .sort();

test('ingest and moves give the same result on SQLite and PostgreSQL', { skip: pgEngine.skip }, async () => {
  const store = await pgEngine.openEmpty();
  await store.close();
  const pgUrl = pgEngine.url();
  const sqliteUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'poachwatch-eng-')), 'e.sqlite')}`;
  const inputs = [join(samples, 'ko'), join(samples, 'en')];
  const results: Record<string, JsonMove[]> = {};
  for (const db of [sqliteUrl, pgUrl]) {
    const ing = await cli(['ingest', '--quiet', '--db', db, ...inputs]);
    assert.equal(ing.code, 0, ing.stderr);
    const again = await cli(['ingest', '--quiet', '--db', db, ...inputs]);
    assert.match(again.stdout, /^ingest: 0 stored/);
    const moves = await cli(['moves', '--json', '--history', '--db', db]);
    assert.equal(moves.code, 0, moves.stderr);
    results[db] = JSON.parse(moves.stdout);
  }
  assert.ok(results[sqliteUrl].length > 40);
  assert.deepEqual(comparable(results[pgUrl]), comparable(results[sqliteUrl]));
  const flows = async (db: string) => JSON.parse((await cli(['flows', '--json', '--db', db])).stdout);
  assert.deepEqual(await flows(pgUrl), await flows(sqliteUrl));
});

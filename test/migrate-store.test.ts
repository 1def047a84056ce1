/** `poachwatch migrate-store`: a SQLite store moved into PostgreSQL (or another SQLite file) answers every query as before. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresEngine, type ContractEngine } from '../src/store/_contract-engines.ts';
import { cli } from './cli-harness.ts';

const samples = new URL('../samples/', import.meta.url).pathname;
const pg: ContractEngine = await postgresEngine();
const dir = mkdtempSync(join(tmpdir(), 'poachwatch-migrate-'));
const sourceUrl = `sqlite:${join(dir, 'source.sqlite')}`;

before(async () => {
  const ingest = await cli(['ingest', '--quiet', join(samples, 'ko'), join(samples, 'en'), '--db', sourceUrl]);
  assert.equal(ingest.code, 0, ingest.stderr);
});

/** Checks that `target` answers like the source, then takes a new document without an id collision. */
async function assertSameStore(targetUrl: string) {
  for (const args of [['moves', '--json', '--history'], ['flows', '--json'], ['person', 'Ravi Shankar', '--json'], ['org', 'Apple', '--json']]) {
    const before = await cli([...args, '--db', sourceUrl]);
    const afterCopy = await cli([...args, '--db', targetUrl]);
    assert.equal(afterCopy.code, before.code, afterCopy.stderr);
    // Ids are preserved, so the JSON is the same to the byte.
    assert.equal(afterCopy.stdout, before.stdout, args.join(' '));
    assert.equal(before.code, 0, `${args.join(' ')}: ${before.stderr}`);
  }
  const extra = join(dir, `extra-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(extra, 'Jane Roe left Apple to join Meta in July 2025.\n');
  const ingest = await cli(['ingest', '--quiet', extra, '--published', '2025-08-01', '--db', targetUrl]);
  assert.equal(ingest.code, 0, ingest.stderr);
  assert.match(ingest.stdout, /^ingest: 1 stored/);
}

test('migrate-store copies a SQLite store into another SQLite file, table by table', async () => {
  const targetUrl = `sqlite:${join(dir, 'copy.sqlite')}`;
  const r = await cli(['migrate-store', '--from', sourceUrl, '--to', targetUrl]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^documents +45$/m);
  assert.match(r.stdout, /^migrate-store: copied \d+ rows in \d+ tables from sqlite:.*source\.sqlite to sqlite:.*copy\.sqlite; every count checked$/m);
  await assertSameStore(targetUrl);
});

test('migrate-store refuses bad locations with usage errors and creates nothing', async () => {
  const missing = join(dir, 'missing.sqlite');
  const cases: Array<[string[], number, RegExp]> = [
    [['migrate-store', '--from', sourceUrl], 2, /both --from URL and --to URL are required/],
    [['migrate-store', '--from', sourceUrl, '--to', sourceUrl], 2, /--from and --to name the same store/],
    [['migrate-store', '--from', `sqlite:${missing}`, '--to', `sqlite:${join(dir, 'never.sqlite')}`], 1, /--from: no SQLite store at '.*missing\.sqlite'/],
    [['migrate-store', '--from', 'mysql://x', '--to', sourceUrl], 2, /unknown location 'mysql:\/\/x'/],
  ];
  for (const [args, code, message] of cases) {
    const r = await cli(args);
    assert.equal(r.code, code, r.stderr);
    assert.match(r.stderr, message);
  }
  assert.equal(existsSync(missing), false);
  assert.equal(existsSync(join(dir, 'never.sqlite')), false);
});

describe('migrate-store into PostgreSQL', { skip: pg.skip }, () => {
  before(() => pg.setUp());
  after(() => pg.tearDown());

  test('a SQLite store moved into PostgreSQL answers every query as before; a second copy into it is refused', async () => {
    const r = await cli(['migrate-store', '--from', sourceUrl, '--to', pg.url(), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(r.stdout) as { tables: Array<{ table: string; rows: number }> };
    assert.equal(report.tables.find((t) => t.table === 'documents')?.rows, 45);
    assert.ok(!report.tables.some((t) => t.table.startsWith('kysely_')));
    await assertSameStore(pg.url());

    const again = await cli(['migrate-store', '--from', sourceUrl, '--to', pg.url()]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /target store is not empty: .*documents \(46\).*; migrate-store copies into an empty store only/);
  });
});

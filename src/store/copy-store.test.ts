/** copyStore: every table, ids kept, into an empty store only; sequences moved past the copied ids. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';
import { loadGazetteer } from '../orgs/index.ts';
import { runIngest } from '../pipeline.ts';
import { copyStore, orderByForeignKeys } from './copy-store.ts';
import { kyselyOf } from './kysely-store.ts';
import { openStore, type Store } from './index.ts';
import { postgresEngine, sqliteEngine, type ContractEngine } from './_contract-engines.ts';

const samples = new URL('../../samples/', import.meta.url).pathname;

it('orders tables parents first, alphabetically among equals, and names a cycle', () => {
  const keys = [
    { table: 'claims', references: 'documents' },
    { table: 'move_claims', references: 'claims' },
    { table: 'move_claims', references: 'moves' },
    { table: 'orgs', references: 'orgs' },
  ];
  assert.deepEqual(orderByForeignKeys(['move_claims', 'moves', 'claims', 'documents', 'orgs'], keys), ['documents', 'moves', 'orgs', 'claims', 'move_claims']);
  assert.throws(() => orderByForeignKeys(['a', 'b'], [{ table: 'a', references: 'b' }, { table: 'b', references: 'a' }]), /cycle among a, b/);
});

/** Every row of every table, in a stable order, for comparing two databases. */
async function dumpTables(store: Store): Promise<Record<string, unknown[]>> {
  const db = kyselyOf(store) as any;
  const tables = (await db.introspection.getTables()).filter((t: any) => !t.isView && (store.engine === 'sqlite' || t.schema === 'public'));
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    let q = db.selectFrom(t.name).selectAll();
    for (const c of t.columns) q = q.orderBy(c.name);
    out[t.name] = await q.execute();
  }
  return out;
}

function article(source: string, text: string): Article {
  return {
    source, url: null, title: source, text, lang: 'en', published: '2025-07-29', publishedFrom: 'meta',
    contentHash: createHash('sha256').update(text).digest('hex'), mediaType: 'text/plain', charset: 'utf-8', bytes: Buffer.byteLength(text),
  };
}

for (const target of [sqliteEngine(), await postgresEngine()] as ContractEngine[]) {
  describe(`copyStore from SQLite into ${target.name}`, { skip: target.skip }, () => {
    let source: Store;
    before(async () => {
      await target.setUp();
      source = await openStore(`sqlite:${join(mkdtempSync(join(tmpdir(), 'poachwatch-copy-')), 'source.sqlite')}`);
      const report = await runIngest([join(samples, 'ko')], { store: source, gazetteer: loadGazetteer(), alerts: false });
      assert.ok(report.stored > 10);
    });
    after(async () => {
      await source.close();
      await target.tearDown();
    });

    it('copies every row of every table with its id, and new rows then get fresh ids', async () => {
      const into = await target.openEmpty();
      try {
        const seen: string[] = [];
        const report = await copyStore(source, into, { onTable: (t) => seen.push(t) });
        assert.deepEqual(seen, report.tables.map((t) => t.table));
        assert.ok(seen.indexOf('documents') < seen.indexOf('claims') && seen.indexOf('claims') < seen.indexOf('move_claims'));
        assert.equal(report.tables.find((t) => t.table === 'documents')!.rows, (await source.counts()).documents);
        assert.deepEqual(await dumpTables(into), await dumpTables(source));
        const before = (await into.listClaims()).length;
        const saved = await into.saveDocument(article('new.txt', 'A new text.'), { source: 'new.txt', lang: 'en', published: null, title: null, moves: [], extractor: 'rules@test' });
        assert.equal(saved.status, 'stored');
        assert.equal(saved.documentId, (await source.counts()).documents + 1);
        assert.equal((await into.listClaims()).length, before);
      } finally {
        await into.close();
      }
    });

    it('refuses a target that holds any row, and writes nothing', async () => {
      const into = await target.openEmpty();
      try {
        await into.saveDocument(article('only.txt', 'Only text.'), { source: 'only.txt', lang: 'en', published: null, title: null, moves: [], extractor: 'rules@test' });
        await assert.rejects(copyStore(source, into), (e: unknown) => e instanceof InputError && e.code === 'bad-data' && /^target store is not empty: documents \(1\); migrate-store copies into an empty store only/.test(e.message));
        assert.equal((await into.counts()).documents, 1);
      } finally {
        await into.close();
      }
    });
  });
}

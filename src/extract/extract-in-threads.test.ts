import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Article } from '../core/types.ts';
import { InternalError } from '../core/errors.ts';
import { readSources } from '../ingest/index.ts';
import { buildGazetteer, defaultGazetteer } from '../orgs/index.ts';
import { createExtractor, extractThreads, type Extractor } from './extract-in-threads.ts';
import { extractSafely } from './extract-safely.ts';

const samples = fileURLToPath(new URL('../../samples/', import.meta.url));

async function sampleArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readSources([samples])) if (item.ok) out.push(item.article);
  return out;
}

/** Waits until the threads have loaded, so what follows runs on them. */
async function warmUp(extractor: Extractor, article: Article): Promise<void> {
  for (let i = 0; i < 400 && extractor.counts().threads === 0; i++) {
    await extractor.extract(article);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  assert.ok(extractor.counts().threads > 0, 'the threads never loaded');
}

test('threads extract exactly what the calling thread does, with the caller\'s own gazetteer', async () => {
  const articles = await sampleArticles();
  assert.ok(articles.length >= 40);
  // A gazetteer of the caller's making reaches the threads: one extra organization, found in a text.
  const gazetteer = buildGazetteer([...defaultGazetteer().entries, { id: 'quill-labs', name: 'Quill Labs', aliases: ['퀼 랩스'], parent: null, kind: 'company' }]);
  const extra: Article = { ...articles[0], source: 'extra.txt', text: 'Jane Okafor left Google to join Quill Labs as chief scientist, the company said.', lang: 'en' };
  const extractor = createExtractor(gazetteer, { threads: 2 });
  try {
    await warmUp(extractor, articles[0]);
    const before = extractor.counts();
    const results = await Promise.all([...articles, extra].map((a) => extractor.extract(a)));
    assert.equal(extractor.counts().threads - before.threads, articles.length + 1, 'every document went to a thread');
    results.forEach((r, i) => {
      assert.ok(r.ok);
      const a = i < articles.length ? articles[i] : extra;
      assert.deepEqual(r.extraction, extractSafely(a, gazetteer), a.source);
    });
    assert.equal((results.at(-1) as { ok: true; extraction: { moves: Array<{ to: { org: string } | null }> } }).extraction.moves[0]?.to?.org, 'Quill Labs');
  } finally {
    await extractor.close();
  }
});

test('a document the rules crash on fails alone, with the same error as on the calling thread', async () => {
  const [good] = await sampleArticles();
  const broken = { ...good, source: 'broken.txt', text: undefined } as unknown as Article;
  const extractor = createExtractor(defaultGazetteer(), { threads: 1 });
  try {
    await warmUp(extractor, good);
    const [a, b, c] = await Promise.all([extractor.extract(good), extractor.extract(broken), extractor.extract(good)]);
    assert.ok(a.ok && c.ok);
    assert.ok(!b.ok);
    assert.ok(b.error instanceof InternalError);
    assert.match(b.error.message, /^broken\.txt: extraction failed: /);
    assert.throws(() => extractSafely(broken, defaultGazetteer()), { message: b.error.message });
  } finally {
    await extractor.close();
  }
});

test('a thread that dies (out of memory here) loses no document: what it held is extracted on the calling thread', async () => {
  const [good] = await sampleArticles();
  // About 2 MB of text: the rules' working set passes the thread's 96 MB heap, not the caller's.
  const large: Article = { ...good, source: 'large.txt', lang: 'en', text: 'Jane Doe left Google for Meta in May 2025. '.repeat(50_000) };
  const extractor = createExtractor(defaultGazetteer(), { threads: 1, resourceLimits: { maxOldGenerationSizeMb: 96 } });
  try {
    await warmUp(extractor, good);
    const before = extractor.counts();
    const [big, after] = await Promise.all([extractor.extract(large), extractor.extract(good)]);
    assert.ok(big.ok && after.ok);
    assert.equal(big.extraction.moves[0]?.person, 'Jane Doe');
    assert.ok(extractor.counts().here >= before.here + 1, 'the large document was extracted on the calling thread');
    // The dead thread is gone: later documents are extracted here.
    const later = await extractor.extract(good);
    assert.ok(later.ok);
  } finally {
    await extractor.close();
  }
});

test('POACHWATCH_EXTRACT_THREADS: a whole number from 0 to 8; unset, a core each but one', () => {
  assert.equal(extractThreads({ POACHWATCH_EXTRACT_THREADS: '0' }), 0);
  assert.equal(extractThreads({ POACHWATCH_EXTRACT_THREADS: '3' }), 3);
  assert.ok(extractThreads({}) >= 0 && extractThreads({}) <= 4);
  for (const bad of ['-1', '1.5', 'two', '9']) assert.throws(() => extractThreads({ POACHWATCH_EXTRACT_THREADS: bad }), { code: 'usage', message: /POACHWATCH_EXTRACT_THREADS/ });
});

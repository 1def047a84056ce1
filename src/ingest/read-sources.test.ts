import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readSources, type IngestItem, type IngestOptions } from './index.ts';

let root = '';
before(() => {
  root = mkdtempSync(join(tmpdir(), 'poachwatch-ingest-'));
  const files: Record<string, string | Uint8Array> = {
    'tree/b.md': '# Beta\n\nBeta body.\n',
    'tree/a.txt': 'Alpha\n\nPublished July 8, 2025\n\nAlpha body.\n',
    'tree/sub/c.html': '<html><head><title>Gamma</title></head><body><p>Gamma body text, long enough to be read as an article by the extractor.</p></body></html>',
    'tree/sub/d.json': '{"skip": true}',
    'tree/sub/deeper/e.txt': 'Epsilon\n',
    'tree/.hidden/h.txt': 'hidden\n',
    'tree/node_modules/m.txt': 'module\n',
    'tree/z.htm': '<p>Zeta text in an htm file.</p>',
    'tree/A-upper.TXT': 'Upper-case extension\n',
    'empty-dir/.keep': '',
    'empty.txt': '',
    'nul.txt': Uint8Array.of(0x41, 0x00, 0x42),
    'doc.pdf': '%PDF-1.4',
    'ok.txt': 'OK title\n\nSome text.\n',
    'big.txt': 'z'.repeat(3000),
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
});
after(() => rmSync(root, { recursive: true, force: true }));

async function collect(inputs: string[], opts?: IngestOptions): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readSources(inputs, opts)) out.push(item);
  return out;
}
const rel = (items: IngestItem[]) => items.map((i) => (i.ok ? i.article.source : i.source).slice(root.length + 1));

test('a directory is walked recursively in sorted order with the default include patterns', async () => {
  const items = await collect([join(root, 'tree')]);
  assert.deepEqual(rel(items), ['tree/A-upper.TXT', 'tree/a.txt', 'tree/b.md', 'tree/sub/c.html', 'tree/sub/deeper/e.txt', 'tree/z.htm']);
  assert.ok(items.every((i) => i.ok));
  const a = items[1].ok ? items[1].article : null;
  assert.equal(a?.published, '2025-07-08');
  assert.equal(items[2].ok && items[2].article.title, 'Beta');
  assert.equal(items[3].ok && items[3].article.mediaType, 'text/html');
});

test('include patterns: ** spans directories, a bare pattern matches file names anywhere', async () => {
  assert.deepEqual(rel(await collect([join(root, 'tree')], { include: ['sub/**/*.txt'] })), ['tree/sub/deeper/e.txt']);
  assert.deepEqual(rel(await collect([join(root, 'tree')], { include: ['*.md', '**/c.*'] })), ['tree/b.md', 'tree/sub/c.html']);
  assert.deepEqual(rel(await collect([join(root, 'tree')], { include: ['*.txt'] })), ['tree/A-upper.TXT', 'tree/a.txt', 'tree/sub/deeper/e.txt']);
});

test('one bad input never stops the rest, and each failure says what and why on one line', async () => {
  const inputs = ['missing.txt', 'empty.txt', 'nul.txt', 'doc.pdf', 'ok.txt', 'empty-dir', 'big.txt'].map((f) => join(root, f));
  const items = await collect([...inputs, 'ftp://example.com/a.txt'], { maxBytes: 1000 });
  const summary = items.map((i) => (i.ok ? 'ok' : `${i.error.code}: ${i.error.message.replace(root + '/', '')}`));
  assert.deepEqual(summary, [
    'not-found: missing.txt: no such file or directory',
    'empty: empty.txt: empty file (0 bytes)',
    'binary: nul.txt: binary data, not text (NUL bytes)',
    "unsupported: doc.pdf: unsupported file type '.pdf' (expected .txt, .md, .html or .htm)",
    'ok',
    'empty: empty-dir: no files matching **/*.txt, **/*.md, **/*.html, **/*.htm',
    'too-large: big.txt: too large (2.9 KB, limit 1000 bytes)',
    'unsupported: ftp://example.com/a.txt: only http and https URLs can be fetched',
  ]);
  for (const i of items) if (!i.ok) assert.equal(i.error.source, i.source);
});

test('stdin is read from the given stream for "-"', async () => {
  const stdin = Readable.from([Buffer.from('Stdin title\n\n2025년 7월 29일\n\n'), Buffer.from('카카오가 네이버 출신 연구자를 영입했다.\n')]);
  const [item] = await collect(['-'], { stdin });
  assert.ok(item.ok);
  assert.equal(item.article.source, '-');
  assert.equal(item.article.title, 'Stdin title');
  assert.equal(item.article.published, '2025-07-29');
  assert.equal(item.article.lang, 'ko');
});

test('stdin over maxBytes stops reading at the limit', async () => {
  let pulled = 0;
  const stdin = new Readable({
    read() {
      pulled++;
      this.push(Buffer.alloc(1024, 0x61));
    },
  });
  const [item] = await collect(['-'], { stdin, maxBytes: 4096 });
  assert.equal(!item.ok && item.error.code, 'too-large');
  assert.equal(!item.ok && item.error.message, '-: too large (more than 4.0 KB, the limit)');
  assert.ok(pulled < 10);
});

test('a bad --published is a usage error before anything is read', async () => {
  await assert.rejects(collect(['ok.txt'], { published: 'July 2025' }), { code: 'usage' });
});

test('the walk is lazy: the first document arrives before later files are read', async () => {
  const gen = readSources([join(root, 'tree')]);
  const first = await gen.next();
  assert.equal(first.done, false);
  await gen.return(undefined);
});

const evalDir = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
test('dev corpus end to end: every text gets its gold language and publication day', { skip: existsSync(`${evalDir}dev/gold.jsonl`) ? false : `no eval corpus at ${evalDir}` }, async () => {
  const gold = new Map<string, { lang: string; published: string | null }>();
  for (const line of readFileSync(`${evalDir}dev/gold.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const g = JSON.parse(line) as { id: string; lang: string; published: string | null };
    gold.set(g.id, g);
  }
  const wrong: string[] = [];
  let seen = 0;
  for await (const item of readSources([`${evalDir}dev/texts`])) {
    assert.ok(item.ok, item.ok ? '' : item.error.message);
    const id = basename(item.article.source, '.txt');
    const want = gold.get(id);
    seen++;
    if (!want || want.lang !== item.article.lang || want.published !== item.article.published) {
      wrong.push(`${id}: ${item.article.lang} ${item.article.published}, want ${want?.lang} ${want?.published}`);
    }
  }
  assert.equal(seen, gold.size);
  assert.deepEqual(wrong, []);
});

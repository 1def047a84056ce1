/** Ingesting a page over real HTTP on loopback: main text, title, date, and the final URL kept as the source. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { cli } from './cli-harness.ts';
import { tempDir } from './eval-harness.ts';

const page = `<!doctype html><html><head><title>Meta hires a Google scientist</title>
<meta property="article:published_time" content="2025-08-20T09:00:00+09:00"></head>
<body><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
<article><h1>Meta hires a Google scientist</h1>
<p>Meta has hired Oluwaseun Adeyemi, a research scientist who spent six years at Google DeepMind working on speech models, the company confirmed on Tuesday.</p>
<p>Adeyemi will join Meta's Superintelligence Labs next month, according to a person familiar with the matter.</p>
<p>Google declined to comment on the departure.</p></article>
<aside><h2>Most read</h2><ul><li>Ten phones we liked this year</li></ul></aside><footer>© Example News</footer></body></html>`;

test('a URL is fetched, read and stored with its final address; loopback needs --allow-private', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/old') { res.writeHead(301, { location: '/news/1' }); res.end(); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  try {
    const db = `sqlite:${join(tempDir(), 'url.sqlite')}`;
    const url = `http://127.0.0.1:${port}/old`;
    const refused = await cli(['ingest', '--db', db, url]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /refus/i);
    const r = await cli(['ingest', '--quiet', '--db', db, '--allow-private', url]);
    assert.equal(r.code, 0, r.stderr);
    const moves = JSON.parse((await cli(['moves', '--json', '--db', db])).stdout);
    assert.equal(moves.length, 1);
    assert.equal(moves[0].person, 'Oluwaseun Adeyemi');
    assert.equal(moves[0].from.org, 'Google');
    assert.equal(moves[0].to.org, 'Meta');
    assert.equal(moves[0].sources[0].url, `http://127.0.0.1:${port}/news/1`);
    assert.equal(moves[0].sources[0].published, '2025-08-20');
    assert.equal(moves[0].sources[0].title, 'Meta hires a Google scientist');
    assert.ok(moves[0].sources[0].evidence.every((e: { text: string }) => !e.text.includes('Most read')), 'boilerplate is not evidence');
  } finally {
    server.close();
  }
});

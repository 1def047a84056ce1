import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { classifyAddress, fetchDocument, readSources } from './index.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
let server: Server;
let base = '';
let seenAgent = '';

before(async () => {
  server = createServer((req, res) => {
    seenAgent = req.headers['user-agent'] ?? '';
    const handler = routes.get(req.url ?? '');
    if (handler) handler(req, res);
    else {
      res.statusCode = 404;
      res.end('no such page');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const ARTICLE = '<html><head><title>Meta hires researcher</title><meta property="article:published_time" content="2025-08-04T10:00:00Z"></head>'
  + '<body><article><p>Meta has hired a senior researcher from Apple, the company said on Monday, in its latest hire for the new lab.</p>'
  + '<p>The researcher led the foundation models team at Apple for three years before the move.</p></article></body></html>';
routes.set('/article', (_req, res) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(ARTICLE);
});
routes.set('/hop1', (_req, res) => { res.writeHead(302, { location: '/hop2' }); res.end(); });
routes.set('/hop2', (_req, res) => { res.writeHead(301, { location: `${base}/article` }); res.end(); });
routes.set('/loop', (_req, res) => { res.writeHead(302, { location: '/loop' }); res.end(); });
routes.set('/moved', (_req, res) => { res.writeHead(308, { location: '/hop2' }); res.end(); });
routes.set('/to-metadata', (_req, res) => { res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }); res.end(); });
routes.set('/to-other-loopback', (_req, res) => { res.writeHead(302, { location: `http://127.0.0.2:${new URL(base).port}/article` }); res.end(); });
routes.set('/to-mapped', (_req, res) => { res.writeHead(302, { location: `http://[::ffff:127.0.0.1]:${new URL(base).port}/article` }); res.end(); });
routes.set('/to-ftp', (_req, res) => { res.writeHead(302, { location: 'ftp://example.com/x.txt' }); res.end(); });
routes.set('/slow-body', (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('partial'); });
routes.set('/slow-headers', () => { /* never answers */ });
routes.set('/big-declared', (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '5000' }); res.end('x'.repeat(5000)); });
routes.set('/big-chunked', (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  for (let i = 0; i < 20; i++) res.write('y'.repeat(500));
  res.end();
});
routes.set('/gzip', (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
  res.end(gzipSync(ARTICLE));
});
routes.set('/gzip-bomb', (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
  res.end(gzipSync(Buffer.alloc(10_000_000, 0x61)));
});
routes.set('/server-error', (_req, res) => { res.statusCode = 503; res.end('down'); });
routes.set('/euc-kr', (_req, res) => {
  res.setHeader('content-type', 'text/html; charset=EUC-KR');
  res.end(readFileSync(new URL('./fixtures/euc-kr-declared.html', import.meta.url)));
});
routes.set('/pdf', (_req, res) => { res.setHeader('content-type', 'application/pdf'); res.end('%PDF-1.4'); });

const open = { allowPrivate: true, timeoutMs: 3000 };
/** Treats 127.0.0.1 as if it were public, so a redirect from it can be checked like any other hop. */
const firstHopPublic = { classify: (a: string) => (a === '127.0.0.1' ? null : classifyAddress(a)) };

async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected a rejection');
}

test('fetches a page with the poachwatch user agent and reads it', async () => {
  const doc = await fetchDocument(`${base}/article`, open);
  assert.equal(doc.url, `${base}/article`);
  assert.equal(doc.contentType, 'text/html; charset=utf-8');
  assert.equal(Buffer.from(doc.bytes).toString('utf8'), ARTICLE);
  assert.equal(seenAgent, 'poachwatch/0.1');
  // A host name goes through our own lookup, which hands the socket only the checked addresses.
  const viaName = await fetchDocument(`http://localhost:${new URL(base).port}/article`, open);
  assert.equal(viaName.bytes.length, ARTICLE.length);
  const items = [];
  for await (const item of readSources([`${base}/hop1`], open)) items.push(item);
  assert.equal(items.length, 1);
  assert.ok(items[0].ok);
  const a = items[0].article;
  assert.equal(a.source, `${base}/hop1`);
  assert.equal(a.url, `${base}/article`);
  assert.equal(a.title, 'Meta hires researcher');
  assert.equal(a.published, '2025-08-04');
  assert.equal(a.publishedFrom, 'meta');
  assert.equal(a.mediaType, 'text/html');
});

test('without allowPrivate, loopback in every spelling is refused before connecting', async () => {
  const port = new URL(base).port;
  const e1 = await rejection(fetchDocument(`${base}/article`));
  assert.equal(e1.code, 'refused-address');
  assert.equal(e1.message, `${base}/article: refused to fetch from loopback address 127.0.0.1; allow private addresses to fetch it`);
  const e2 = await rejection(fetchDocument(`http://localhost:${port}/article`));
  assert.equal(e2.code, 'refused-address');
  assert.match(e2.message, /loopback address (127\.0\.0\.1|::1) \(localhost\)/);
  const e3 = await rejection(fetchDocument(`http://[::1]:${port}/`));
  assert.equal(e3.code, 'refused-address');
  const e4 = await rejection(fetchDocument('http://10.1.2.3/'));
  assert.match(e4.message, /private address 10\.1\.2\.3/);
  const e5 = await rejection(fetchDocument('http://[::ffff:192.168.1.1]/'));
  assert.match(e5.message, /private address/);
});

test('every redirect hop is checked again', async () => {
  const e1 = await rejection(fetchDocument(`${base}/to-metadata`, {}, firstHopPublic));
  assert.equal(e1.code, 'refused-address');
  assert.equal(e1.message, `${base}/to-metadata: refused to fetch from link-local address 169.254.169.254 after a redirect to http://169.254.169.254/latest/meta-data/; allow private addresses to fetch it`);
  const e2 = await rejection(fetchDocument(`${base}/to-other-loopback`, {}, firstHopPublic));
  assert.match(e2.message, /loopback address 127\.0\.0\.2/);
  const e3 = await rejection(fetchDocument(`${base}/to-mapped`, {}, firstHopPublic));
  assert.equal(e3.code, 'refused-address');
  const e4 = await rejection(fetchDocument(`${base}/to-ftp`, open));
  assert.equal(e4.code, 'unsupported');
});

test('redirect loops stop at maxRedirects', async () => {
  const e = await rejection(fetchDocument(`${base}/loop`, { ...open, maxRedirects: 3 }));
  assert.equal(e.code, 'too-many-redirects');
  assert.equal(e.message, `${base}/loop: more than 3 redirects (last to /loop)`);
  const ok = await fetchDocument(`${base}/hop1`, { ...open, maxRedirects: 2 });
  assert.equal(ok.url, `${base}/article`);
});

test('movedTo is where the leading permanent redirects lead; a temporary first hop moves nothing', async () => {
  const moved = await fetchDocument(`${base}/moved`, open);
  assert.equal(moved.url, `${base}/article`);
  assert.equal(moved.movedTo, `${base}/article`, '308 then 301: both permanent');
  assert.equal((await fetchDocument(`${base}/hop2`, open)).movedTo, `${base}/article`);
  assert.equal((await fetchDocument(`${base}/hop1`, open)).movedTo, null, 'a 302 first');
  assert.equal((await fetchDocument(`${base}/article`, open)).movedTo, null);
});

test('the timeout covers slow headers and a slow body', async () => {
  const t0 = Date.now();
  const e1 = await rejection(fetchDocument(`${base}/slow-body`, { allowPrivate: true, timeoutMs: 200 }));
  assert.equal(e1.code, 'timeout');
  assert.equal(e1.message, `${base}/slow-body: timed out after 200 ms`);
  const e2 = await rejection(fetchDocument(`${base}/slow-headers`, { allowPrivate: true, timeoutMs: 200 }));
  assert.equal(e2.code, 'timeout');
  assert.ok(Date.now() - t0 < 2000);
});

test('bodies over maxBytes are refused by Content-Length and while streaming, also after decompression', async () => {
  const e1 = await rejection(fetchDocument(`${base}/big-declared`, { ...open, maxBytes: 1000 }));
  assert.equal(e1.code, 'too-large');
  assert.equal(e1.message, `${base}/big-declared: too large (4.9 KB, limit 1000 bytes)`);
  const e2 = await rejection(fetchDocument(`${base}/big-chunked`, { ...open, maxBytes: 1000 }));
  assert.equal(e2.code, 'too-large');
  const e3 = await rejection(fetchDocument(`${base}/gzip-bomb`, { ...open, maxBytes: 100_000 }));
  assert.equal(e3.code, 'too-large');
  const gz = await fetchDocument(`${base}/gzip`, open);
  assert.equal(Buffer.from(gz.bytes).toString('utf8'), ARTICLE);
});

test('HTTP errors, closed ports and unsupported content types are reported per input', async () => {
  const e1 = await rejection(fetchDocument(`${base}/missing`, open));
  assert.equal(e1.code, 'http-status');
  assert.equal(e1.message, `${base}/missing: HTTP 404 Not Found`);
  const e2 = await rejection(fetchDocument(`${base}/server-error`, open));
  assert.equal(e2.message, `${base}/server-error: HTTP 503 Service Unavailable`);
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((r) => closed.close(() => r()));
  const e3 = await rejection(fetchDocument(`http://127.0.0.1:${port}/`, open));
  assert.equal(e3.code, 'fetch-failed');
  assert.equal(e3.message, `http://127.0.0.1:${port}/: cannot fetch 127.0.0.1:${port} (ECONNREFUSED)`);
  const items = [];
  for await (const item of readSources([`${base}/pdf`, `${base}/article`], open)) items.push(item);
  assert.equal(items[0].ok, false);
  assert.equal(!items[0].ok && items[0].error.code, 'unsupported');
  assert.equal(items[1].ok, true);
});

test('an EUC-KR page declared by its Content-Type decodes to Korean', async () => {
  const items = [];
  for await (const item of readSources([`${base}/euc-kr`], open)) items.push(item);
  assert.ok(items[0].ok);
  const a = items[0].article;
  assert.equal(a.charset, 'euc-kr');
  assert.equal(a.lang, 'ko');
  assert.ok(a.text.includes('루오밍 팡'));
  assert.ok(a.text.includes('똠방각하'));
  assert.ok(!a.text.includes('\ufffd'));
});

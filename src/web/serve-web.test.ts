import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { createWebHandler, webBundle } from './serve-web.ts';

let server: Server;
let base: string;

before(async () => {
  const handler = await createWebHandler();
  server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const assetUrls = (html: string) => [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);

test('every app route answers index.html, revalidated on each load, with a strict CSP', async () => {
  for (const path of ['/', '/org/apple', '/person/ruoming-pang', '/document/12', '/search?q=%EC%95%A0%ED%94%8C', '/curation', '/org/Scale.ai']) {
    const res = await fetch(base + path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self';/);
    const html = await res.text();
    assert.match(html, /<main id="main"/);
    assert.equal(assetUrls(html).length, 2, 'one script and one stylesheet');
  }
});

test('assets carry a content hash and are cached for a year; gzip when asked; 304 on a matching ETag', async () => {
  const html = await (await fetch(base + '/')).text();
  const [css, js] = [assetUrls(html).find((u) => u.endsWith('.css'))!, assetUrls(html).find((u) => u.endsWith('.js'))!];
  assert.match(js, /^\/assets\/main-[A-Z0-9]{8}\.js$/);
  assert.match(css, /^\/assets\/main-[A-Z0-9]{8}\.css$/);
  const res = await fetch(base + js, { headers: { 'accept-encoding': 'identity' } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  const plain = Buffer.from(await res.arrayBuffer());
  assert.ok(!plain.toString().includes('cdn.') && !plain.toString().includes('fonts.googleapis'), 'nothing from other hosts');

  const bundle = await webBundle();
  const gz = bundle.assets.get(js)!.gzip!;
  assert.deepEqual(gunzipSync(gz), plain);
  const zipped = await new Promise<{ encoding: string | undefined }>((resolve, reject) => {
    // fetch always decodes; a raw request shows the header.
    import('node:http').then(({ get }) => get(base + js, { headers: { 'accept-encoding': 'gzip' } }, (r) => { r.resume(); resolve({ encoding: r.headers['content-encoding'] }); }).on('error', reject));
  });
  assert.equal(zipped.encoding, 'gzip');

  const again = await fetch(base + js, { headers: { 'if-none-match': res.headers.get('etag')! } });
  assert.equal(again.status, 304);
});

test('unknown assets and top-level files are 404; unknown app paths get the app with 404; only GET and HEAD', async () => {
  assert.equal((await fetch(base + '/assets/main-00000000.js')).status, 404);
  assert.equal((await fetch(base + '/favicon.ico')).status, 404);
  const unknown = await fetch(base + '/no/such/page');
  assert.equal(unknown.status, 404);
  assert.match(await unknown.text(), /<main id="main"/);
  const head = await fetch(base + '/org/apple', { method: 'HEAD' });
  assert.equal(head.status, 200);
  assert.equal(await head.text(), '');
  assert.equal((await fetch(base + '/', { method: 'POST' })).status, 405);
});

test('the bundle is built once per process', async () => {
  assert.equal(await webBundle(), await webBundle());
});

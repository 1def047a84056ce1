/** `watch` and `feeds` against feed servers on loopback: RSS, Atom and JSON Feed, dedup, 304s, restarts, broken and hostile feeds. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { cli } from './cli-harness.ts';
import { postgresEngine } from '../src/store/_contract-engines.ts';
import { tempDir } from './eval-harness.ts';

const ARTICLES: Record<string, [string, string]> = {
  '/a/1': ['OpenAI hires a DeepMind scientist', 'OpenAI has hired Priya Raman, a research scientist who spent five years at Google DeepMind, the company confirmed on Tuesday.'],
  '/a/2': ['Anthropic hires from Meta', 'Anthropic has hired Daniel Okafor, an engineer who spent four years at Meta, the company said on Monday.'],
  '/a/3': ['Apple hires from Microsoft', 'Apple has hired Lena Fischer, a researcher who spent three years at Microsoft, the company said.'],
};
const CONTENT_ONLY = 'Google has hired Marco Bellini, a scientist who spent six years at Amazon, the company said on Wednesday.';

function page([title, body]: [string, string]): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="2025-08-20T09:00:00Z"></head>
<body><article><h1>${title}</h1><p>${body}</p><p>The company declined to comment further on the hire.</p></article></body></html>`;
}

interface FeedServer {
  base: string;
  hits: Map<string, number>;
  ifNoneMatch: string[];
  routes: Map<string, (req: IncomingMessage, res: ServerResponse) => void>;
  close(): Promise<void>;
}

async function startServer(): Promise<FeedServer> {
  const hits = new Map<string, number>();
  const ifNoneMatch: string[] = [];
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (typeof req.headers['if-none-match'] === 'string') ifNoneMatch.push(`${path} ${req.headers['if-none-match']}`);
    const route = routes.get(path);
    if (route) return route(req, res);
    const article = ARTICLES[path];
    if (article) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(article));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, hits, ifNoneMatch, routes, close: () => new Promise((r) => server.close(() => r())) };
}

/** Serves `body` with an ETag and answers 304 when the client sends it back. */
function conditional(body: string, type: string, etag: string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': type, etag });
    res.end(body);
  };
}

function rss(base: string, links: string[]): string {
  const items = links.map((l, i) => `<item><title>Story ${i} &amp; more</title><link>${base}${l.replace(/&/g, '&amp;')}</link><guid isPermaLink="false">rss-${i}</guid><pubDate>Wed, 20 Aug 2025 09:00:00 GMT</pubDate><description><![CDATA[<p>teaser</p>]]></description></item>`).join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Loopback News</title><link>${base}/</link>${items}</channel></rss>`;
}

function atom(base: string, links: string[]): string {
  const entries = links.map((l, i) => `<entry><id>tag:loopback,2025:${i}</id><title>Entry ${i}</title><link rel="alternate" href="${base}${l}"/><updated>2025-08-20T09:00:00Z</updated></entry>`).join('');
  return `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Loopback Atom</title><id>urn:x</id><updated>2025-08-20T09:00:00Z</updated>${entries}</feed>`;
}

function jsonFeed(base: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Loopback JSON',
    items: [
      { id: 'j-1', title: 'Google hires from Amazon', content_text: CONTENT_ONLY, date_published: '2025-08-21T10:00:00Z' },
      { id: 'j-2', url: `${base}/a/2#comments`, title: 'Anthropic hires from Meta' },
    ],
  });
}

const dbIn = (name: string) => `sqlite:${join(tempDir(), name)}`;

async function feedsJson(db: string): Promise<Array<Record<string, any>>> {
  const r = await cli(['feeds', '--json', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
}

async function movePeople(db: string): Promise<string[]> {
  const r = await cli(['moves', '--json', '--db', db]);
  return (JSON.parse(r.stdout) as Array<{ person: string }>).map((m) => m.person).sort();
}

test('watch --once reads RSS, Atom and JSON Feed, ingests each article once, and a second run sends If-None-Match and ingests nothing', async () => {
  const s = await startServer();
  try {
    // /a/1 is in both the RSS (with tracking parameters) and the Atom feed; /a/2 in the RSS and the JSON Feed.
    s.routes.set('/rss.xml', conditional(rss(s.base, ['/a/1?utm_source=rss&utm_medium=feed', '/a/2']), 'application/rss+xml', '"rss-v1"'));
    s.routes.set('/atom.xml', conditional(atom(s.base, ['/a/1#top', '/a/3']), 'application/atom+xml', '"atom-v1"'));
    s.routes.set('/feed.json', conditional(jsonFeed(s.base), 'application/feed+json', '"json-v1"'));
    const db = dbIn('watch.sqlite');
    const feeds = ['/rss.xml', '/atom.xml', '/feed.json'].map((p) => s.base + p);

    const first = await cli(['watch', '--once', '--allow-private', '--db', db, ...feeds]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /3 polls \(3 read, 0 not modified, 0 failed\); 4 new items, 4 ingested, 0 failed/);
    assert.deepEqual(await movePeople(db), ['Daniel Okafor', 'Lena Fischer', 'Marco Bellini', 'Priya Raman']);
    assert.equal(s.hits.get('/a/1'), 1, 'an article linked from two feeds is fetched once');
    assert.equal(s.hits.get('/a/2'), 1);

    const stored = await feedsJson(db);
    assert.deepEqual(stored.map((f) => [f.url, f.kind, f.title, f.lastStatus, f.itemsSeen, f.itemsIngested]), [
      [feeds[0], 'rss', 'Loopback News', 'ok', 2, 2],
      [feeds[1], 'atom', 'Loopback Atom', 'ok', 1, 1],
      [feeds[2], 'json', 'Loopback JSON', 'ok', 1, 1],
    ]);
    assert.ok(stored.every((f) => f.etag && f.consecutiveFailures === 0 && Date.parse(f.nextPollAt) > Date.parse(f.lastPolledAt)));

    // A restart: the stored feeds are watched when none is named, and nothing is fetched or ingested again.
    const second = await cli(['watch', '--once', '--db', db, '--allow-private']);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /3 polls \(0 read, 3 not modified, 0 failed\); 0 new items, 0 ingested, 0 failed/);
    assert.deepEqual(s.ifNoneMatch.sort(), ['/atom.xml "atom-v1"', '/feed.json "json-v1"', '/rss.xml "rss-v1"']);
    assert.equal(s.hits.get('/a/1'), 1);
    assert.equal((await feedsJson(db)).every((f) => f.lastStatus === 'not-modified'), true);

    // The feed changes (new ETag, same items plus one): only the new item is ingested.
    s.routes.set('/rss.xml', conditional(rss(s.base, ['/a/1', '/a/2', '/a/3?utm_campaign=x']), 'application/rss+xml', '"rss-v2"'));
    const third = await cli(['watch', '--once', '--db', db, '--allow-private', '--quiet']);
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stdout, /0 new items, 0 ingested/, 'the new RSS item was already seen through the Atom feed');
    assert.equal(s.hits.get('/a/3'), 1);

    // Feeds named on the command line are the ones watched this time.
    const named = await cli(['watch', '--once', '--db', db, '--allow-private', '--quiet', feeds[2]]);
    assert.match(named.stdout, /^watch: 1 poll /);

    const table = await cli(['feeds', '--db', db]);
    assert.match(table.stdout, /Loopback Atom/);
    assert.match(table.stdout, /3 feeds\n$/);
    const removed = await cli(['feeds', 'remove', feeds[1], '--db', db]);
    assert.equal(removed.code, 0, removed.stderr);
    assert.equal((await feedsJson(db)).length, 2);
    const unknown = await cli(['feeds', 'remove', feeds[1], '--db', db]);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no watched feed/);
    assert.equal((await cli(['feeds', 'prune', '--db', db])).code, 2);
    assert.match((await cli(['feeds', '--csv', '--db', db])).stdout, /^url,title,kind,last polled,/);
  } finally {
    await s.close();
  }
});

test('broken and hostile feeds are reported and counted as failures while the other feeds go on', async () => {
  const s = await startServer();
  try {
    s.routes.set('/good.xml', conditional(rss(s.base, ['/a/3']), 'application/rss+xml', '"g"'));
    s.routes.set('/broken.xml', (_q, res) => res.end('<?xml version="1.0"?><rss><channel><item><title>unclosed</channel></rss>'));
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><rss><channel><title>&lol9;</title></channel></rss>`;
    s.routes.set('/bomb.xml', (_q, res) => res.end(bomb));
    s.routes.set('/huge.xml', (_q, res) => res.end(`<rss><channel>${'<item><title>x</title></item>'.repeat(20_000)}</channel></rss>`));
    s.routes.set('/html.xml', (_q, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html><body>not a feed</body></html>'); });
    s.routes.set('/busy.xml', (_q, res) => { res.writeHead(503, { 'retry-after': '7200' }); res.end(); });
    const db = dbIn('hostile.sqlite');
    const bad = ['/broken.xml', '/bomb.xml', '/huge.xml', '/html.xml', '/busy.xml'].map((p) => s.base + p);

    const r = await cli(['watch', '--once', '--allow-private', '--max-bytes', '200KB', '--db', db, s.base + '/good.xml', ...bad]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /6 polls \(1 read, 0 not modified, 5 failed\); 1 new items, 1 ingested/);
    assert.deepEqual(await movePeople(db), ['Lena Fischer']);
    const byUrl = new Map((await feedsJson(db)).map((f) => [f.url.replace(s.base, ''), f]));
    assert.match(byUrl.get('/broken.xml')!.lastError, /not well-formed XML at line 1/);
    assert.match(byUrl.get('/bomb.xml')!.lastError, /declares DTD entities/);
    assert.match(byUrl.get('/huge.xml')!.lastError, /too large/);
    assert.match(byUrl.get('/html.xml')!.lastError, /not a feed \(root element <html>/);
    assert.match(byUrl.get('/busy.xml')!.lastError, /HTTP 503/);
    for (const path of ['/broken.xml', '/bomb.xml', '/busy.xml']) assert.match(r.stderr, new RegExp(`${path}.*failed`));
    for (const f of byUrl.values()) {
      if (f.url.endsWith('/good.xml')) continue;
      assert.equal(f.lastStatus, 'failed');
      assert.equal(f.consecutiveFailures, 1);
      assert.equal(f.lastSuccessAt, null);
    }
    // Retry-After (2 h) outweighs the first backoff step (15 min ± 20 %).
    const busy = byUrl.get('/busy.xml')!;
    assert.ok(Date.parse(busy.nextPollAt) - Date.parse(busy.lastPolledAt) >= 7_200_000, busy.nextPollAt);
    const broken = byUrl.get('/broken.xml')!;
    assert.ok(Date.parse(broken.nextPollAt) - Date.parse(broken.lastPolledAt) < 7_200_000);

    const again = await cli(['watch', '--once', '--allow-private', '--max-bytes', '200KB', '--db', db]);
    assert.equal(again.code, 1);
    const after = new Map((await feedsJson(db)).map((f) => [f.url.replace(s.base, ''), f]));
    assert.equal(after.get('/broken.xml')!.consecutiveFailures, 2);
    assert.equal(after.get('/good.xml')!.consecutiveFailures, 0);
  } finally {
    await s.close();
  }
});

test('without --allow-private a loopback feed is refused and reported; an OPML file names feeds', async () => {
  const s = await startServer();
  try {
    s.routes.set('/good.xml', conditional(rss(s.base, ['/a/3']), 'application/rss+xml', '"g"'));
    const dir = tempDir();
    const opml = join(dir, 'subs.opml');
    writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body><outline text="news"><outline type="rss" text="good" xmlUrl="${s.base}/good.xml"/></outline></body></opml>`);
    const db = `sqlite:${join(dir, 'opml.sqlite')}`;
    const refused = await cli(['watch', '--once', '--db', db, opml]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /refused to fetch from loopback address 127\.0\.0\.1/);
    assert.equal(s.hits.get('/good.xml'), undefined, 'nothing was requested');
    const [feed] = await feedsJson(db);
    assert.equal(feed.url, `${s.base}/good.xml`);
    assert.match(feed.lastError, /refused/);

    const allowed = await cli(['watch', '--once', '--allow-private', '--db', db]);
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.deepEqual(await movePeople(db), ['Lena Fischer']);

    const missing = await cli(['watch', '--once', '--db', db, join(dir, 'nope.opml')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.opml/);
    const usage = await cli(['watch', '--once', '--interval', 'soon', '--db', db]);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--interval: expected an interval such as 90s, 15m/);
  } finally {
    await s.close();
  }
});

test('an item whose link fails is recorded, retried on later polls (even after a 304), then given up', async () => {
  const s = await startServer();
  try {
    s.routes.set('/rss.xml', conditional(rss(s.base, ['/gone', '/a/1']), 'application/rss+xml', '"v"'));
    const db = dbIn('retry.sqlite');
    const args = ['watch', '--once', '--allow-private', '--quiet', '--db', db, `${s.base}/rss.xml`];
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await cli(args)).code);
    assert.deepEqual(codes, [1, 1, 1, 0], 'three attempts fail, then the item is given up');
    assert.equal(s.hits.get('/gone'), 3);
    assert.equal(s.hits.get('/a/1'), 1);
    const [feed] = await feedsJson(db);
    assert.equal(feed.itemsSeen, 2);
    assert.equal(feed.itemsIngested, 1);
    assert.equal(feed.consecutiveFailures, 0, 'item failures are not the feed failing');
  } finally {
    await s.close();
  }
});

test('an item without a link is ingested from its content, an enormous one cut to size', async () => {
  const s = await startServer();
  try {
    const filler = ' Separately, the weather stayed mild across the region.'.repeat(40_000); // ~2.2 MB
    s.routes.set('/feed.json', (_q, res) => res.end(JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'big', title: 'Google hires from Amazon', content_html: `<p>${CONTENT_ONLY}</p><p>${filler}</p>` },
        // The link is a PDF, which ingest cannot read: the feed's own text stands in for it.
        { id: 'pdf', url: `${s.base}/report.pdf`, title: 'Apple hires from Microsoft', content_text: ARTICLES['/a/3'][1] },
      ],
    })));
    s.routes.set('/report.pdf', (_q, res) => { res.writeHead(200, { 'content-type': 'application/pdf' }); res.end('%PDF-1.4 binary'); });
    const dir = tempDir();
    const db = `sqlite:${join(dir, 'content.sqlite')}`;
    const r = await cli(['watch', '--once', '--allow-private', '--db', db, `${s.base}/feed.json`]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await movePeople(db), ['Lena Fischer', 'Marco Bellini']);
    const moves = JSON.parse((await cli(['moves', '--json', '--db', db])).stdout) as Array<{ person: string; sources: Array<{ title: string; url: string | null }> }>;
    const bellini = moves.find((m) => m.person === 'Marco Bellini')!;
    assert.equal(bellini.sources[0].title, 'Google hires from Amazon');
    assert.equal(bellini.sources[0].url, null);
    assert.equal(moves.find((m) => m.person === 'Lena Fischer')!.sources[0].url, `${s.base}/report.pdf`);
    const sqlite = new Database(join(dir, 'content.sqlite'), { readonly: true });
    const { chars } = sqlite.prepare('select length(text) as chars from documents').get() as { chars: number };
    sqlite.close();
    assert.ok(chars < 300_000, `content was cut to at most 256 K characters, got ${chars}`);
  } finally {
    await s.close();
  }
});

test('watch without --once polls until SIGINT and stops gracefully', async () => {
  const s = await startServer();
  try {
    s.routes.set('/rss.xml', conditional(rss(s.base, ['/a/2']), 'application/rss+xml', '"v"'));
    const db = dbIn('loop.sqlite');
    const running = cli(['watch', '--allow-private', '--quiet', '--interval', '1h', '--db', db, `${s.base}/rss.xml`]);
    while (!s.hits.get('/a/2')) await new Promise((r) => setTimeout(r, 20));
    // The first round is done or finishing; the signal stops the loop instead of the process.
    let code: number | undefined;
    running.then((r) => { code = r.code; });
    while (code === undefined) {
      process.emit('SIGINT');
      await new Promise((r) => setTimeout(r, 50));
    }
    const result = await running;
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /1 poll .*1 ingested/);
    assert.deepEqual(await movePeople(db), ['Daniel Okafor']);
  } finally {
    await s.close();
  }
});

const pg = await postgresEngine();

test('watch keeps its state in PostgreSQL too: a restart ingests nothing twice', { skip: pg.skip }, async () => {
  const s = await startServer();
  await pg.setUp();
  try {
    s.routes.set('/rss.xml', conditional(rss(s.base, ['/a/1', '/a/2']), 'application/rss+xml', '"pg"'));
    s.routes.set('/feed.json', conditional(jsonFeed(s.base), 'application/feed+json', '"pg-json"'));
    const db = pg.url();
    const feeds = [`${s.base}/rss.xml`, `${s.base}/feed.json`];
    const first = await cli(['watch', '--once', '--allow-private', '--quiet', '--db', db, ...feeds]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /3 new items, 3 ingested, 0 failed/);
    const second = await cli(['watch', '--once', '--allow-private', '--quiet', '--db', db]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /2 not modified.*0 new items, 0 ingested/);
    assert.deepEqual(await movePeople(db), ['Daniel Okafor', 'Marco Bellini', 'Priya Raman']);
    assert.deepEqual((await feedsJson(db)).map((f) => [f.kind, f.itemsSeen, f.itemsIngested]), [['rss', 2, 2], ['json', 1, 1]]);
  } finally {
    await s.close();
    await pg.tearDown();
  }
});

test('items a watch ingests go through alert evaluation like any ingest', async () => {
  const s = await startServer();
  try {
    s.routes.set('/rss.xml', conditional(rss(s.base, ['/a/3']), 'application/rss+xml', '"v"'));
    const db = dbIn('alerts.sqlite');
    const rule = await cli(['alerts', 'add-rule', '--org', 'Microsoft', '--threshold', '1', '--window', '30', '--db', db]);
    assert.equal(rule.code, 0, rule.stderr);
    const r = await cli(['watch', '--once', '--allow-private', '--quiet', '--db', db, `${s.base}/rss.xml`]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /alert #\d+ .*Lena Fischer/);
  } finally {
    await s.close();
  }
});

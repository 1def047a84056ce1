/** The watcher with one loopback address counted as public, so redirects to private addresses can be refused as they would be in production. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyAddress } from '../ingest/index.ts';
import { defaultGazetteer } from '../orgs/index.ts';
import { openStore } from '../store/index.ts';
import { watchFeeds } from './index.ts';

/** 127.0.0.1 plays a public server; 127.0.0.2 and 10.x stay what they are. */
const internals = { classify: (a: string) => (a === '127.0.0.1' ? null : classifyAddress(a)) };

const article = '<html><head><title>Apple hires</title></head><body><article><p>Apple has hired Lena Fischer, a researcher who spent three years at Microsoft, the company said.</p></article></body></html>';

/** A loopback server answering `handle` (given its own port) and an empty store of its own. */
async function serveFeeds(handle: (req: IncomingMessage, res: ServerResponse, port: number) => void) {
  let port = 0;
  const server: Server = createServer((req, res) => handle(req, res, port));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  const store = await openStore(`sqlite:${join(mkdtempSync(join(tmpdir(), 'poachwatch-feeds-')), 'w.sqlite')}`);
  return { port, store, close: async () => { await store.close(); server.close(); } };
}

test('a feed or an item link that redirects to a private address is refused and reported; the rest is ingested', async () => {
  const hits: string[] = [];
  const { port, store, close } = await serveFeeds((req, res, port) => {
    hits.push(req.url ?? '');
    const feed = (links: string[]) => `<rss><channel><title>t</title>${links.map((l) => `<item><link>${l}</link></item>`).join('')}</channel></rss>`;
    if (req.url === '/to-private.xml') res.writeHead(302, { location: `http://127.0.0.2:${port}/rss.xml` }).end();
    else if (req.url === '/rss.xml') res.end(feed([`http://127.0.0.1:${port}/hop`, `http://10.1.2.3/secret`, `http://127.0.0.1:${port}/ok`]));
    else if (req.url === '/hop') res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    else if (req.url === '/ok') res.writeHead(200, { 'content-type': 'text/html' }).end(article);
    else res.writeHead(404).end();
  });
  try {
    await store.feeds.addFeed(`http://127.0.0.1:${port}/to-private.xml`);
    await store.feeds.addFeed(`http://127.0.0.1:${port}/rss.xml`);
    const report = await watchFeeds({ store, gazetteer: defaultGazetteer(), ingest: { timeoutMs: 5000 }, internals, defaultIntervalMs: 60_000, once: true });
    const [redirected, rss] = report.polls;
    assert.equal(redirected.status, 'failed');
    assert.match(redirected.error!, /refused to fetch from loopback address 127\.0\.0\.2 after a redirect/);
    assert.equal(rss.status, 'ok');
    assert.equal(rss.ingested, 1);
    assert.deepEqual(rss.failures.map((f) => [f.code, f.source.replace(String(port), 'PORT')]), [
      ['refused-address', 'http://127.0.0.1:PORT/hop'],
      ['refused-address', 'http://10.1.2.3/secret'],
    ]);
    assert.match(rss.failures[0].reason, /link-local address 169\.254\.169\.254 .*after a redirect/);
    assert.deepEqual(hits.sort(), ['/hop', '/ok', '/rss.xml', '/to-private.xml'], 'no request reached a refused address');
    assert.equal((await store.listMoves()).length, 1);
  } finally {
    await close();
  }
});

test('a feed that moved for good (301) is still read, and `feeds` says where it went; a temporary move is not recorded', async () => {
  const { port, store, close } = await serveFeeds((req, res, port) => {
    const rss = '<rss><channel><title>moved</title></channel></rss>';
    if (req.url === '/old.xml') res.writeHead(301, { location: `http://127.0.0.1:${port}/new.xml` }).end();
    else if (req.url === '/for-now.xml') res.writeHead(302, { location: `http://127.0.0.1:${port}/new.xml` }).end();
    else if (req.url === '/new.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss);
    else res.writeHead(404).end();
  });
  try {
    await store.feeds.addFeed(`http://127.0.0.1:${port}/old.xml`);
    await store.feeds.addFeed(`http://127.0.0.1:${port}/for-now.xml`);
    const report = await watchFeeds({ store, gazetteer: defaultGazetteer(), ingest: { timeoutMs: 5000 }, internals, defaultIntervalMs: 60_000, once: true });
    assert.deepEqual(report.polls.map((p) => p.status), ['ok', 'ok']);
    const feeds = new Map((await store.feeds.listFeeds()).map((f) => [f.url.replace(String(port), 'PORT'), f.movedTo?.replace(String(port), 'PORT') ?? null]));
    assert.deepEqual(Object.fromEntries(feeds), { 'http://127.0.0.1:PORT/old.xml': 'http://127.0.0.1:PORT/new.xml', 'http://127.0.0.1:PORT/for-now.xml': null });
  } finally {
    await close();
  }
});

test('the loop polls when feeds are due, backs off after failures and stops when aborted', async () => {
  let polls = 0;
  const server: Server = createServer((_req, res) => {
    polls++;
    res.writeHead(500).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
  const store = await openStore(`sqlite:${join(mkdtempSync(join(tmpdir(), 'poachwatch-feeds-')), 'loop.sqlite')}`);
  try {
    await store.feeds.addFeed(url);
    // A fake clock that jumps to the next due time after each poll; the interval is a minute and failures double it.
    let now = Date.parse('2025-08-01T00:00:00Z');
    const stop = new AbortController();
    const nextDelays: number[] = [];
    const report = await watchFeeds({
      store, gazetteer: defaultGazetteer(), ingest: { allowPrivate: true }, defaultIntervalMs: 60_000,
      now: () => new Date(now), random: () => 0.5, maxSleepMs: 1,
      onPoll: (p) => {
        nextDelays.push(Date.parse(p.nextPollAt) - now);
        now = Date.parse(p.nextPollAt);
        if (nextDelays.length === 4) stop.abort();
      },
      signal: stop.signal,
    });
    assert.equal(report.rounds, 4);
    assert.deepEqual(nextDelays, [60_000, 120_000, 240_000, 480_000]);
    assert.equal(polls, 4);
    const [feed] = await store.feeds.listFeeds();
    assert.equal(feed.consecutiveFailures, 4);
    assert.match(feed.lastError!, /HTTP 500/);
  } finally {
    await store.close();
    server.close();
  }
});

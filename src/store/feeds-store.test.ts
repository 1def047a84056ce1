/** The feed store on both engines: feeds with their health, seen items and their dedup keys, retries. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { postgresEngine, sqliteEngine, type ContractEngine } from './_contract-engines.ts';
import type { NewSeenItem, Store } from './index.ts';

const engines: ContractEngine[] = [sqliteEngine(), await postgresEngine()];

for (const engine of engines) {
  describe(`feed store on ${engine.name}`, { skip: engine.skip }, () => {
    let store: Store;
    before(async () => {
      await engine.setUp();
      store = await engine.openEmpty();
    });
    after(async () => {
      await store?.close();
      await engine.tearDown();
    });

    it('adds feeds once, records polls with counters, lists and removes them', async () => {
      const t0 = new Date('2025-08-01T00:00:00Z');
      const a = await store.feeds.addFeed('https://a.example/rss', { now: t0 });
      const again = await store.feeds.addFeed('https://a.example/rss', { intervalSeconds: 600 });
      assert.equal(again.id, a.id);
      assert.equal(again.intervalSeconds, 600);
      await store.feeds.addFeed('https://b.example/atom');
      assert.deepEqual(a, {
        id: a.id, url: 'https://a.example/rss', title: null, kind: null, intervalSeconds: null, etag: null, lastModified: null, movedTo: null,
        addedAt: '2025-08-01T00:00:00.000Z', lastPolledAt: null, lastStatus: null, lastError: null, lastSuccessAt: null,
        consecutiveFailures: 0, nextPollAt: null, itemsSeen: 0, itemsIngested: 0,
      });
      const poll = { lastPolledAt: '2025-08-01T00:00:00.000Z', nextPollAt: '2025-08-01T00:15:00.000Z' };
      await store.feeds.recordPoll(a.id, { ...poll, title: 'A', kind: 'rss', etag: '"v1"', lastModified: 'Fri, 01 Aug 2025 00:00:00 GMT', movedTo: 'https://a.example/feed', lastStatus: 'ok', lastError: null, lastSuccessAt: poll.lastPolledAt, consecutiveFailures: 0, addItemsSeen: 5, addItemsIngested: 4 });
      await store.feeds.recordPoll(a.id, { ...poll, lastStatus: 'failed', lastError: 'HTTP 500', consecutiveFailures: 1, addItemsSeen: 2, addItemsIngested: 1 });
      const got = (await store.feeds.getFeed('https://a.example/rss'))!;
      assert.deepEqual([got.title, got.kind, got.etag, got.movedTo, got.lastStatus, got.lastError, got.lastSuccessAt, got.consecutiveFailures, got.itemsSeen, got.itemsIngested, got.intervalSeconds],
        ['A', 'rss', '"v1"', 'https://a.example/feed', 'failed', 'HTTP 500', poll.lastPolledAt, 1, 7, 5, 600], 'a failed poll keeps what the last answer said');
      assert.deepEqual((await store.feeds.listFeeds()).map((f) => f.url), ['https://a.example/rss', 'https://b.example/atom']);
      assert.equal(await store.feeds.removeFeed('https://b.example/atom'), true);
      assert.equal(await store.feeds.removeFeed('https://b.example/atom'), false);
      assert.equal(await store.feeds.getFeed('https://b.example/atom'), null);
    });

    it('keeps seen items unique by link key and by guid key, finds them by either, and tracks attempts', async () => {
      const feed = await store.feeds.addFeed('https://c.example/feed.json');
      const item = (n: number, extra: Partial<NewSeenItem> = {}): NewSeenItem => ({
        feedId: feed.id, linkKey: `c.example/${n}`, guidKey: `tag:c,${n}`, link: `https://c.example/${n}`, title: `t${n}`,
        source: `https://c.example/${n}`, firstSeenAt: '2025-08-01T00:00:00.000Z', ...extra,
      });
      const added = await store.feeds.addSeenItems([item(1), item(2), item(3, { linkKey: null, link: null, source: 'https://c.example/feed.json#3' })]);
      assert.deepEqual(added.map((s) => [s.source, s.status, s.attempts]), [
        ['https://c.example/1', 'pending', 0], ['https://c.example/2', 'pending', 0], ['https://c.example/feed.json#3', 'pending', 0],
      ]);
      // The same link under another guid, or the same guid under another link: both already taken.
      const dup = await store.feeds.addSeenItems([item(1, { guidKey: 'tag:c,99' }), item(4, { guidKey: 'tag:c,2' }), item(5)]);
      assert.deepEqual(dup.map((s) => s.source), ['https://c.example/5']);
      const found = await store.feeds.findSeenItems({ linkKeys: ['c.example/1', 'nope'], guidKeys: ['tag:c,3', 'tag:c,1'] });
      assert.deepEqual(found.map((s) => s.title).sort(), ['t1', 't3']);

      await store.feeds.recordItemAttempts([
        { id: added[0].id, status: 'ingested', error: null, at: '2025-08-01T00:01:00.000Z' },
        { id: added[1].id, status: 'failed', error: 'HTTP 404', at: '2025-08-01T00:01:00.000Z' },
      ]);
      let retry = await store.feeds.listRetryableItems(feed.id, 2);
      assert.deepEqual(retry.map((s) => [s.source, s.status, s.attempts, s.lastError]), [
        ['https://c.example/2', 'failed', 1, 'HTTP 404'], ['https://c.example/5', 'pending', 0, null],
      ], 'ingested items and items without a link are not retried from the store');
      await store.feeds.recordItemAttempts([{ id: added[1].id, status: 'failed', error: 'HTTP 404', at: '2025-08-01T00:02:00.000Z' }]);
      retry = await store.feeds.listRetryableItems(feed.id, 2);
      assert.deepEqual(retry.map((s) => s.source), ['https://c.example/5']);
    });

    it('seen items outlive their feed, so re-adding it ingests nothing twice', async () => {
      const feed = await store.feeds.addFeed('https://d.example/rss');
      await store.feeds.addSeenItems([{ feedId: feed.id, linkKey: 'd.example/1', guidKey: null, link: 'https://d.example/1', title: null, source: 'https://d.example/1', firstSeenAt: '2025-08-01T00:00:00.000Z' }]);
      await store.feeds.removeFeed(feed.url);
      await store.feeds.addFeed(feed.url);
      assert.equal((await store.feeds.findSeenItems({ linkKeys: ['d.example/1'], guidKeys: [] })).length, 1);
    });
  });
}

/** One feed's poll up to the point of ingesting: conditional fetch, parse, dedup against every item seen before. */
import { createHash } from 'node:crypto';
import type { FetchInternals, IngestOptions } from '../ingest/index.ts';
import type { FeedRecord, NewSeenItem, SeenItem, Store } from '../store/index.ts';
import { describeFailure } from '../pipeline.ts';
import type { FeedItem, FeedKind } from './feed-types.ts';
import { fetchFeed } from './fetch-feed.ts';
import { guidKey, linkKey, normalizeLink } from './normalize-link.ts';
import { parseFeed } from './parse-feed.ts';
import type { ItemToIngest } from './read-feed-items.ts';

export interface PollOptions {
  store: Store;
  ingest: IngestOptions;
  /** Interval for feeds without their own. */
  defaultIntervalMs: number;
  /** Address classification override, for tests that need a loopback address to count as public. */
  internals?: FetchInternals;
  /** Attempts per item before it is given up (default 3). */
  maxItemAttempts?: number;
  now?: () => Date;
}

/** An item of this poll on its way to runIngest, with the seen-item row it updates. */
export interface PendingItem extends ItemToIngest {
  seen: SeenItem;
}

/** What a poll found before ingesting; `status` 'failed' means the feed itself failed (fetch or parse). */
export interface PreparedPoll {
  feed: FeedRecord;
  startedAt: Date;
  status: 'ok' | 'not-modified' | 'failed';
  error: string | null;
  errorCode: string | null;
  retryAfterMs: number | null;
  /** Cache-Control max-age or RSS ttl: the soonest the publisher wants another request. */
  minIntervalMs: number | null;
  kind: FeedKind | null;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Where the feed has moved for good (a 301 or 308), when it has. */
  movedTo: string | null;
  /** Items in the document. */
  items: number;
  /** Items never seen before in any feed. */
  newItems: number;
  problems: string[];
  toIngest: PendingItem[];
}

export const DEFAULT_MAX_ITEM_ATTEMPTS = 3;

/**
 * Fetches and reads one feed, records its unseen items as pending, and returns them (with this
 * feed's earlier items still to retry) for ingestion. Never throws for the feed's own faults:
 * they come back as status 'failed' with the reason.
 */
export async function preparePoll(feed: FeedRecord, opts: PollOptions): Promise<PreparedPoll> {
  const startedAt = (opts.now ?? (() => new Date()))();
  const result: PreparedPoll = {
    feed, startedAt, status: 'failed', error: null, errorCode: null, retryAfterMs: null, minIntervalMs: null,
    kind: null, title: null, etag: null, lastModified: null, movedTo: null, items: 0, newItems: 0, problems: [], toIngest: [],
  };
  let parsed: { kind: FeedKind; title: string | null; items: FeedItem[]; ttlSeconds: number | null; problems: string[] } | null = null;
  try {
    const res = await fetchFeed(feed.url, { etag: feed.etag, lastModified: feed.lastModified }, opts.ingest, opts.internals, startedAt);
    if (res.status === 'throttled') {
      result.error = res.error.message;
      result.errorCode = res.error.code;
      result.retryAfterMs = res.retryAfterMs;
      return result;
    }
    result.minIntervalMs = res.maxAgeMs;
    result.movedTo = res.movedTo;
    if (res.status === 'not-modified') {
      result.status = 'not-modified';
    } else {
      parsed = parseFeed(res.bytes, { source: feed.url, contentType: res.contentType });
      result.status = 'ok';
      result.etag = res.etag;
      result.lastModified = res.lastModified;
      result.kind = parsed.kind;
      result.title = parsed.title;
      result.items = parsed.items.length;
      result.problems = parsed.problems;
      if (parsed.ttlSeconds) result.minIntervalMs = Math.max(result.minIntervalMs ?? 0, parsed.ttlSeconds * 1000);
    }
  } catch (error) {
    const { reason, code } = describeFailure(error);
    result.error = reason;
    result.errorCode = code;
    return result;
  }
  const maxAttempts = opts.maxItemAttempts ?? DEFAULT_MAX_ITEM_ATTEMPTS;
  const fromDocument = parsed ? await recordNewItems(feed, parsed.items, startedAt, maxAttempts, opts.store, result) : [];
  // Earlier items of this feed whose link failed (or whose ingest never finished) are tried again,
  // even when the feed did not change (304) or no longer lists them.
  const retries = await opts.store.feeds.listRetryableItems(feed.id, maxAttempts);
  const byId = new Map(fromDocument.map((p) => [p.seen.id, p]));
  for (const seen of retries) {
    if (!byId.has(seen.id)) byId.set(seen.id, { seen, source: seen.source, link: seen.link, content: null, title: seen.title, published: null });
  }
  result.toIngest = [...byId.values()];
  return result;
}

/** Dedups the document's items against each other and the store; stores the new ones as pending. */
async function recordNewItems(feed: FeedRecord, items: FeedItem[], now: Date, maxAttempts: number, store: Store, result: PreparedPoll): Promise<PendingItem[]> {
  const candidates: Array<{ item: FeedItem; row: NewSeenItem }> = [];
  const taken = new Set<string>();
  items.forEach((item, i) => {
    const row = seenRowFor(item, feed, now);
    if (!row) {
      result.problems.push(`items[${i}]: neither a link nor content; skipped`);
      return;
    }
    const keys = [row.linkKey, row.guidKey].filter((k): k is string => k !== null);
    if (keys.some((k) => taken.has(k))) return;
    keys.forEach((k) => taken.add(k));
    candidates.push({ item, row });
  });
  const seen = await store.feeds.findSeenItems({
    linkKeys: candidates.flatMap((c) => (c.row.linkKey ? [c.row.linkKey] : [])),
    guidKeys: candidates.flatMap((c) => (c.row.guidKey ? [c.row.guidKey] : [])),
  });
  const seenByKey = new Map<string, SeenItem>();
  for (const s of seen) {
    if (s.linkKey) seenByKey.set(`l:${s.linkKey}`, s);
    if (s.guidKey) seenByKey.set(`g:${s.guidKey}`, s);
  }
  const pending: PendingItem[] = [];
  const fresh: Array<{ item: FeedItem; row: NewSeenItem }> = [];
  for (const c of candidates) {
    const known = (c.row.linkKey && seenByKey.get(`l:${c.row.linkKey}`)) || (c.row.guidKey && seenByKey.get(`g:${c.row.guidKey}`));
    if (!known) {
      fresh.push(c);
      continue;
    }
    // A content-only item can only be retried while its feed still carries the content.
    const retryable = known.feedId === feed.id && !known.link && (known.status === 'pending' || known.status === 'failed') && known.attempts < maxAttempts;
    if (retryable) pending.push(toPending(known, c.item));
  }
  const added = await store.feeds.addSeenItems(fresh.map((f) => f.row));
  result.newItems = added.length;
  const itemBySource = new Map(fresh.map((f) => [f.row.source, f.item]));
  for (const s of added) pending.push(toPending(s, itemBySource.get(s.source)!));
  return pending;
}

function toPending(seen: SeenItem, item: FeedItem): PendingItem {
  return { seen, source: seen.source, link: item.link, content: item.content, title: item.title, published: item.published };
}

/**
 * The seen-item row for a feed item: keyed by its normalised link and its guid. An item without a
 * link is stored under `<feed URL>#<guid>` (or a hash of its content when it has no guid either).
 */
function seenRowFor(item: FeedItem, feed: FeedRecord, now: Date): NewSeenItem | null {
  const normal = item.link ? normalizeLink(item.link) : null;
  if (!normal && !item.content) return null;
  const id = item.guid ?? (normal ? null : `sha256:${hashContent(item)}`);
  return {
    feedId: feed.id,
    linkKey: item.link ? linkKey(item.link) : null,
    guidKey: id ? guidKey(id, feed.url) : null,
    link: normal ? item.link : null,
    title: item.title,
    source: normal ?? `${feed.url}#${id}`,
    firstSeenAt: now.toISOString(),
  };
}

function hashContent(item: FeedItem): string {
  const body = item.content ? ('html' in item.content ? item.content.html : item.content.text) : '';
  return createHash('sha256').update(`${item.title ?? ''}\n${body}`).digest('hex').slice(0, 32);
}

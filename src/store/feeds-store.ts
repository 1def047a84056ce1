/** Watched feeds, their conditional-request state and health, and the items already seen. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, Engine } from './schema.ts';
import type { FeedItemTable, FeedTable } from './schema-feeds.ts';

/** A watched feed as the watcher and `poachwatch feeds` see it. Times are ISO 8601 strings. */
export interface FeedRecord {
  id: number;
  url: string;
  title: string | null;
  kind: 'rss' | 'atom' | 'json' | null;
  /** This feed's own interval; null: the watcher's default. */
  intervalSeconds: number | null;
  etag: string | null;
  lastModified: string | null;
  /** Where the feed's URL redirects for good (301/308) as of its last answer: subscribe there instead. */
  movedTo: string | null;
  addedAt: string;
  lastPolledAt: string | null;
  lastStatus: 'ok' | 'not-modified' | 'failed' | null;
  lastError: string | null;
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  nextPollAt: string | null;
  itemsSeen: number;
  itemsIngested: number;
}

/** What one poll changes on a feed; counters are added to, not replaced. */
export interface FeedPollUpdate {
  title?: string | null;
  kind?: FeedRecord['kind'];
  etag?: string | null;
  lastModified?: string | null;
  movedTo?: string | null;
  lastPolledAt: string;
  lastStatus: NonNullable<FeedRecord['lastStatus']>;
  lastError: string | null;
  lastSuccessAt?: string;
  consecutiveFailures: number;
  nextPollAt: string;
  addItemsSeen?: number;
  addItemsIngested?: number;
}

export type SeenItemStatus = 'pending' | 'ingested' | 'failed' | 'gave-up';

export interface SeenItem {
  id: number;
  feedId: number;
  linkKey: string | null;
  guidKey: string | null;
  link: string | null;
  title: string | null;
  /** The document source the item is ingested as. */
  source: string;
  firstSeenAt: string;
  status: SeenItemStatus;
  attempts: number;
  lastError: string | null;
  lastAttemptAt: string | null;
}

export interface ItemAttempt { id: number; status: SeenItemStatus; error: string | null; at: string }

export type NewSeenItem = Omit<SeenItem, 'id' | 'status' | 'attempts' | 'lastError' | 'lastAttemptAt'>;

export interface FeedStore {
  /** Adds a feed, or returns the one with this URL; a given interval replaces the stored one. */
  addFeed(url: string, opts?: { intervalSeconds?: number; now?: Date }): Promise<FeedRecord>;
  listFeeds(): Promise<FeedRecord[]>;
  getFeed(url: string): Promise<FeedRecord | null>;
  /** Removes the feed; its seen items stay, so adding it back ingests nothing twice. */
  removeFeed(url: string): Promise<boolean>;
  recordPoll(feedId: number, update: FeedPollUpdate): Promise<void>;
  /** Seen items matching any of these normalised links or guid keys (any feed). */
  findSeenItems(keys: { linkKeys: string[]; guidKeys: string[] }): Promise<SeenItem[]>;
  /** Records items as pending; returns them with their ids. Items whose keys are already taken are skipped. */
  addSeenItems(items: NewSeenItem[]): Promise<SeenItem[]>;
  /** Items of this feed still to try: pending or failed, with fewer than `maxAttempts` attempts, that have a link. */
  listRetryableItems(feedId: number, maxAttempts: number): Promise<SeenItem[]>;
  /** Records one attempt per item (attempts + 1, the new status and error), in one transaction. */
  recordItemAttempts(attempts: ItemAttempt[]): Promise<void>;
}

// Lookups by many keys go in chunks, so that a feed with thousands of items stays under the engines' parameter limits.
const KEY_CHUNK = 400;

export class KyselyFeedStore implements FeedStore {
  readonly #db: Kysely<Database>;
  readonly #engine: Engine;

  constructor(db: Kysely<Database>, engine: Engine) {
    this.#db = db;
    this.#engine = engine;
  }

  async addFeed(url: string, opts: { intervalSeconds?: number; now?: Date } = {}): Promise<FeedRecord> {
    const existing = await this.getFeed(url);
    if (existing) {
      if (opts.intervalSeconds !== undefined && opts.intervalSeconds !== existing.intervalSeconds) {
        await this.#db.updateTable('feeds').set({ interval_s: opts.intervalSeconds }).where('id', '=', existing.id).execute();
        return { ...existing, intervalSeconds: opts.intervalSeconds };
      }
      return existing;
    }
    // Two watchers adding the same feed at once: the unique URL lets one insert win; the other reads it back.
    const insert = this.#db.insertInto('feeds').values({
      url,
      interval_s: opts.intervalSeconds ?? null,
      added_at: (opts.now ?? new Date()).toISOString(),
      consecutive_failures: 0,
      items_seen: 0,
      items_ingested: 0,
    });
    await insert.onConflict((oc) => oc.column('url').doNothing()).execute();
    const added = await this.getFeed(url);
    if (!added) throw new Error(`feed ${url} vanished after insert`);
    return added;
  }

  async listFeeds(): Promise<FeedRecord[]> {
    const rows = await this.#db.selectFrom('feeds').selectAll().orderBy('id').execute();
    return rows.map(toFeedRecord);
  }

  async getFeed(url: string): Promise<FeedRecord | null> {
    const row = await this.#db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
    return row ? toFeedRecord(row) : null;
  }

  async removeFeed(url: string): Promise<boolean> {
    const result = await this.#db.deleteFrom('feeds').where('url', '=', url).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async recordPoll(feedId: number, u: FeedPollUpdate): Promise<void> {
    await this.#db
      .updateTable('feeds')
      .set({
        ...(u.title !== undefined ? { title: u.title } : {}),
        ...(u.kind !== undefined ? { kind: u.kind } : {}),
        ...(u.etag !== undefined ? { etag: u.etag } : {}),
        ...(u.lastModified !== undefined ? { last_modified: u.lastModified } : {}),
        ...(u.lastSuccessAt !== undefined ? { last_success_at: u.lastSuccessAt } : {}),
        ...(u.movedTo !== undefined ? { moved_to: u.movedTo } : {}),
        last_polled_at: u.lastPolledAt,
        last_status: u.lastStatus,
        last_error: u.lastError,
        consecutive_failures: u.consecutiveFailures,
        next_poll_at: u.nextPollAt,
        items_seen: sql<number>`items_seen + ${u.addItemsSeen ?? 0}`,
        items_ingested: sql<number>`items_ingested + ${u.addItemsIngested ?? 0}`,
      })
      .where('id', '=', feedId)
      .execute();
  }

  async findSeenItems(keys: { linkKeys: string[]; guidKeys: string[] }): Promise<SeenItem[]> {
    const found = new Map<number, SeenItem>();
    for (const [column, values] of [['link_key', keys.linkKeys], ['guid_key', keys.guidKeys]] as const) {
      const unique = [...new Set(values)];
      for (let i = 0; i < unique.length; i += KEY_CHUNK) {
        const rows = await this.#db.selectFrom('feed_items').selectAll().where(column, 'in', unique.slice(i, i + KEY_CHUNK)).execute();
        for (const row of rows) found.set(row.id, toSeenItem(row));
      }
    }
    return [...found.values()];
  }

  async addSeenItems(items: NewSeenItem[]): Promise<SeenItem[]> {
    if (!items.length) return [];
    // One row at a time, so a key another watcher took meanwhile skips only that item; one
    // transaction, so a thousand-item feed is one commit.
    return this.#db.transaction().execute(async (trx) => {
      const added: SeenItem[] = [];
      for (const item of items) {
        const row = await trx
          .insertInto('feed_items')
          .values({
            feed_id: item.feedId,
            link_key: item.linkKey,
            guid_key: item.guidKey,
            link: item.link,
            title: item.title,
            source: item.source,
            first_seen_at: item.firstSeenAt,
            status: 'pending',
            attempts: 0,
          })
          .onConflict((oc) => oc.doNothing())
          .returningAll()
          .executeTakeFirst();
        if (row) added.push(toSeenItem(row));
      }
      return added;
    });
  }

  async listRetryableItems(feedId: number, maxAttempts: number): Promise<SeenItem[]> {
    const rows = await this.#db
      .selectFrom('feed_items')
      .selectAll()
      .where('feed_id', '=', feedId)
      .where('status', 'in', ['pending', 'failed'])
      .where('attempts', '<', maxAttempts)
      .where('link', 'is not', null)
      .orderBy('id')
      .execute();
    return rows.map(toSeenItem);
  }

  async recordItemAttempts(attempts: ItemAttempt[]): Promise<void> {
    if (!attempts.length) return;
    await this.#db.transaction().execute(async (trx) => {
      for (const a of attempts) {
        await trx
          .updateTable('feed_items')
          .set({ status: a.status, last_error: a.error, last_attempt_at: a.at, attempts: sql<number>`attempts + 1` })
          .where('id', '=', a.id)
          .execute();
      }
    });
  }

  /** The engine this store runs on (both behave alike; kept for symmetry with the other sub-stores). */
  get engine(): Engine {
    return this.#engine;
  }
}

function toFeedRecord(row: Selectable<FeedTable>): FeedRecord {
  return {
    id: Number(row.id),
    url: row.url,
    title: row.title,
    kind: row.kind as FeedRecord['kind'],
    intervalSeconds: row.interval_s === null ? null : Number(row.interval_s),
    etag: row.etag,
    lastModified: row.last_modified,
    movedTo: row.moved_to,
    addedAt: row.added_at,
    lastPolledAt: row.last_polled_at,
    lastStatus: row.last_status as FeedRecord['lastStatus'],
    lastError: row.last_error,
    lastSuccessAt: row.last_success_at,
    consecutiveFailures: Number(row.consecutive_failures),
    nextPollAt: row.next_poll_at,
    itemsSeen: Number(row.items_seen),
    itemsIngested: Number(row.items_ingested),
  };
}

function toSeenItem(row: Selectable<FeedItemTable>): SeenItem {
  return {
    id: Number(row.id),
    feedId: Number(row.feed_id),
    linkKey: row.link_key,
    guidKey: row.guid_key,
    link: row.link,
    title: row.title,
    source: row.source,
    firstSeenAt: row.first_seen_at,
    status: row.status as SeenItemStatus,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    lastAttemptAt: row.last_attempt_at,
  };
}

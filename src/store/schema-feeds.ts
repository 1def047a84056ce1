/** Table shapes of migration 0004-feeds (moved_to: 0009). */
import type { Generated } from 'kysely';

/** A watched feed: where it is, its conditional-request validators, its schedule and health. Times are ISO strings. */
export interface FeedTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  /** 'rss' | 'atom' | 'json', known after the first successful poll. */
  kind: string | null;
  /** Poll interval of this feed in seconds; null: the watcher's default. */
  interval_s: number | null;
  etag: string | null;
  last_modified: string | null;
  /** The URL after the leading permanent redirects (301/308) at the last successful poll; null when none. */
  moved_to: string | null;
  added_at: string;
  last_polled_at: string | null;
  /** 'ok' (new content read), 'not-modified' (304), 'failed'. */
  last_status: string | null;
  last_error: string | null;
  last_success_at: string | null;
  consecutive_failures: number;
  next_poll_at: string | null;
  items_seen: number;
  items_ingested: number;
}

/**
 * An item seen in any feed, kept after its feed is removed so it is never ingested twice.
 * Dedup keys: the normalised link, and the guid (global when it is a URL, tag: or urn:, else scoped to the feed).
 */
export interface FeedItemTable {
  id: Generated<number>;
  feed_id: number;
  link_key: string | null;
  guid_key: string | null;
  /** The link as the feed gave it. */
  link: string | null;
  title: string | null;
  /** The document source the item was ingested as. */
  source: string;
  first_seen_at: string;
  /** 'pending' | 'ingested' | 'failed' | 'gave-up'. */
  status: string;
  attempts: number;
  last_error: string | null;
  last_attempt_at: string | null;
}

export interface FeedTables {
  feeds: FeedTable;
  feed_items: FeedItemTable;
}

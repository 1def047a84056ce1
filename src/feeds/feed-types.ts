/** The shapes feed reading produces: one parsed feed and its items, whatever the format. */

export type FeedKind = 'rss' | 'atom' | 'json';

/** The article content a feed carries for an item: HTML or plain text, already limited in size. */
export type FeedItemContent = { html: string } | { text: string };

export interface FeedItem {
  /** guid (RSS), id (Atom, JSON Feed), as given. */
  guid: string | null;
  /** The article's address, absolute (resolved against the feed's URL). */
  link: string | null;
  title: string | null;
  /** `YYYY-MM-DD` (UTC) from pubDate / published / updated / date_published. */
  published: string | null;
  content: FeedItemContent | null;
}

export interface ParsedFeed {
  kind: FeedKind;
  title: string | null;
  items: FeedItem[];
  /** RSS `<ttl>` in seconds: the publisher's minimum interval between polls. */
  ttlSeconds: number | null;
  /** Problems that cost single items (not the feed), as `path: message`, e.g. `items[3].url: expected a string`. */
  problems: string[];
}

/** Items beyond this many in one document are ignored (newest-first feeds lose only their oldest). */
export const MAX_FEED_ITEMS = 1000;
/** Item content (description, content:encoded, content_html) beyond this many characters is cut off. */
export const MAX_ITEM_CONTENT_CHARS = 256 * 1024;
/** Links, guids and titles beyond this are cut (links: refused as items without a link). */
export const MAX_LINK_CHARS = 2048;
export const MAX_TITLE_CHARS = 500;

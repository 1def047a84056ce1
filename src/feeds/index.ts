/** The feeds stage: reading RSS, Atom, JSON Feed and OPML, and the watcher that polls feeds and ingests their items. */
export { parseFeed } from './parse-feed.ts';
export { parseXmlFeed } from './parse-xml-feed.ts';
export { parseJsonFeed } from './parse-json-feed.ts';
export { parseOpml, readOpmlFile } from './read-opml.ts';
export { normalizeLink, linkKey, guidKey } from './normalize-link.ts';
export { planNextPoll, parseMaxAge, parseRetryAfter, MAX_BACKOFF_MS } from './plan-next-poll.ts';
export { fetchFeed, type FeedResponse } from './fetch-feed.ts';
export { preparePoll, DEFAULT_MAX_ITEM_ATTEMPTS, type PollOptions, type PreparedPoll } from './poll-feed.ts';
export { watchFeeds, pollRound, type WatchOptions, type WatchReport, type FeedPollReport } from './watch-feeds.ts';
export type { FeedItem, FeedItemContent, FeedKind, ParsedFeed } from './feed-types.ts';

/** Table shapes of migration 0004-feeds. */

export interface FeedTables {
}

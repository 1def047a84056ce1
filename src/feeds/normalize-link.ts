/** Item links in a canonical form, so the same article linked from two feeds (or twice, with tracking) is seen once. */

// Parameters that only say who sent the reader; the article is the same without them.
const TRACKING = /^(utm_[a-z0-9_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|cmpid|ocid|spm|__twitter_impression)$/i;

/**
 * The link without fragment, tracking parameters (utm_*, fbclid, gclid, …) and default port, with the
 * remaining parameters sorted; scheme and host lower-cased. Null for anything that is not an http(s) URL.
 * @example normalizeLink('HTTPS://News.example.com:443/a?utm_source=rss&id=3#top') // 'https://news.example.com/a?id=3'
 */
export function normalizeLink(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !TRACKING.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  return url.toString();
}

/**
 * The dedup key of a link: its normal form without the scheme, since feeds move from http to https
 * and keep linking the same articles. Null when the link is not an http(s) URL.
 */
export function linkKey(link: string): string | null {
  const normal = normalizeLink(link);
  return normal ? normal.replace(/^https?:\/\//, '') : null;
}

/**
 * The dedup key of a guid: URLs, tag: and urn: ids are global by design, so the same one in two feeds
 * is the same item; any other id ("1234") means something only within its own feed.
 */
export function guidKey(guid: string, feedUrl: string): string {
  const g = guid.trim();
  if (/^https?:\/\//i.test(g)) return `url:${linkKey(g) ?? g}`;
  if (/^(tag|urn):/i.test(g)) return g;
  return `${feedUrl}#${g}`;
}

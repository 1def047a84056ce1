/** One conditional feed request over the ingest stage's safe fetch: ETag / Last-Modified out, 304 and server pacing in. */
import type { IncomingHttpHeaders } from 'node:http';
import { InputError } from '../core/errors.ts';
import { fetchDocument, type FetchInternals, type IngestOptions } from '../ingest/index.ts';
import { parseMaxAge, parseRetryAfter } from './plan-next-poll.ts';

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

export type FeedResponse =
  | { status: 'fetched'; bytes: Uint8Array; contentType: string | null; url: string; movedTo: string | null; etag: string | null; lastModified: string | null; maxAgeMs: number | null }
  | { status: 'not-modified'; movedTo: string | null; maxAgeMs: number | null }
  /** 429 or 503: the server asks us to slow down; `retryAfterMs` when it says how much. */
  | { status: 'throttled'; error: InputError; retryAfterMs: number | null };

/**
 * Fetches `url` with If-None-Match / If-Modified-Since from the previous poll. Address checks,
 * redirects, size and time limits are fetchDocument's (`ingest`); its InputErrors pass through.
 */
export async function fetchFeed(
  url: string,
  validators: { etag: string | null; lastModified: string | null },
  ingest: IngestOptions,
  internals: FetchInternals = {},
  now: Date = new Date(),
): Promise<FeedResponse> {
  const headers: Record<string, string> = { accept: FEED_ACCEPT };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const res = await fetchDocument(url, ingest, internals, { headers, passStatus: (s) => s === 304 || s === 429 || s === 503 });
  const maxAgeMs = parseMaxAge(header(res.headers, 'cache-control') ?? undefined);
  if (res.status === 304) return { status: 'not-modified', movedTo: res.movedTo, maxAgeMs };
  if (res.status === 429 || res.status === 503) {
    const retryAfterMs = parseRetryAfter(header(res.headers, 'retry-after') ?? undefined, now);
    const when = retryAfterMs === null ? '' : ` (retry after ${Math.round(retryAfterMs / 1000)} s)`;
    return { status: 'throttled', retryAfterMs, error: new InputError('http-status', `${url}: HTTP ${res.status}${when}`, url) };
  }
  return {
    status: 'fetched',
    bytes: res.bytes,
    contentType: res.contentType,
    url: res.url,
    movedTo: res.movedTo,
    etag: header(res.headers, 'etag'),
    lastModified: header(res.headers, 'last-modified'),
    maxAgeMs,
  };
}

function header(headers: IncomingHttpHeaders, name: string): string | null {
  const v = headers[name];
  const one = Array.isArray(v) ? v[0] : v;
  // Validators are echoed back to the server; a hostile one cannot make us send kilobytes.
  return one && one.length <= 1024 ? one : null;
}

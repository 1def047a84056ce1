/** Feed bytes → ParsedFeed: decodes the text, then reads it as JSON Feed, RSS or Atom by what it is. */
import { InputError } from '../core/errors.ts';
import { decodeBytes } from '../ingest/decode-bytes.ts';
import type { ParsedFeed } from './feed-types.ts';
import { parseJsonFeed } from './parse-json-feed.ts';
import { parseXmlFeed } from './parse-xml-feed.ts';

/**
 * Reads a fetched feed. The format is chosen by content (a JSON object or XML), since servers
 * label feeds inconsistently. `source` (the feed URL) names the feed in errors and resolves relative links.
 * Throws InputError 'empty', 'encoding', 'bad-data' or 'unsupported'.
 */
export function parseFeed(bytes: Uint8Array, meta: { source: string; contentType?: string | null }): ParsedFeed {
  const { source } = meta;
  if (bytes.length === 0) throw new InputError('empty', `${source}: empty feed (0 bytes)`, source);
  const declared = xmlDeclaredCharset(bytes);
  const contentType = meta.contentType && /charset=/i.test(meta.contentType) ? meta.contentType : declared ? `text/xml; charset=${declared}` : meta.contentType;
  const text = decodeBytes(bytes, { source, contentType }).text.replace(/^\ufeff/, '');
  const start = text.trimStart();
  if (start.startsWith('{')) return parseJsonFeed(start, source);
  if (start.startsWith('<')) return parseXmlFeed(start, source);
  throw new InputError('unsupported', `${source}: not a feed (starts with "${start.slice(0, 20)}"; expected RSS or Atom XML, or a JSON Feed)`, source);
}

/** The `encoding` of an XML declaration, which decodeBytes would not look for. */
function xmlDeclaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const m = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(head);
  return m ? m[1].toLowerCase() : null;
}

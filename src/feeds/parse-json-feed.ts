/** JSON Feed 1.0/1.1 documents → ParsedFeed; the document is checked as `unknown`, every problem reported as `path: message`. */
import { InputError } from '../core/errors.ts';
import { absoluteLink, cleanGuid, cleanTitle, itemDate, limitContent } from './_item-fields.ts';
import { MAX_FEED_ITEMS, type FeedItem, type ParsedFeed } from './feed-types.ts';

/**
 * Reads a JSON Feed. A document that is not JSON, not an object, has no `version` naming
 * jsonfeed.org or no `items` list is refused (InputError 'bad-data', every problem listed);
 * an item with fields of the wrong type is left out and its problems returned in `problems`.
 * @example parseJsonFeed('{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[]}', 'https://x/feed.json')
 */
export function parseJsonFeed(text: string, source: string): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new InputError('bad-data', `${source}: not valid JSON (${truncate((cause as Error).message)}); expected a JSON Feed such as {"version": "https://jsonfeed.org/version/1.1", "items": [...]}`, source, { cause });
  }
  const problems: string[] = [];
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new InputError('bad-data', `${source}: expected a JSON Feed object, got ${describe(doc)}`, source);
  }
  const feed = doc as Record<string, unknown>;
  if (typeof feed.version !== 'string' || !/^https?:\/\/jsonfeed\.org\/version\//.test(feed.version)) {
    problems.push(`version: expected "https://jsonfeed.org/version/1.1", got ${describe(feed.version)}`);
  }
  if (!Array.isArray(feed.items)) problems.push(`items: expected a list, got ${describe(feed.items)}`);
  if (feed.title !== undefined && typeof feed.title !== 'string') problems.push(`title: expected a string, got ${describe(feed.title)}`);
  if (problems.length) throw new InputError('bad-data', `${source}: not a JSON Feed: ${problems.join('; ')}`, source);

  const rawItems = feed.items as unknown[];
  const items: FeedItem[] = [];
  rawItems.slice(0, MAX_FEED_ITEMS).forEach((raw, i) => {
    const item = readItem(raw, `items[${i}]`, source, problems);
    if (item) items.push(item);
  });
  if (rawItems.length > MAX_FEED_ITEMS) problems.push(`items: ${rawItems.length} items, only the first ${MAX_FEED_ITEMS} read`);
  return { kind: 'json', title: cleanTitle(feed.title as string | undefined), items, ttlSeconds: null, problems };
}

function readItem(raw: unknown, path: string, base: string, problems: string[]): FeedItem | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${path}: expected an object, got ${describe(raw)}`);
    return null;
  }
  const item = raw as Record<string, unknown>;
  const before = problems.length;
  const str = (key: string): string | null => {
    const v = item[key];
    if (v === undefined || v === null) return null;
    if (typeof v === 'string') return v;
    problems.push(`${path}.${key}: expected a string, got ${describe(v)}`);
    return null;
  };
  // The spec says id is a string; numbers are common enough in the wild to accept as written.
  const id = typeof item.id === 'number' && Number.isFinite(item.id) ? String(item.id) : str('id');
  const url = str('url');
  const externalUrl = str('external_url');
  const title = str('title');
  const html = str('content_html');
  const text = str('content_text');
  const summary = str('summary');
  const published = str('date_published') ?? str('date_modified');
  if (problems.length > before) return null;
  return {
    guid: cleanGuid(id),
    link: absoluteLink(url ?? externalUrl, base),
    title: cleanTitle(title),
    published: itemDate(published),
    content: limitContent(html ? { html } : text ? { text } : summary ? { text: summary } : null),
  };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${truncate(value)}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${truncate(String(value))}`;
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

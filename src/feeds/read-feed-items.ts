/** The reader runIngest uses for feed items: an item's linked article, fetched safely, or the content the feed carries. */
import { InputError } from '../core/errors.ts';
import type { Article } from '../core/types.ts';
import { articleFromBytes, fetchDocument, type FetchInternals, type IngestItem, type IngestOptions } from '../ingest/index.ts';
import type { FeedItemContent } from './feed-types.ts';

/** One item to ingest, keyed by the document source it is stored under. */
export interface ItemToIngest {
  source: string;
  /** Fetched when present; otherwise `content` is the article. */
  link: string | null;
  content: FeedItemContent | null;
  title: string | null;
  /** The feed's date for the item, used when the article states none. */
  published: string | null;
}

/**
 * Returns a `read` function for runIngest: each input is an ItemToIngest's source. Links go through
 * fetchDocument with the same limits and address checks as `ingest` (and `internals`, for tests).
 */
export function feedItemReader(items: Map<string, ItemToIngest>, internals: FetchInternals = {}) {
  return async function* readFeedItems(inputs: string[], ingest: IngestOptions = {}): AsyncGenerator<IngestItem> {
    for (const source of inputs) {
      const item = items.get(source);
      if (!item) {
        yield { ok: false, source, error: new InputError('bad-data', `${source}: not an item of this poll`, source) };
        continue;
      }
      try {
        yield { ok: true, article: await readItem(item, ingest, internals) };
      } catch (err) {
        if (err instanceof InputError) {
          yield { ok: false, source, error: err };
        } else {
          const message = err instanceof Error ? err.message : String(err);
          yield { ok: false, source, error: new InputError('bad-data', `${source}: could not be read (${message.split('\n')[0]})`, source, { cause: err }) };
        }
      }
    }
  };
}

async function readItem(item: ItemToIngest, ingest: IngestOptions, internals: FetchInternals): Promise<Article> {
  const opts: IngestOptions = { ...ingest, published: item.published ?? ingest.published };
  if (item.link) {
    const doc = await fetchDocument(item.link, ingest, internals);
    try {
      return articleFromBytes(doc.bytes, { source: item.source, url: doc.url, contentType: doc.contentType }, opts);
    } catch (err) {
      // A page with no readable text (a script-only page, a PDF) still has the feed's own copy of the story.
      if (!(err instanceof InputError && UNREADABLE.has(err.code) && item.content)) throw err;
      return articleFromContent(item, item.content, doc.url, opts);
    }
  }
  if (!item.content) throw new InputError('empty', `${item.source}: the item has neither a link nor content`, item.source);
  return articleFromContent(item, item.content, null, opts);
}

const UNREADABLE = new Set(['empty', 'unsupported', 'binary']);

function articleFromContent(item: ItemToIngest, content: FeedItemContent, url: string | null, opts: IngestOptions): Article {
  const html = 'html' in content ? content.html
    : content.text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p.trim())}</p>`).join('\n');
  // The feed's title becomes the document's, as a page's <title> would.
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(item.title ?? '')}</title></head><body><article>${html}</article></body></html>`;
  return articleFromBytes(new TextEncoder().encode(page), { source: item.source, url, contentType: 'text/html; charset=utf-8' }, opts);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

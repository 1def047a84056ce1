/** Finds a publication date in HTML meta tags (article:published_time, pubdate, DC.date, parsely-pub-date, …). */
import type { PartialDate } from '../core/types.ts';
import type { DomDocument } from './_dom.ts';
import { parseDateString } from './parse-date-string.ts';

/** The attributes of one `<meta>` that name it and carry its value. */
export interface MetaTag {
  property?: string | null;
  name?: string | null;
  itemprop?: string | null;
  'http-equiv'?: string | null;
  content?: string | null;
}

// Most specific first: a page may carry both article:published_time and a generic "date".
const PUBLISHED_NAMES = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published',
  'datepublished', 'published_time', 'publish_date', 'publish-date', 'publishdate', 'pubdate',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dc.date.created', 'dcterms.created', 'citation_publication_date', 'citation_date', 'og:regdate',
  'article.published', 'original-publish-date', 'date', 'release_date',
];
const NAMING_ATTRS = ['property', 'name', 'itemprop', 'http-equiv'] as const;

/** Returns the date the page's meta tags (or an `itemprop="datePublished"` element) give, or null. */
export function findMetaDate(doc: DomDocument): PartialDate | null {
  const tags: MetaTag[] = [];
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const tag: MetaTag = { content: metas[i].getAttribute('content') };
    for (const attr of NAMING_ATTRS) tag[attr] = metas[i].getAttribute(attr);
    tags.push(tag);
  }
  const marked = doc.querySelector('[itemprop="datePublished"]');
  const itemProp = marked ? marked.getAttribute('content') ?? marked.getAttribute('datetime') ?? marked.textContent ?? '' : null;
  return pickMetaDate(tags, itemProp);
}

/**
 * Returns the date of the most specific publication meta tag among `tags`, else the date of `itemProp`
 * (the value of the first `itemprop="datePublished"` element), else null. Shared by the DOM and the streaming reader.
 */
export function pickMetaDate(tags: Iterable<MetaTag>, itemProp: string | null): PartialDate | null {
  const values = new Map<string, string>();
  for (const tag of tags) {
    if (!tag.content) continue;
    for (const attr of NAMING_ATTRS) {
      const key = tag[attr]?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, tag.content);
    }
  }
  for (const name of PUBLISHED_NAMES) {
    const value = values.get(name);
    const date = value ? parseDateString(value) : null;
    if (date) return date;
  }
  return itemProp === null ? null : parseDateString(itemProp);
}

/** Finds a publication date in HTML meta tags (article:published_time, pubdate, DC.date, parsely-pub-date, …). */
import type { PartialDate } from '../core/types.ts';
import type { DomDocument } from './_dom.ts';
import { parseDateString } from './parse-date-string.ts';

// Most specific first: a page may carry both article:published_time and a generic "date".
const PUBLISHED_NAMES = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published',
  'datepublished', 'published_time', 'publish_date', 'publish-date', 'publishdate', 'pubdate',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dc.date.created', 'dcterms.created', 'citation_publication_date', 'citation_date', 'og:regdate',
  'article.published', 'original-publish-date', 'date', 'release_date',
];

/** Returns the date the page's meta tags (or an `itemprop="datePublished"` element) give, or null. */
export function findMetaDate(doc: DomDocument): PartialDate | null {
  const values = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i];
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  for (const name of PUBLISHED_NAMES) {
    const value = values.get(name);
    const date = value ? parseDateString(value) : null;
    if (date) return date;
  }
  const marked = doc.querySelector('[itemprop="datePublished"]');
  if (marked) {
    const value = marked.getAttribute('content') ?? marked.getAttribute('datetime') ?? marked.textContent ?? '';
    return parseDateString(value);
  }
  return null;
}

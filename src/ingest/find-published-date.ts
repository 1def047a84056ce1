/** Finds a document's publication date: meta tags, JSON-LD, `<time>`, then a dateline in the text. */
import type { PartialDate } from '../core/types.ts';
import type { DomDocument } from './_dom.ts';
import { findDateline } from './find-dateline.ts';
import { findJsonLdDate, pickJsonLdDate } from './find-json-ld-date.ts';
import { findMetaDate, pickMetaDate, type MetaTag } from './find-meta-date.ts';
import { findTimeDate, pickTimeDate, type TimeStamp } from './find-time-date.ts';

export type PublishedFrom = 'meta' | 'jsonld' | 'time' | 'dateline' | 'cli';

export interface PublishedDate {
  date: PartialDate;
  from: PublishedFrom;
}

/** What a streaming pass over an HTML page gathers for dating it, in page order. */
export interface HtmlDateSources {
  metas: MetaTag[];
  /** `content`, `datetime` or text of the first non-meta `itemprop="datePublished"` element. */
  itemProp: string | null;
  /** Contents of `<script type="application/ld+json">` blocks. */
  jsonLd: string[];
  times: TimeStamp[];
}

/**
 * Returns the publication date and where it was found, or null. Pass the HTML document (before
 * readability alters it) or, for a page read without a DOM, what the streaming pass gathered, and the
 * main text for a dateline. Markup wins over the text, in the order meta, JSON-LD, `<time>`.
 * @example findPublishedDate({ text: '제목\n\n입력 2025.08.14 09:12\n\n본문' }) // { date: '2025-08-14', from: 'dateline' }
 */
export function findPublishedDate(input: { document?: DomDocument | null; html?: HtmlDateSources | null; text?: string | null }): PublishedDate | null {
  const doc = input.document;
  const html = input.html;
  if (html) {
    const meta = pickMetaDate(html.metas, html.itemProp);
    if (meta) return { date: meta, from: 'meta' };
    const jsonld = pickJsonLdDate(html.jsonLd);
    if (jsonld) return { date: jsonld, from: 'jsonld' };
    const time = pickTimeDate(html.times);
    if (time) return { date: time, from: 'time' };
  } else if (doc) {
    const meta = findMetaDate(doc);
    if (meta) return { date: meta, from: 'meta' };
    const jsonld = findJsonLdDate(doc);
    if (jsonld) return { date: jsonld, from: 'jsonld' };
    const time = findTimeDate(doc);
    if (time) return { date: time, from: 'time' };
  }
  const dateline = input.text ? findDateline(input.text) : null;
  return dateline ? { date: dateline, from: 'dateline' } : null;
}

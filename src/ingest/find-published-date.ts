/** Finds a document's publication date: meta tags, JSON-LD, `<time>`, then a dateline in the text. */
import type { PartialDate } from '../core/types.ts';
import type { DomDocument } from './_dom.ts';
import { findDateline } from './find-dateline.ts';
import { findJsonLdDate } from './find-json-ld-date.ts';
import { findMetaDate } from './find-meta-date.ts';
import { findTimeDate } from './find-time-date.ts';

export type PublishedFrom = 'meta' | 'jsonld' | 'time' | 'dateline' | 'cli';

export interface PublishedDate {
  date: PartialDate;
  from: PublishedFrom;
}

/**
 * Returns the publication date and where it was found, or null. Pass the HTML document (before
 * readability alters it) when there is one, and the main text for a dateline.
 * @example findPublishedDate({ text: '제목\n\n입력 2025.08.14 09:12\n\n본문' }) // { date: '2025-08-14', from: 'dateline' }
 */
export function findPublishedDate(input: { document?: DomDocument | null; text?: string | null }): PublishedDate | null {
  const doc = input.document;
  if (doc) {
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

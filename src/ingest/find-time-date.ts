/** Finds a publication date in `<time datetime>` elements. */
import type { PartialDate } from '../core/types.ts';
import type { DomDocument, DomElement } from './_dom.ts';
import { parseDateString } from './parse-date-string.ts';

/** One `<time>` element: its `datetime` and whether the page marks it as the publication time. */
export interface TimeStamp {
  datetime: string | null;
  marked: boolean;
}

/**
 * Returns the date of the `<time>` marked as the publication time (`pubdate`, `itemprop="datePublished"`,
 * a class naming it published), else of the first `<time>` with a parseable `datetime`, else null.
 */
export function findTimeDate(doc: DomDocument): PartialDate | null {
  const times = Array.from(doc.querySelectorAll('time'), (el: DomElement) => ({
    datetime: el.getAttribute('datetime'),
    marked: isMarkedPublished((name) => el.getAttribute(name)),
  }));
  return pickTimeDate(times);
}

/** Picks the publication date from `<time>` elements in document order (shared by the DOM and the streaming reader). */
export function pickTimeDate(times: readonly TimeStamp[]): PartialDate | null {
  for (const stamp of [...times.filter((t) => t.marked), ...times]) {
    const date = stamp.datetime ? parseDateString(stamp.datetime) : null;
    if (date) return date;
  }
  return null;
}

/** Whether a `<time>` with these attributes is marked as the publication time. */
export function isMarkedPublished(attr: (name: string) => string | null | undefined): boolean {
  if (attr('pubdate') != null) return true;
  const prop = (attr('itemprop') ?? '').toLowerCase();
  const cls = (attr('class') ?? '').toLowerCase();
  return prop === 'datepublished' || cls.includes('publish');
}

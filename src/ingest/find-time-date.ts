/** Finds a publication date in `<time datetime>` elements. */
import type { PartialDate } from '../core/types.ts';
import type { DomDocument, DomElement } from './_dom.ts';
import { parseDateString } from './parse-date-string.ts';

/**
 * Returns the date of the `<time>` marked as the publication time (`pubdate`, `itemprop="datePublished"`,
 * a class naming it published), else of the first `<time>` with a parseable `datetime`, else null.
 */
export function findTimeDate(doc: DomDocument): PartialDate | null {
  const times = Array.from(doc.querySelectorAll('time'));
  const marked = times.filter(isMarkedPublished);
  for (const el of [...marked, ...times]) {
    const value = el.getAttribute('datetime');
    const date = value ? parseDateString(value) : null;
    if (date) return date;
  }
  return null;
}

function isMarkedPublished(el: DomElement): boolean {
  if (el.hasAttribute('pubdate')) return true;
  const prop = (el.getAttribute('itemprop') ?? '').toLowerCase();
  const cls = (el.getAttribute('class') ?? '').toLowerCase();
  return prop === 'datepublished' || cls.includes('publish');
}

/** Checks and limits shared by the XML and JSON feed readers: links, dates, titles, content size. */
import { MAX_ITEM_CONTENT_CHARS, MAX_LINK_CHARS, MAX_TITLE_CHARS, type FeedItemContent } from './feed-types.ts';

/** An absolute http(s) link, resolved against `base`; null for anything else (javascript:, data:, garbage). */
export function absoluteLink(value: string | null | undefined, base: string): string | null {
  const v = value?.trim();
  if (!v || v.length > MAX_LINK_CHARS) return null;
  try {
    const url = new URL(v, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** `YYYY-MM-DD` in UTC from an RFC 822 or ISO 8601 date; null when it does not parse. */
export function itemDate(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v || v.length > 100) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  return iso.startsWith('+') || iso.startsWith('-') ? null : iso.slice(0, 10);
}

/** A one-line title without markup, cut to a sane length. */
export function cleanTitle(value: string | null | undefined): string | null {
  const v = value?.replace(/<[^>]{0,500}>/g, '').replace(/\s+/g, ' ').trim();
  if (!v) return null;
  return v.length > MAX_TITLE_CHARS ? `${v.slice(0, MAX_TITLE_CHARS)}…` : v;
}

export function cleanGuid(value: string | null | undefined): string | null {
  const v = value?.trim();
  if (!v) return null;
  return v.slice(0, MAX_LINK_CHARS);
}

/** Content cut to MAX_ITEM_CONTENT_CHARS: an enormous description costs a bounded amount of work downstream. */
export function limitContent(content: FeedItemContent | null): FeedItemContent | null {
  if (!content) return null;
  const value = 'html' in content ? content.html : content.text;
  if (!value.trim()) return null;
  if (value.length <= MAX_ITEM_CONTENT_CHARS) return content;
  const cut = value.slice(0, MAX_ITEM_CONTENT_CHARS);
  return 'html' in content ? { html: cut } : { text: cut };
}

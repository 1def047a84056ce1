/** Finds an HTML page's headline: og:title, then <title>, then the first <h1>. */
import type { DomDocument } from './_dom.ts';

const MAX_TITLE = 300;

/** Returns the page's headline with whitespace collapsed, or null when it has none. */
export function findHtmlTitle(doc: DomDocument): string | null {
  const og = doc.querySelector('meta[property="og:title"]') ?? doc.querySelector('meta[name="twitter:title"]');
  return pickHtmlTitle([og?.getAttribute('content'), doc.title, doc.querySelector('h1')?.textContent]);
}

/** Returns the first non-blank of the candidates (og:title, `<title>`, first `<h1>`), whitespace collapsed and capped. */
export function pickHtmlTitle(candidates: ReadonlyArray<string | null | undefined>): string | null {
  for (const candidate of candidates) {
    const clean = (candidate ?? '').replace(/\s+/g, ' ').trim();
    if (clean) return clean.slice(0, MAX_TITLE);
  }
  return null;
}

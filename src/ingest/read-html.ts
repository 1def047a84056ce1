/** Reads an HTML page into title, main text and markup date: through a DOM and readability, or from one linear stream when the page is pathological. */
import { dropTitleLine } from './drop-title-line.ts';
import { extractMainText } from './extract-main-text.ts';
import { findHtmlTitle, pickHtmlTitle } from './find-html-title.ts';
import { findPublishedDate, type PublishedDate } from './find-published-date.ts';
import { parseHtmlDocument } from './parse-html-document.ts';
import { scanHtml } from './scan-html.ts';

export interface HtmlReading {
  title: string | null;
  /** Main text, paragraphs separated by a blank line, title line dropped. */
  text: string;
  /** The date the markup gives (meta, JSON-LD, `<time>`); the text's dateline is the caller's to look for. */
  published: PublishedDate | null;
  /** readability: the article found; body: the whole body's text; stream: read without a DOM. */
  method: 'readability' | 'body' | 'stream';
}

// linkedom's tree building grows faster than the page once it nests deeply (80,000 unclosed <div>s:
// 6 s, 160,000: 30 s), and readability costs about 0.1 ms per element, several passes over when it finds
// little. Real news pages stay under ~60 levels and ~10,000 elements; past these limits the page is read
// from the streaming pass alone, in linear time.
export const MAX_TREE_DEPTH = 256;
export const MAX_TREE_ELEMENTS = 25_000;

/**
 * Reads `html`. A first streaming pass (linear in the size, any nesting) measures the page; an ordinary
 * page then goes through linkedom and readability, a pathological one (nested deeper than
 * MAX_TREE_DEPTH or with more than MAX_TREE_ELEMENTS elements) keeps the streaming pass's body text.
 */
export function readHtml(html: string): HtmlReading {
  const scan = scanHtml(html);
  if (scan.maxDepth > MAX_TREE_DEPTH || scan.elements > MAX_TREE_ELEMENTS) {
    const title = pickHtmlTitle(scan.titles);
    return { title, text: dropTitleLine(scan.text, title), published: findPublishedDate({ html: scan.dates }), method: 'stream' };
  }
  const doc = parseHtmlDocument(html);
  const title = findHtmlTitle(doc);
  // Dates first: readability alters the document it reads.
  const published = findPublishedDate({ document: doc });
  const main = extractMainText(doc, html, title);
  return { title, text: main.text, published, method: main.method };
}

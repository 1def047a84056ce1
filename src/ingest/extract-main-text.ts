/** Extracts an HTML page's main article text with Mozilla's readability, falling back to the whole body. */
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomNode } from './_dom.ts';
import { dropTitleLine } from './drop-title-line.ts';
import { extractBlockText } from './extract-block-text.ts';
import { limitDomDepth } from './limit-dom-depth.ts';
import { parseHtmlDocument } from './parse-html-document.ts';

export interface MainText {
  text: string;
  /** 'readability' when the extractor found the article, 'body' for the fallback. */
  method: 'readability' | 'body';
}

// Readability's cost grows with the element count; past this it gives up and we take the body text.
const MAX_ELEMENTS = 60_000;
// Under this many letters readability has found a caption or a teaser, not the article.
const MIN_ARTICLE_CHARS = 50;

/**
 * Returns the readable main text of `doc`, paragraphs separated by a blank line. Readability alters
 * the document it reads, so read everything else (dates, title) from `doc` first. When readability
 * finds nothing usable, the body's text (scripts and styles left out) is used; `html` is re-parsed for that.
 */
export function extractMainText(doc: DomDocument, html: string, title: string | null): MainText {
  limitDomDepth(doc);
  let text = '';
  try {
    const reader = new Readability(doc as never, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node: unknown) => node as DomNode,
    });
    const result = reader.parse();
    if (result?.content) text = dropTitleLine(extractBlockText(result.content as DomNode), title);
  } catch {
    text = ''; // too many elements or a readability bug: the fallback below still reads the page
  }
  if (countLetters(text) >= MIN_ARTICLE_CHARS) return { text, method: 'readability' };
  const fresh = parseHtmlDocument(html);
  limitDomDepth(fresh);
  const root = fresh.body ?? fresh.documentElement;
  const body = root ? dropTitleLine(extractBlockText(root), title) : '';
  return countLetters(body) >= countLetters(text) ? { text: body, method: 'body' } : { text, method: 'readability' };
}

function countLetters(text: string): number {
  let n = 0;
  for (const ch of text) if (/\p{L}/u.test(ch) && ++n >= MIN_ARTICLE_CHARS) break;
  return n;
}

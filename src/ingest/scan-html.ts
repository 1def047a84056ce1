/** Reads an HTML page in one streaming pass: its shape, its body text, its title candidates and its date markup. */
import { BLOCK_TAGS, SKIPPED_TAGS, tidyBlockText } from './extract-block-text.ts';
import type { HtmlDateSources } from './find-published-date.ts';
import { isJsonLdType } from './find-json-ld-date.ts';
import { isMarkedPublished } from './find-time-date.ts';
import { streamHtml, type HtmlShape } from './stream-html.ts';

export interface HtmlScan extends HtmlShape {
  /** The body's text, blocks separated by a blank line, scripts, styles and the head left out. */
  text: string;
  /** og:title (or twitter:title), `<title>`, first `<h1>`: candidates for pickHtmlTitle, in that order. */
  titles: [string | null, string | null, string | null];
  dates: HtmlDateSources;
}

// A title or an h1 longer than this is not a headline; stop collecting so a hostile page costs no memory.
const MAX_CAPTURE = 2000;
const BLOCKS = new Set(Array.from(BLOCK_TAGS, (tag) => tag.toLowerCase()));
const SKIPPED = new Set([...Array.from(SKIPPED_TAGS, (tag) => tag.toLowerCase()), 'title']);

/**
 * Scans `html` once with streamHtml, in time linear in its size whatever its nesting, and returns what
 * ingest needs when a DOM would be too costly to build.
 * @example scanHtml('<title>T</title><p>a</p><p>b</p>').text // 'a\n\nb'
 */
export function scanHtml(html: string): HtmlScan {
  const parts: string[] = [];
  // Deep or long runs of blocks would push one break per tag; one is enough.
  const breakParagraph = (): void => {
    if (parts[parts.length - 1] !== '\n\n') parts.push('\n\n');
  };
  const dates: HtmlDateSources = { metas: [], itemProp: null, jsonLd: [], times: [] };
  let ogTitle: string | null = null;
  let twitterTitle: string | null = null;
  let skipped = 0; // open elements whose contents are not text (script, style, head, svg, …)
  // At most one element's text is captured at a time: <title>, the first <h1>, a JSON-LD script or a datePublished element.
  let capture: { depth: number; into: 'title' | 'h1' | 'jsonld' | 'itemprop'; text: string } | null = null;
  let title: string | null = null;
  let h1: string | null = null;

  const shape = streamHtml(html, {
    openTag(name, attrs, depth) {
      if (name === 'meta') {
        dates.metas.push({ property: attrs.property, name: attrs.name, itemprop: attrs.itemprop, 'http-equiv': attrs['http-equiv'], content: attrs.content });
        if (attrs.property === 'og:title') ogTitle ??= attrs.content ?? null;
        if (attrs.name === 'twitter:title') twitterTitle ??= attrs.content ?? null;
      } else if (name === 'time') {
        dates.times.push({ datetime: attrs.datetime ?? null, marked: isMarkedPublished((key) => attrs[key]) });
      }
      // Any element may carry the microdata stamp, a <time> too; a <meta> one is already among the metas.
      if (name !== 'meta' && dates.itemProp === null && attrs.itemprop === 'datePublished') {
        const value = attrs.content ?? attrs.datetime;
        if (value !== undefined) dates.itemProp = value;
        else if (!capture) capture = { depth, into: 'itemprop', text: '' };
      }
      if (!capture) {
        if (name === 'title' && title === null) capture = { depth, into: 'title', text: '' };
        else if (name === 'h1' && h1 === null) capture = { depth, into: 'h1', text: '' };
        else if (name === 'script' && isJsonLdType(attrs.type)) capture = { depth, into: 'jsonld', text: '' };
      }
      if (SKIPPED.has(name)) skipped++;
      else if (skipped === 0 && name === 'br') parts.push('\n');
      else if (skipped === 0 && BLOCKS.has(name)) breakParagraph();
    },
    closeTag(name, depth) {
      if (SKIPPED.has(name)) skipped--;
      else if (skipped === 0 && BLOCKS.has(name)) breakParagraph();
      if (capture && capture.depth === depth) {
        if (capture.into === 'title') title = capture.text;
        else if (capture.into === 'h1') h1 = capture.text;
        else if (capture.into === 'jsonld') dates.jsonLd.push(capture.text);
        else dates.itemProp = capture.text;
        capture = null;
      }
    },
    text(data) {
      // JSON-LD must arrive whole; the headline captures are capped.
      if (capture && (capture.into === 'jsonld' || capture.text.length < MAX_CAPTURE)) capture.text += data;
      if (skipped === 0) parts.push(data.replace(/\s+/g, ' '));
    },
  });
  return { ...shape, text: tidyBlockText(parts.join('')), titles: [ogTitle ?? twitterTitle, title, h1], dates };
}

/** Finds `datePublished` in a page's JSON-LD blocks, including inside `@graph` and arrays. */
import type { PartialDate } from '../core/types.ts';
import type { DomDocument } from './_dom.ts';
import { parseDateString } from './parse-date-string.ts';

const ARTICLE_TYPES = new Set(['article', 'newsarticle', 'reportagenews', 'analysisnewsarticle', 'blogposting', 'webpage', 'opinionnewsarticle', 'techarticle', 'report', 'liveblogposting']);
// A JSON-LD block is small; this bounds the walk over a hostile one.
const MAX_NODES = 10_000;

/** Returns the article's `datePublished` (an article-typed object's first, then any object's), or null. */
export function findJsonLdDate(doc: DomDocument): PartialDate | null {
  const blocks: string[] = [];
  const scripts = doc.querySelectorAll('script');
  for (let i = 0; i < scripts.length; i++) {
    if (isJsonLdType(scripts[i].getAttribute('type'))) blocks.push(scripts[i].textContent ?? '');
  }
  return pickJsonLdDate(blocks);
}

/** Whether a `<script type>` marks JSON-LD. */
export function isJsonLdType(type: string | null | undefined): boolean {
  return (type ?? '').toLowerCase().includes('ld+json');
}

/** Returns the `datePublished` the JSON-LD `blocks` (script contents, in page order) give, or null. */
export function pickJsonLdDate(blocks: Iterable<string>): PartialDate | null {
  let fallback: PartialDate | null = null;
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue; // broken JSON-LD is common; the page may still date itself elsewhere
    }
    const found = findInJson(data);
    if (found.article) return found.article;
    fallback ??= found.any;
  }
  return fallback;
}

function findInJson(root: unknown): { article: PartialDate | null; any: PartialDate | null } {
  let any: PartialDate | null = null;
  const stack: unknown[] = [root];
  for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      const date = typeof obj.datePublished === 'string' ? parseDateString(obj.datePublished) : null;
      if (date) {
        if (isArticleType(obj['@type'])) return { article: date, any };
        any ??= date;
      }
      for (const key of Object.keys(obj).reverse()) {
        if (typeof obj[key] === 'object') stack.push(obj[key]);
      }
    }
  }
  return { article: null, any };
}

function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase().replace(/^.*[/:]/, '')));
}

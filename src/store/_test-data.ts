/** Test-only: articles, claims and extractions for store tests. */
import { createHash } from 'node:crypto';
import type { Article, Extraction, MoveClaim } from '../core/types.ts';
import type { Store } from './store.ts';

export function makeArticle(source: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    source,
    url: source.startsWith('http') ? source : null,
    title: `Title of ${source}`,
    text,
    lang: 'en',
    published: '2025-07-29',
    publishedFrom: 'meta',
    contentHash: createHash('sha256').update(text).digest('hex'),
    mediaType: 'text/plain',
    charset: 'utf-8',
    bytes: Buffer.byteLength(text),
    ...extra,
  };
}

export function makeClaim(person: string, from: string | null, to: string | null, extra: Partial<MoveClaim> = {}): MoveClaim {
  const slot = (org: string | null) => (org === null ? null : { org, team: null, verified: true, mention: org });
  return {
    person,
    aliases: [],
    from: slot(from),
    to: slot(to),
    date: '2025-07',
    role: null,
    compensation: null,
    confidence: 0.9,
    history: false,
    evidence: [{ start: 0, end: person.length, text: person }],
    ...extra,
  };
}

export function makeExtraction(article: Article, moves: MoveClaim[]): Extraction {
  return { source: article.source, lang: article.lang, published: article.published, title: article.title, moves, extractor: 'rules@test' };
}

export async function save(store: Store, article: Article, moves: MoveClaim[]) {
  return store.saveDocument(article, makeExtraction(article, moves));
}


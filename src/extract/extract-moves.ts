/** Article → the moves it states, by the rule pack of the article's language. */
import type { Article, Extraction, MoveClaim } from '../core/types.ts';
import { defaultGazetteer, type Gazetteer } from '../orgs/index.ts';
import { extractMovesEn } from './en/extract-en.ts';
import { extractMovesKo } from './ko/extract-ko.ts';

export const EXTRACTOR_VERSION = 'rules@0.1.0';

export interface ExtractOptions {
  gazetteer?: Gazetteer;
}

/** What a language pack receives: the article and the shared resources. */
export interface ExtractContext {
  article: Article;
  gazetteer: Gazetteer;
}

/**
 * Extracts the moves an article states.
 * @example extractMoves(article).moves // [{ person: 'Ruoming Pang', from: { org: 'Apple', … }, … }]
 */
export function extractMoves(article: Article, opts: ExtractOptions = {}): Extraction {
  const ctx: ExtractContext = { article, gazetteer: opts.gazetteer ?? defaultGazetteer() };
  let moves: MoveClaim[];
  if (article.lang === 'ko') moves = extractMovesKo(ctx);
  else if (article.lang === 'en') moves = extractMovesEn(ctx);
  else moves = [];
  // A move is a change of organization: a claim that names neither side tells no one anything.
  moves = moves.filter((m) => m.from !== null || m.to !== null);
  return {
    source: article.source,
    lang: article.lang,
    published: article.published,
    title: article.title,
    moves,
    extractor: EXTRACTOR_VERSION,
  };
}

/** Test-only: run the English pack on a bare text, and print moves as comparable one-liners. */
import type { Article, MoveClaim } from '../../core/types.ts';
import { defaultGazetteer } from '../../orgs/index.ts';
import { extractMovesEn } from './extract-en.ts';

export function runEn(text: string, published: string | null): MoveClaim[] {
  const article: Article = {
    source: 'test', url: null, title: null, text, lang: 'en', published, publishedFrom: 'test',
    contentHash: '', mediaType: 'text/plain', charset: 'utf-8', bytes: text.length,
  };
  return extractMovesEn({ article, gazetteer: defaultGazetteer() });
}

/** "Person: From -> To @date" for each news (non-history) move, sorted. */
export function newsLines(moves: MoveClaim[]): string[] {
  return moves.filter((m) => !m.history).map((m) => `${m.person}: ${m.from?.org ?? '-'} -> ${m.to?.org ?? '-'} @${m.date ?? '-'}`).sort();
}

/** Extraction of one article whose crash is that article's failure, not the batch's. */
import { InternalError } from '../core/errors.ts';
import type { Article, Extraction } from '../core/types.ts';
import type { Gazetteer } from '../orgs/index.ts';
import { extractMoves } from './extract-moves.ts';

/** The error a crash of the rules on `source` becomes, wherever the rules ran. */
export function extractionFailed(source: string, message: string, cause?: unknown): InternalError {
  return new InternalError(`${source}: extraction failed: ${message}`, { cause });
}

/** Extracts one article, turning a crash of the rules into a failure of this document only. */
export function extractSafely(article: Article, gazetteer: Gazetteer): Extraction {
  try {
    return extractMoves(article, { gazetteer });
  } catch (cause) {
    throw extractionFailed(article.source, (cause as Error)?.message ?? String(cause), cause);
  }
}

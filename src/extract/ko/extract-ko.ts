/** The Korean rule pack. */
import type { MoveClaim } from '../../core/types.ts';
import type { ExtractContext } from '../extract-moves.ts';

export function extractMovesKo(_ctx: ExtractContext): MoveClaim[] {
  return [];
}

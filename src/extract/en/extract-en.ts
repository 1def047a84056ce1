/** The English rule pack. */
import type { MoveClaim } from '../../core/types.ts';
import type { ExtractContext } from '../extract-moves.ts';

export function extractMovesEn(_ctx: ExtractContext): MoveClaim[] {
  return [];
}

export { extractMoves, EXTRACTOR_VERSION } from './extract-moves.ts';
export type { ExtractOptions, ExtractContext } from './extract-moves.ts';

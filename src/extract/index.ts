export { extractMoves, EXTRACTOR_VERSION } from './extract-moves.ts';
export type { ExtractOptions, ExtractContext } from './extract-moves.ts';
export { extractSafely, extractionFailed } from './extract-safely.ts';
export { createExtractor, extractThreads, type Extractor, type ExtractorOptions, type ExtractResult } from './extract-in-threads.ts';

/**
 * The body of an extraction thread: builds the caller's gazetteer from its entries, then answers
 * each `{ id, article }` with `{ id, extraction }` or `{ id, error }` (the rules' message).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../core/types.ts';
import { buildGazetteer, type OrgEntry } from '../orgs/index.ts';
import { extractMoves } from './extract-moves.ts';

const port = parentPort!;
const gazetteer = buildGazetteer((workerData as { entries: OrgEntry[] }).entries);
port.on('message', ({ id, article }: { id: number; article: Article }) => {
  try {
    port.postMessage({ id, extraction: extractMoves(article, { gazetteer }) });
  } catch (cause) {
    port.postMessage({ id, error: (cause as Error)?.message ?? String(cause) });
  }
});
port.postMessage({ ready: true });

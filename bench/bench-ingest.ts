/**
 * Ingestion end to end: text files on disk → read → extract → store (one transaction per
 * document) → resolution (rebuildMoves, POACHWATCH_RESOLUTION: auto by default), as `poachwatch ingest DIR` does it, in this process.
 */
import { defaultGazetteer } from '../src/orgs/index.ts';
import { openStore } from '../src/store/index.ts';
import { resolutionPath, runIngest } from '../src/pipeline.ts';
import { cpuSecondsSince, peakRssMb } from './machine.ts';

export interface IngestResult {
  engine: 'sqlite' | 'postgres';
  documents: number;
  stored: number;
  failed: number;
  moves: number;
  seconds: number;
  documentsPerSecond: number;
  documentsPerCpuSecond: number;
  /** Reading, extracting and storing, document by document. */
  storeSeconds: number;
  /** The resolution runIngest ends with (rebuildMoves): whole-store, or incremental over a fresh index, as the mode picks. */
  resolveSeconds: number;
  /** The path rebuildMoves took. */
  resolution: 'whole' | 'incremental';
  /** Resident memory at the end of the streaming phase, and the peak over the whole run (resolution included). */
  rssAfterStoreMb: number;
  peakRssMb: number;
}

/** Ingests every file of `texts` into the (empty) store at `url`. */
export async function benchIngest(url: string, texts: string, documents: number): Promise<IngestResult> {
  const gazetteer = defaultGazetteer();
  const store = await openStore(url);
  try {
    let lastItem = 0;
    let rssAfterStore = 0;
    let seen = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const report = await runIngest([texts], {
      store,
      gazetteer,
      onItem: () => {
        lastItem = performance.now();
        if (++seen === documents) rssAfterStore = process.memoryUsage().rss;
      },
    });
    const end = performance.now();
    const cpu = cpuSecondsSince(c0);
    const counts = await store.counts();
    const resolution = await resolutionPath(store);
    const seconds = (end - t0) / 1000;
    return {
      engine: store.engine, documents, stored: report.stored, failed: report.failed, moves: counts.moves,
      seconds: round1(seconds), documentsPerSecond: Math.round(documents / seconds), documentsPerCpuSecond: Math.round(documents / cpu),
      storeSeconds: round1((lastItem - t0) / 1000), resolveSeconds: round1((end - lastItem) / 1000), resolution,
      rssAfterStoreMb: Math.round(rssAfterStore / 2 ** 20), peakRssMb: peakRssMb(),
    };
  } finally {
    await store.close();
  }
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** `poachwatch start` (what `npm start` runs): ingests the sample corpus into an empty store, then serves the dashboard and the API. */
import { join } from 'node:path';
import { parseVerbArgs } from '../args.ts';
import type { CliIO } from '../io.ts';
import { samplesDir } from './demo.ts';
import { ingestWithProgress, renderIngestSummary } from './ingest.ts';
import { serveOptions, serveUntilSignal } from './serve.ts';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('start', argv, serveOptions);
  return serveUntilSignal(values, io, async (store, gazetteer) => {
    if ((await store.counts()).documents > 0) return;
    io.out(`poachwatch: the store is empty; ingesting the sample corpus (${samplesDir})\n`);
    // The corpus folders only: samples/README.md and answers.jsonl describe the corpus, they are not news.
    const report = await ingestWithProgress([join(samplesDir, 'ko'), join(samplesDir, 'en')], { store, gazetteer: gazetteer(), ingest: {}, io, quiet: true });
    io.out(renderIngestSummary(report));
  });
}

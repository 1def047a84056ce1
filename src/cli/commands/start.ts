/** `poachwatch start` (what `npm start` runs): ingests the sample corpus into an empty store, then serves the dashboard and the API. */
import { join } from 'node:path';
import { InputError } from '../../core/errors.ts';
import type { Gazetteer } from '../../orgs/index.ts';
import { parseCount, parseVerbArgs } from '../args.ts';
import { gazetteerFrom, openStoreFrom, storeUrlFrom } from '../common-options.ts';
import { EXIT, type CliIO } from '../io.ts';
import { samplesDir } from './demo.ts';
import { ingestWithProgress, renderIngestSummary } from './ingest.ts';
import { closeOnSignal, DEFAULT_HOST, DEFAULT_PORT, serveOptions, startServing, tokenFrom, type Serving } from './serve.ts';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('start', argv, serveOptions);
  const port = parseCount('port', values.port, 0) ?? DEFAULT_PORT;
  if (port > 65535) throw new InputError('usage', `--port: expected a port from 0 to 65535, got "${values.port}"`);
  const token = tokenFrom(values, io);
  const db = storeUrlFrom(values, io);
  let gazetteer: Gazetteer | undefined;
  const loadGazetteer = () => (gazetteer ??= gazetteerFrom(values, io));
  const store = await openStoreFrom({ db }, io);
  let serving: Serving;
  try {
    if ((await store.counts()).documents === 0) {
      io.out(`poachwatch: the store is empty; ingesting the sample corpus (${samplesDir})\n`);
      // The corpus folders only: samples/README.md and answers.jsonl describe the corpus, they are not news.
      const report = await ingestWithProgress([join(samplesDir, 'ko'), join(samplesDir, 'en')], { store, gazetteer: loadGazetteer(), ingest: {}, io, quiet: true });
      io.out(renderIngestSummary(report));
    }
    serving = await startServing({ store, gazetteer: loadGazetteer, token, allowPrivate: values['allow-private'] ?? false, port, host: values.host ?? DEFAULT_HOST, io });
  } catch (error) {
    await store.close();
    throw error;
  }
  io.out(`poachwatch: serving ${serving.url} (store ${db})\n`);
  if (!token) io.out('poachwatch: writes (ingest, curation) are disabled: set POACHWATCH_API_TOKEN or --token-file FILE\n');
  await closeOnSignal(serving, io);
  return EXIT.ok;
}

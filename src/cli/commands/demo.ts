/** `poachwatch demo` (what `npm start` runs): ingests the bundled sample corpus and prints what it found. */
import { fileURLToPath } from 'node:url';
import { rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseVerbArgs } from '../args.ts';
import { gazetteerFrom, gazetteerOptions, openStoreFrom, storeOptions, storeUrlFrom } from '../common-options.ts';
import { ingestWithProgress, renderIngestSummary } from './ingest.ts';
import { parseStoreUrl } from '../../store/index.ts';
import { moveTableHeaders, moveTableRow, unverifiedNote } from '../format-moves.ts';
import { renderFlows } from './flows.ts';
import { renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';

export const samplesDir = fileURLToPath(new URL('../../../samples/', import.meta.url));

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('demo', argv, { ...storeOptions, ...gazetteerOptions, fresh: { type: 'boolean' } });
  const db = storeUrlFrom(values, io);
  if (values.fresh) {
    const location = parseStoreUrl(db);
    if (location.engine === 'sqlite' && location.path !== ':memory:' && existsSync(location.path)) rmSync(location.path);
  }
  io.out(`poachwatch: ingesting the sample corpus (${samplesDir}) into ${db}\n`);
  const store = await openStoreFrom({ db }, io);
  try {
    // The corpus folders only: samples/README.md and answers.jsonl describe the corpus, they are not news.
    const report = await ingestWithProgress([join(samplesDir, 'ko'), join(samplesDir, 'en')], { store, gazetteer: gazetteerFrom(values, io), ingest: {}, io, quiet: true });
    io.out(renderIngestSummary(report));
    const moves = await store.listMoves({});
    const counts = await store.counts();
    io.out(`\nstore: ${counts.documents} documents, ${counts.claims} claims, ${counts.people} people, ${counts.orgs} organizations, ${counts.moves} moves\n`);
    io.out('\nLatest moves\n' + renderTable(moveTableHeaders, moves.slice(0, 25).map(moveTableRow)));
    if (moves.length > 25) io.out(`… and ${moves.length - 25} more: poachwatch moves --db ${db}\n`);
    if (moves.some((m) => m.from?.verified === false || m.to?.verified === false)) io.out(unverifiedNote);
    io.out('\nTop flows between organizations\n' + renderFlows(await store.flows({ limit: 10 })));
    io.out(`\nNext: poachwatch moves --org Apple | person "Ruoming Pang" | org Meta | flows --since 2025-01  (add --db ${db})\n`);
    return report.failed ? EXIT.inputFailed : EXIT.ok;
  } finally {
    await store.close();
  }
}

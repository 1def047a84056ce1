/** `poachwatch ingest`: inputs → documents, claims and moves in the store. */
import { InputError } from '../../core/errors.ts';
import { runIngest, type IngestReport, type ItemOutcome } from '../../pipeline.ts';
import { parseVerbArgs } from '../args.ts';
import { gazetteerFrom, gazetteerOptions, ingestOptions, ingestOptionsFrom, openStoreFrom, storeOptions } from '../common-options.ts';
import { EXIT, type CliIO } from '../io.ts';
import type { Store } from '../../store/index.ts';
import type { Gazetteer } from '../../orgs/index.ts';
import type { IngestOptions } from '../../ingest/index.ts';
import { renderFiredLine } from '../../alerts/index.ts';

export function renderOutcome(o: ItemOutcome): string {
  if (o.status === 'stored') return `stored   ${o.source}  (${o.moves} move${o.moves === 1 ? '' : 's'}${o.revision > 1 ? `, revision ${o.revision}` : ''})\n`;
  if (o.status === 'skipped') return `skipped  ${o.source}  (already stored)\n`;
  return `failed   ${o.reason}\n`;
}

export function renderIngestSummary(r: IngestReport): string {
  return `ingest: ${r.stored} stored, ${r.skipped} skipped (unchanged), ${r.failed} failed${r.moves === null ? '' : `; ${r.moves} moves in the store`}\n` +
    (r.alerts ?? []).map(renderFiredLine).join('');
}

/** Runs an ingest with progress lines on stderr and the summary on stdout. */
export async function ingestWithProgress(inputs: string[], ctx: { store: Store; gazetteer: Gazetteer; ingest: IngestOptions; io: CliIO; quiet?: boolean }): Promise<IngestReport> {
  return runIngest(inputs, {
    store: ctx.store,
    gazetteer: ctx.gazetteer,
    ingest: ctx.ingest,
    alerts: { defaultWebhook: ctx.io.env.POACHWATCH_WEBHOOK_URL || null },
    onItem: (o) => {
      if (o.status === 'failed') ctx.io.err(`poachwatch ingest: ${o.reason}\n`);
      else if (!ctx.quiet) ctx.io.err(renderOutcome(o));
    },
  });
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('ingest', argv, { ...ingestOptions, ...gazetteerOptions, ...storeOptions, json: { type: 'boolean' }, quiet: { type: 'boolean' } });
  if (!positionals.length) throw new InputError('usage', 'ingest: no input given (a file, a directory, a URL, or - for stdin)');
  const ingest = ingestOptionsFrom(values, io);
  const gazetteer = gazetteerFrom(values, io);
  const store = await openStoreFrom(values, io);
  try {
    const report = await ingestWithProgress(positionals, { store, gazetteer, ingest, io, quiet: values.quiet });
    io.out(values.json ? JSON.stringify(report, null, 2) + '\n' : renderIngestSummary(report));
    if (report.alertsError) io.err(`poachwatch ingest: alerts were not evaluated or delivered: ${report.alertsError}\n`);
    return report.failed ? EXIT.inputFailed : EXIT.ok;
  } finally {
    await store.close();
  }
}

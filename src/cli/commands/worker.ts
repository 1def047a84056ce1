/** `poachwatch worker`: process ingest and resolve jobs from the queue in the PostgreSQL store, beside other workers. */
import { parseCount, parseDuration, parseVerbArgs } from '../args.ts';
import { gazetteerFrom, gazetteerOptions, storeOptions, storeUrlFrom } from '../common-options.ts';
import { EXIT, type CliIO } from '../io.ts';
import { openStore } from '../../store/index.ts';
import { openJobQueue, runWorker, type WorkerEvent, type WorkerReport } from '../../workers/index.ts';

export function renderWorkerEvent(e: WorkerEvent): string {
  if (e.status === 'stored') return `stored   ${e.source}  (${e.moves} move${e.moves === 1 ? '' : 's'}${e.revision > 1 ? `, revision ${e.revision}` : ''})\n`;
  if (e.status === 'skipped') return `skipped  ${e.source}  (already stored)\n`;
  if (e.status === 'resolved') return `resolved ${e.moves} moves in the store${e.alerts ? `; ${e.alerts} alert${e.alerts === 1 ? '' : 's'} fired` : ''}\n`;
  if (e.status === 'alerts-failed') return `alerts failed: ${e.reason}\n`;
  return `failed   ${e.reason}${e.final ? '  (dead letter: see jobs failed)' : '  (will retry)'}\n`;
}

export function renderWorkerSummary(r: WorkerReport): string {
  const failed = r.failed ? `, ${r.failed} failed attempt${r.failed === 1 ? '' : 's'} (${r.deadLettered} dead-lettered)` : '';
  const alerts = r.alerts ? `; ${r.alerts} alert${r.alerts === 1 ? '' : 's'} fired` : '';
  return `worker: ${r.stored} stored, ${r.skipped} skipped (unchanged)${failed}${r.moves === null ? '' : `; ${r.moves} moves in the store`}${alerts}\n`;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('worker', argv, {
    ...storeOptions,
    ...gazetteerOptions,
    concurrency: { type: 'string' },
    once: { type: 'boolean' },
    poll: { type: 'string' },
    quiet: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const concurrency = parseCount('concurrency', values.concurrency) ?? 1;
  const pollMs = parseDuration('poll', values.poll) ?? 1000;
  const gazetteer = gazetteerFrom(values, io);
  const url = storeUrlFrom(values, io);
  // The queue first: it refuses a SQLite store before anything is created.
  const queue = await openJobQueue(url, { supervise: true, onError: (e) => io.err(`poachwatch worker: queue: ${e.message}\n`) });
  const controller = new AbortController();
  const stop = () => {
    if (!values.quiet) io.err('poachwatch worker: stopping after the jobs in hand\n');
    controller.abort();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const store = await openStore(url);
    try {
      const report = await runWorker({
        store,
        queue,
        gazetteer,
        concurrency,
        once: values.once,
        pollMs,
        signal: controller.signal,
        onEvent: (e) => {
          if (e.status === 'failed' || e.status === 'alerts-failed') io.err(`poachwatch worker: ${renderWorkerEvent(e)}`);
          else if (!values.quiet) io.err(renderWorkerEvent(e));
        },
      });
      io.out(values.json ? JSON.stringify(report, null, 2) + '\n' : renderWorkerSummary(report));
      return EXIT.ok;
    } finally {
      await store.close();
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await queue.close();
  }
}

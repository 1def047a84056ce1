/** `poachwatch jobs`: enqueue inputs for workers; list job counts and dead letters; retry the dead letters. */
import { InputError } from '../../core/errors.ts';
import { parseBytes, parseCount, parseDuration, parsePartialDate, parseVerbArgs } from '../args.ts';
import { storeOptions, storeUrlFrom } from '../common-options.ts';
import { EXIT, type CliIO } from '../io.ts';
import { countJobs, enqueueInputs, JOB_STATES, listDeadLetters, openJobQueue, retryDeadLetters, type DeadLetter, type QueueCounts } from '../../workers/index.ts';

const ACTIONS = ['enqueue', 'list', 'failed', 'retry-failed'] as const;

export function renderCounts(rows: QueueCounts[]): string {
  const header = ['queue', ...JOB_STATES];
  const table = [header, ...rows.map((r) => [r.queue, ...JOB_STATES.map((s) => String(r.counts[s]))])];
  const widths = header.map((_, i) => table.reduce((w, row) => Math.max(w, row[i].length), 0));
  return table.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n') + '\n';
}

export function renderDeadLetters(letters: DeadLetter[]): string {
  if (!letters.length) return 'no failed jobs\n';
  return letters.map((l) => `${l.failedAt}  ${l.input}  (${l.attempts} attempt${l.attempts === 1 ? '' : 's'})\n    ${l.error}\n`).join('');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('jobs', argv, {
    ...storeOptions,
    json: { type: 'boolean' },
    include: { type: 'string', multiple: true },
    published: { type: 'string' },
    'allow-private': { type: 'boolean' },
    'max-bytes': { type: 'string' },
    timeout: { type: 'string' },
    'max-redirects': { type: 'string' },
    'retry-limit': { type: 'string' },
    'retry-delay': { type: 'string' },
  });
  const [action = 'list', ...inputs] = positionals;
  if (!(ACTIONS as readonly string[]).includes(action)) {
    throw new InputError('usage', `jobs: unknown action "${action.slice(0, 40)}"; expected one of ${ACTIONS.join(', ')}`);
  }
  if (action !== 'enqueue' && inputs.length) throw new InputError('usage', `jobs ${action}: takes no arguments, got "${inputs[0].slice(0, 40)}"`);
  if (action === 'enqueue' && !inputs.length) throw new InputError('usage', 'jobs enqueue: no input given (files, directories or http(s) URLs)');
  // Checked before connecting, so a typo costs no round trip.
  const ingest = {
    published: parsePartialDate('published', values.published),
    allowPrivate: values['allow-private'] || undefined,
    maxBytes: parseBytes('max-bytes', values['max-bytes']),
    timeoutMs: parseDuration('timeout', values.timeout),
    maxRedirects: parseCount('max-redirects', values['max-redirects'], 0),
  };
  const retryDelayMs = parseDuration('retry-delay', values['retry-delay']);
  const retry = { retryLimit: parseCount('retry-limit', values['retry-limit'], 0), retryDelay: retryDelayMs === undefined ? undefined : Math.ceil(retryDelayMs / 1000) };
  const queue = await openJobQueue(storeUrlFrom(values, io));
  try {
    if (action === 'enqueue') {
      const report = await enqueueInputs(queue, inputs, { include: values.include, ingest: dropUndefined(ingest), retry: dropUndefined(retry) });
      for (const f of report.failures) io.err(`poachwatch jobs: ${f.reason}\n`);
      io.out(values.json ? JSON.stringify(report, null, 2) + '\n'
        : `jobs: ${report.queued} queued${report.alreadyQueued ? `, ${report.alreadyQueued} already waiting` : ''}${report.failures.length ? `, ${report.failures.length} failed` : ''}\n`);
      return report.failures.length ? EXIT.inputFailed : EXIT.ok;
    }
    if (action === 'list') {
      const counts = await countJobs(queue);
      io.out(values.json ? JSON.stringify(counts, null, 2) + '\n' : renderCounts(counts));
      return EXIT.ok;
    }
    if (action === 'failed') {
      const letters = await listDeadLetters(queue);
      io.out(values.json ? JSON.stringify(letters, null, 2) + '\n' : renderDeadLetters(letters));
      return EXIT.ok;
    }
    const retried = await retryDeadLetters(queue);
    io.out(values.json ? JSON.stringify({ retried }) + '\n' : `jobs: ${retried} failed job${retried === 1 ? '' : 's'} queued again\n`);
    return EXIT.ok;
  } finally {
    await queue.close();
  }
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

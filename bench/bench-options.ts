/** The benchmark's command line: which parts to run, at which sizes, against which PostgreSQL. */
import { parseArgs } from 'node:util';
import { InputError } from '../src/core/errors.ts';

export const PARTS = ['extraction', 'ingest', 'queries', 'scale'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  parts: Part[];
  /** Documents ingested end to end (scale: this and a tenth of it). */
  documents: number;
  /** Documents extracted in memory. */
  extractDocuments: number;
  /** Moves in the store the queries run on (scale: this and a tenth of it). */
  moves: number;
  seed: number;
  /** Base PostgreSQL URL; the PostgreSQL figures are skipped without one. */
  postgres: string | null;
  /** Worker counts for PostgreSQL ingestion through `poachwatch worker`. */
  workers: number[];
  json: boolean;
}

export const USAGE =
  'usage: npm run bench -- [--only extraction|ingest|queries|scale]... [--documents 5000] [--extract-documents 3000] ' +
  '[--moves 100000] [--seed 1] [--postgres URL] [--workers 1,2|none] [--json]';

/** Parses and checks `argv`; InputError('usage') names the bad flag with an example. */
export function parseBenchOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        only: { type: 'string', multiple: true },
        documents: { type: 'string' },
        'extract-documents': { type: 'string' },
        moves: { type: 'string' },
        seed: { type: 'string' },
        postgres: { type: 'string' },
        workers: { type: 'string' },
        json: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (cause) {
    throw new InputError('usage', `${(cause as Error).message} (${USAGE})`, undefined, { cause });
  }
  const parts = (values.only ?? ['extraction', 'ingest', 'queries']).flatMap((p) => p.split(','));
  for (const p of parts) {
    if (!PARTS.includes(p as Part)) throw new InputError('usage', `--only: expected one of ${PARTS.join(', ')}, got ${JSON.stringify(p.slice(0, 40))} (example: --only queries)`);
  }
  // `none` leaves the job queue out (its runs are the slowest: a 100,000-document corpus takes half an hour each).
  const workers = values.workers === 'none' ? [] : (values.workers ?? '1,2').split(',').map((w) => whole('workers', w, 1));
  return {
    parts: [...new Set(parts as Part[])],
    documents: whole('documents', values.documents ?? '5000', 1),
    extractDocuments: whole('extract-documents', values['extract-documents'] ?? '3000', 1),
    moves: whole('moves', values.moves ?? '100000', 10),
    seed: whole('seed', values.seed ?? '1', 0),
    postgres: values.postgres ?? env.POACHWATCH_BENCH_PG ?? env.POACHWATCH_TEST_PG ?? null,
    workers,
    json: values.json === true,
  };
}

function whole(flag: string, raw: string, min: number): number {
  const value = /^\d{1,9}$/.test(raw.replace(/_/g, '')) ? Number(raw.replace(/_/g, '')) : NaN;
  if (!(value >= min)) throw new InputError('usage', `--${flag}: expected a whole number >= ${min}, got ${JSON.stringify(raw.slice(0, 40))} (example: --${flag} ${Math.max(min, 2)})`);
  return value;
}

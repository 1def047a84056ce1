/**
 * `npm run bench`: extraction throughput on one core, end-to-end ingestion into SQLite (and
 * PostgreSQL when one is given), and query latency over stores of a given number of moves, all
 * over seeded synthetic data (bench/synth, bench/scale).
 *
 *   npm run bench -- [--only extraction|ingest|queries|scale]... [--documents 5000] [--extract-documents 3000]
 *                    [--moves 100000] [--seed 1] [--postgres URL] [--workers 1,2|none] [--json]
 *
 * With PostgreSQL, ingestion is measured twice more: through the job queue with each of --workers
 * `poachwatch worker --once` processes. `scale` runs ingestion at a tenth of --documents and at --documents, and the queries at a tenth of
 * --moves and at --moves, to show how each grows. Every measurement runs in its own child process,
 * so that its peak memory is its own. Results go to bench/out/results.json, query plans to
 * bench/out/plans-<engine>-<moves>.txt.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { InputError } from '../src/core/errors.ts';
import { parseBenchOptions, type BenchOptions } from './bench-options.ts';
import { describeLoad, describeMachine } from './machine.ts';
import { writeCorpus } from './synth/generate-corpus.ts';
import { formatResults, type BenchResults } from './format-results.ts';
import type { ExtractionResult } from './bench-extraction.ts';
import type { IngestResult } from './bench-ingest.ts';
import type { WorkersResult } from './bench-workers.ts';
import type { QueryBenchResult } from './scale/bench-queries.ts';

/** One measurement, run in a child process. */
type Job =
  | { kind: 'extraction'; seed: number; documents: number; scratch: string }
  | { kind: 'ingest'; engine: 'sqlite' | 'postgres'; texts: string; documents: number; scratch: string; postgres: string | null }
  | { kind: 'workers'; texts: string; documents: number; workers: number; postgres: string }
  | { kind: 'queries'; engine: 'sqlite' | 'postgres'; moves: number; seed: number; postgres: string | null };

const JOB_FLAG = '--job';
const RESULT_PREFIX = 'BENCH-RESULT ';
const OUT = fileURLToPath(new URL('./out/', import.meta.url));

async function runJob(job: Job): Promise<unknown> {
  if (job.kind === 'extraction') {
    const { benchExtraction } = await import('./bench-extraction.ts');
    return benchExtraction(job);
  }
  if (job.kind === 'ingest') {
    const { benchIngest } = await import('./bench-ingest.ts');
    if (job.engine === 'sqlite') return benchIngest(`sqlite:${join(job.scratch, `ingest-${job.documents}.sqlite`)}`, job.texts, job.documents);
    const { createScratchPostgres } = await import('./scale/load-scale-store.ts');
    const db = await createScratchPostgres(job.postgres!, `i${job.documents}`);
    try {
      return await benchIngest(db.url, job.texts, job.documents);
    } finally {
      await db.drop();
    }
  }
  if (job.kind === 'workers') {
    const { benchWorkers } = await import('./bench-workers.ts');
    return benchWorkers(job.postgres, job.texts, job.documents, job.workers);
  }
  const { benchQueries } = await import('./scale/bench-queries.ts');
  return benchQueries({ engine: job.engine, moves: job.moves, seed: job.seed, postgres: job.postgres ?? undefined });
}

/** Runs `job` in a fresh Node process (its own heap and peak RSS) and returns what it measured. */
function inChild<T>(job: Job): T {
  const runner = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [runner, self, JOB_FLAG, JSON.stringify(job)], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = (child.stdout ?? '').split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (child.status !== 0 || !line) throw new Error(`benchmark job ${job.kind} failed (exit ${child.status}; its error is above)`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as T;
}

async function main(opts: BenchOptions): Promise<BenchResults> {
  const scratch = mkdtempSync(join(tmpdir(), 'poachwatch-bench-'));
  const results: BenchResults = { machine: describeMachine(), loadAtStart: describeLoad(), loadAtEnd: '', options: opts, ingest: [], workers: [], queries: [], failures: [] };
  const say = (line: string) => { if (!opts.json) console.error(`… ${line} (${describeLoad()})`); };
  try {
    if (opts.parts.includes('extraction')) {
      say(`extraction: ${opts.extractDocuments} documents`);
      results.extraction = inChild<ExtractionResult>({ kind: 'extraction', seed: opts.seed, documents: opts.extractDocuments, scratch });
    }
    const ingestSizes = new Set<number>();
    if (opts.parts.includes('ingest')) ingestSizes.add(opts.documents);
    if (opts.parts.includes('scale')) ingestSizes.add(Math.max(1, Math.round(opts.documents / 10))).add(opts.documents);
    for (const documents of [...ingestSizes].sort((a, b) => a - b)) {
      const dir = join(scratch, `corpus-${documents}`);
      say(`writing ${documents} articles`);
      writeCorpus(dir, { seed: opts.seed + 1, documents });
      for (const engine of ['sqlite', 'postgres'] as const) {
        if (engine === 'postgres' && !opts.postgres) continue;
        say(`ingest into ${engine}: ${documents} documents`);
        results.ingest.push(inChild<IngestResult>({ kind: 'ingest', engine, texts: join(dir, 'texts'), documents, scratch, postgres: opts.postgres }));
      }
      for (const workers of opts.postgres ? opts.workers : []) {
        say(`ingest into postgres by ${workers} worker processes: ${documents} documents`);
        // The queue is the newest part: a failure there is reported and the other figures kept.
        try {
          results.workers.push(inChild<WorkersResult>({ kind: 'workers', texts: join(dir, 'texts'), documents, workers, postgres: opts.postgres! }));
        } catch (error) {
          results.failures.push(`${workers} workers, ${documents} documents: ${(error as Error).message}`);
        }
      }
      rmSync(dir, { recursive: true, force: true });
    }
    const moveSizes = new Set<number>();
    if (opts.parts.includes('queries')) moveSizes.add(opts.moves);
    if (opts.parts.includes('scale')) moveSizes.add(Math.round(opts.moves / 10)).add(opts.moves);
    mkdirSync(OUT, { recursive: true });
    for (const moves of [...moveSizes].sort((a, b) => a - b)) {
      for (const engine of ['sqlite', 'postgres'] as const) {
        if (engine === 'postgres' && !opts.postgres) continue;
        say(`queries on ${engine}: ${moves} moves`);
        const r = inChild<QueryBenchResult>({ kind: 'queries', engine, moves, seed: opts.seed, postgres: opts.postgres });
        writeFileSync(join(OUT, `plans-${engine}-${moves}.txt`), r.plans);
        results.queries.push({ ...r, plans: `bench/out/plans-${engine}-${moves}.txt` });
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  results.loadAtEnd = describeLoad();
  return results;
}

if (process.argv[2] === JOB_FLAG) {
  const result = await runJob(JSON.parse(process.argv[3]) as Job);
  console.log(RESULT_PREFIX + JSON.stringify(result));
} else {
  let opts: BenchOptions;
  try {
    opts = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`bench: ${error.message}`);
    process.exit(2);
  }
  const results = await main(opts);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(opts.json ? JSON.stringify(results, null, 2) : formatResults(results));
}

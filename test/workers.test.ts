/** Workers on PostgreSQL: several processes share the job queue, store each document once, retry, then dead-letter. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresEngine, type ContractEngine } from '../src/store/_contract-engines.ts';
import { openStore } from '../src/store/index.ts';
import { loadGazetteer } from '../src/orgs/index.ts';
import { countJobs, openJobQueue, QUEUES, runWorker, type IngestJobData, type QueueCounts, type WorkerEvent } from '../src/workers/index.ts';
import { cli, type CliResult } from './cli-harness.ts';

const root = new URL('..', import.meta.url).pathname;
const samples = [join(root, 'samples/ko'), join(root, 'samples/en')];
const SAMPLE_FILES = 45;

// Two databases: the one the workers share, and a fresh one for the single-process run to compare with.
const shared: ContractEngine = await postgresEngine();
const single: ContractEngine = await postgresEngine();

type JsonMove = { person: string; from: { org: string; team: string | null } | null; to: { org: string; team: string | null } | null; date: string | null };
const tuples = (stdout: string) =>
  (JSON.parse(stdout) as JsonMove[]).map((m) => JSON.stringify([m.person, m.from?.org ?? null, m.from?.team ?? null, m.to?.org ?? null, m.to?.team ?? null, m.date])).sort();

/** Runs the real CLI in a child process, as a deployment would run workers. */
function runChild(args: string[]): Promise<CliResult> {
  const { POACHWATCH_DB: _omit, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/poachwatch.js'), ...args], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

async function jobCounts(url: string, queue: string) {
  const listed = await cli(['jobs', 'list', '--json', '--db', url]);
  assert.equal(listed.code, 0, listed.stderr);
  return (JSON.parse(listed.stdout) as QueueCounts[]).find((q) => q.queue === queue)!.counts;
}

/** A URL on a port nothing listens on: a connection refused every time. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return `http://127.0.0.1:${port}/gone`;
}

test('worker and jobs refuse a SQLite store with a usage error, creating nothing', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'poachwatch-workers-')), 'w.sqlite');
  for (const args of [['worker', '--once'], ['jobs', 'list'], ['jobs', 'enqueue', samples[0]]]) {
    const r = await cli([...args, '--db', `sqlite:${path}`]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /need a PostgreSQL store .*use 'poachwatch ingest' instead/);
  }
  assert.equal(existsSync(path), false);
});

test('jobs rejects an unknown action and a bad retry flag before connecting', async () => {
  const bad = await cli(['jobs', 'frobnicate', '--db', 'postgres://nobody@127.0.0.1:1/none']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown action "frobnicate"; expected one of enqueue, list, failed, retry-failed/);
  const flag = await cli(['jobs', 'enqueue', 'x', '--retry-limit', 'many', '--db', 'postgres://nobody@127.0.0.1:1/none']);
  assert.equal(flag.code, 2);
  assert.match(flag.stderr, /--retry-limit: expected a whole number ≥ 0, got "many"/);
});

describe('workers on PostgreSQL', { skip: shared.skip }, () => {
  before(async () => {
    await shared.setUp();
    await single.setUp();
  });
  after(async () => {
    await shared.tearDown();
    await single.tearDown();
  });

  test('three worker processes store every document once and find the moves of a single-process ingest', async () => {
    const url = shared.url();
    const first = await cli(['jobs', 'enqueue', ...samples, '--db', url]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, `jobs: ${SAMPLE_FILES} queued\n`);
    const again = await cli(['jobs', 'enqueue', ...samples, '--db', url]);
    assert.equal(again.stdout, `jobs: 0 queued, ${SAMPLE_FILES} already waiting\n`);

    // Duplicates that get past the enqueue check (an input queued again while a worker runs it):
    // under keys of their own, so all 45 land in the queue beside the originals.
    const queue = await openJobQueue(url);
    try {
      const listed = await cli(['jobs', 'list', '--json', '--db', url]);
      assert.equal(JSON.parse(listed.stdout)[0].counts.created, SAMPLE_FILES);
      const rows = await queue.db.withSchema('poachwatch_jobs').selectFrom('job').select('data').where('name', '=', QUEUES.ingest).execute();
      for (const { data } of rows) {
        const job = data as IngestJobData;
        assert.ok(await queue.boss.send(QUEUES.ingest, job, { singletonKey: `${job.input}#again` }));
      }
    } finally {
      await queue.close();
    }

    const workers = await Promise.all([1, 2, 3].map(() => runChild(['worker', '--once', '--quiet', '--poll', '200ms', '--db', url])));
    let stored = 0;
    let skipped = 0;
    for (const w of workers) {
      assert.equal(w.code, 0, w.stderr);
      const m = /^worker: (\d+) stored, (\d+) skipped \(unchanged\); (\d+) moves in the store\n$/.exec(w.stdout);
      assert.ok(m, w.stdout);
      stored += Number(m[1]);
      skipped += Number(m[2]);
    }
    assert.equal(stored, SAMPLE_FILES);
    assert.equal(skipped, SAMPLE_FILES);
    const [docs] = await shared.query('select count(*)::int as n, count(distinct source)::int as sources from documents');
    assert.deepEqual(docs, { n: SAMPLE_FILES, sources: SAMPLE_FILES });
    const counts = await jobCounts(url, QUEUES.ingest);
    assert.equal(counts.completed, 2 * SAMPLE_FILES);
    assert.equal(counts.created + counts.retry + counts.active + counts.failed, 0);

    const ingest = await cli(['ingest', '--quiet', ...samples, '--db', single.url()]);
    assert.equal(ingest.code, 0, ingest.stderr);
    const byWorkers = await cli(['moves', '--json', '--history', '--db', url]);
    const bySingle = await cli(['moves', '--json', '--history', '--db', single.url()]);
    assert.ok(tuples(bySingle.stdout).length > 40);
    assert.deepEqual(tuples(byWorkers.stdout), tuples(bySingle.stdout));
  });

  test('a failing job is retried with backoff, then listed by jobs failed; a permanent failure skips the retries; retry-failed queues them again', async () => {
    const url = shared.url();
    const gone = await closedPortUrl();
    const pdf = join(mkdtempSync(join(tmpdir(), 'poachwatch-workers-')), 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4 not an article');
    const queued = await cli(['jobs', 'enqueue', gone, pdf, '--allow-private', '--retry-limit', '1', '--retry-delay', '1s', '--db', url]);
    assert.equal(queued.stdout, 'jobs: 2 queued\n', queued.stderr);

    const worker = await cli(['worker', '--once', '--poll', '200ms', '--db', url]);
    assert.equal(worker.code, 0, worker.stderr);
    assert.match(worker.stderr, /failed .*127\.0\.0\.1.*\(will retry\)/);
    assert.match(worker.stdout, /3 failed attempts \(2 dead-lettered\)/);

    const failed = await cli(['jobs', 'failed', '--json', '--db', url]);
    const letters = JSON.parse(failed.stdout) as Array<{ input: string; error: string; attempts: number }>;
    assert.deepEqual(letters.map((l) => [l.input, l.attempts]).sort(), [[gone, 2], [pdf, 1]].sort());
    assert.match(letters.find((l) => l.input === gone)!.error, /127\.0\.0\.1/);
    assert.match(letters.find((l) => l.input === pdf)!.error, /unsupported file type '\.pdf'/);
    const shown = await cli(['jobs', 'failed', '--db', url]);
    assert.match(shown.stdout, new RegExp(`${gone.replace(/[.:/]/g, '\\$&')}  \\(2 attempts\\)\\n {4}\\S`));
    assert.equal((await jobCounts(url, QUEUES.ingestFailed)).created, 2);

    const retried = await cli(['jobs', 'retry-failed', '--db', url]);
    assert.equal(retried.stdout, 'jobs: 2 failed jobs queued again\n');
    assert.equal((await cli(['jobs', 'failed', '--db', url])).stdout, 'no failed jobs\n');
    assert.equal((await jobCounts(url, QUEUES.ingest)).created, 2);
  });

  test('a resolution that failed every attempt is listed by jobs failed and queued again by retry-failed', async () => {
    const url = shared.url();
    const queue = await openJobQueue(url);
    try {
      // What pg-boss leaves when a resolve job exhausts its retries: a job in the dead-letter queue.
      await queue.boss.send(QUEUES.resolveFailed, {});
    } finally {
      await queue.close();
    }
    const letters = JSON.parse((await cli(['jobs', 'failed', '--json', '--db', url])).stdout) as Array<{ queue: string; input: string }>;
    assert.deepEqual(letters.map((l) => [l.queue, l.input]), [['resolve', '(re-resolve the store)']]);
    const resolveBefore = (await jobCounts(url, QUEUES.resolve)).created;
    assert.equal((await cli(['jobs', 'retry-failed', '--db', url])).stdout, 'jobs: 1 failed job queued again\n');
    assert.equal((await jobCounts(url, QUEUES.resolve)).created, resolveBefore + 1);
    assert.equal((await cli(['jobs', 'failed', '--db', url])).stdout, 'no failed jobs\n');
    // The later tests count resolve jobs from an empty queue.
    const cleanup = await openJobQueue(url);
    try {
      await cleanup.boss.purgeQueue(QUEUES.resolve);
    } finally {
      await cleanup.close();
    }
  });

  test('a worker process without --once runs until SIGTERM, then finishes the job in hand and exits 0', async () => {
    const url = shared.url();
    const dir = mkdtempSync(join(tmpdir(), 'poachwatch-sigterm-'));
    writeFileSync(join(dir, 'late.txt'), readFileSync(join(samples[1], 'd015.txt'), 'utf8'));
    assert.equal((await cli(['jobs', 'enqueue', dir, '--db', url])).stdout, 'jobs: 1 queued\n');
    const { POACHWATCH_DB: _omit, ...env } = process.env;
    const child = spawn(process.execPath, [join(root, 'bin/poachwatch.js'), 'worker', '--poll', '200ms', '--db', url], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    const storedSeen = new Promise<void>((resolve) => child.stderr.on('data', (d) => {
      stderr += d;
      if (/^stored +.*late\.txt/m.test(stderr)) resolve();
    }));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    await Promise.race([storedSeen, exited]);
    child.kill('SIGTERM');
    assert.equal(await exited, 0, stderr);
    assert.match(stderr, /stopping after the jobs in hand/);
    assert.match(stdout, /^worker: 1 stored, 0 skipped/);
  });

  test('daemon workers fold a burst of documents into one pending resolve, run it, and stop after the jobs in hand', async () => {
    const url = shared.url();
    // New documents (sources of their own) so that each one is stored and asks for a resolution.
    const dir = mkdtempSync(join(tmpdir(), 'poachwatch-burst-'));
    for (const name of ['d001.txt', 'd002.txt', 'd003.txt', 'd004.txt', 'd005.txt', 'd006.txt']) {
      writeFileSync(join(dir, name), readFileSync(join(samples[0], name), 'utf8'));
    }
    const queue = await openJobQueue(url);
    const store = await openStore(url);
    const gazetteer = loadGazetteer();
    const daemon = (resolveDelaySeconds: number, signal: AbortSignal, onEvent?: (e: WorkerEvent) => void) =>
      runWorker({ store, queue, gazetteer, concurrency: 2, pollMs: 100, resolveDelaySeconds, signal, onEvent });
    const counts = async (name: string) => (await countJobs(queue)).find((q) => q.queue === name)!.counts;
    const waitFor = async (what: string, done: () => Promise<boolean>) => {
      for (let i = 0; i < 600; i++) {
        if (await done()) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      assert.fail(`timed out waiting for ${what}`);
    };
    try {
      await queue.boss.purgeQueue(QUEUES.ingest);
      await queue.boss.purgeQueue(QUEUES.resolve);
      const enq = await cli(['jobs', 'enqueue', dir, '--db', url]);
      assert.equal(enq.stdout, 'jobs: 6 queued\n');

      // Phase 1: the resolution waits an hour, so every stored document meets the same pending job.
      const burst = new AbortController();
      const daemons = [daemon(3600, burst.signal), daemon(3600, burst.signal)];
      try {
        await waitFor('the ingest queue to drain', async () => {
          const c = await counts(QUEUES.ingest);
          return c.created + c.retry + c.active === 0;
        });
      } finally {
        burst.abort();
      }
      const reports = await Promise.all(daemons);
      assert.equal(reports.reduce((n, r) => n + r.stored, 0), 6);
      const pending = await counts(QUEUES.resolve);
      assert.deepEqual([pending.created, pending.active, pending.completed], [1, 0, 0]);

      // Phase 2: a resolve job that is due now is taken by a daemon and run once.
      await queue.boss.purgeQueue(QUEUES.resolve);
      await queue.boss.send(QUEUES.resolve, {}, { singletonKey: 'store' });
      const resolving = new AbortController();
      const resolved: number[] = [];
      const second = daemon(0, resolving.signal, (e) => { if (e.status === 'resolved') resolved.push(e.moves); });
      try {
        await waitFor('the resolve job', async () => (await counts(QUEUES.resolve)).completed === 1);
      } finally {
        resolving.abort();
      }
      const report = await second;
      assert.equal(report.resolutions, 1);
      assert.equal(resolved.length, 1);
      const [{ n }] = await shared.query('select count(*)::int as n from moves');
      assert.equal(resolved[0], n);
    } finally {
      await store.close();
      await queue.close();
    }
  });
});

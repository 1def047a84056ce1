/**
 * Ingestion into PostgreSQL through the job queue: `poachwatch jobs enqueue DIR`, then N
 * `poachwatch worker --once` processes side by side until the queue is empty and the store resolved.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/index.ts';
import { createScratchPostgres } from './scale/load-scale-store.ts';

export interface WorkersResult {
  workers: number;
  documents: number;
  stored: number;
  moves: number;
  enqueueSeconds: number;
  /** From the workers' start to the last one's exit (final resolution included). */
  seconds: number;
  documentsPerSecond: number;
}

const CLI = fileURLToPath(new URL('../bin/poachwatch.js', import.meta.url));

/** Enqueues every file of `texts` into a scratch database beside `postgres`, then times `workers` worker processes over it. */
export async function benchWorkers(postgres: string, texts: string, documents: number, workers: number): Promise<WorkersResult> {
  const db = await createScratchPostgres(postgres, `w${workers}_${documents}`);
  try {
    const t0 = performance.now();
    const enqueue = spawnSync(process.execPath, [CLI, 'jobs', 'enqueue', texts, '--db', db.url], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (enqueue.status !== 0) throw new Error(`jobs enqueue failed (exit ${enqueue.status}): ${enqueue.stderr.slice(0, 500)}`);
    const t1 = performance.now();
    const reports = await Promise.all(Array.from({ length: workers }, () => runWorkerProcess(db.url)));
    const t2 = performance.now();
    const store = await openStore(db.url);
    let moves: number;
    try {
      moves = (await store.counts()).moves;
    } finally {
      await store.close();
    }
    const seconds = (t2 - t1) / 1000;
    return {
      workers, documents, stored: reports.reduce((s, r) => s + r.stored, 0), moves,
      enqueueSeconds: Math.round((t1 - t0) / 100) / 10, seconds: Math.round(seconds * 10) / 10, documentsPerSecond: Math.round(documents / seconds),
    };
  } finally {
    await db.drop();
  }
}

function runWorkerProcess(url: string): Promise<{ stored: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'worker', '--db', url, '--once', '--quiet', '--json', '--poll', '200ms'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`worker exited ${code}: ${err.slice(0, 500)}`));
      else {
        try {
          resolve(JSON.parse(out) as { stored: number });
        } catch {
          reject(new Error(`worker printed no report: ${out.slice(0, 200)}`));
        }
      }
    });
  });
}

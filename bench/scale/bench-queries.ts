/** Query latency at a given number of moves: builds the store in bulk, times the probes, writes their plans. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.ts';
import { createScratchPostgres, loadScaleStore, openRawDb, type LoadedScale } from './load-scale-store.ts';
import { explainProbes } from './explain-probes.ts';
import { queryProbes, timeProbes, type ProbeTiming } from './query-probes.ts';

export interface QueryBenchResult {
  engine: 'sqlite' | 'postgres';
  moves: number;
  people: number;
  loadSeconds: number;
  timings: ProbeTiming[];
  /** EXPLAIN output of every probe's statements. */
  plans: string;
}

export interface QueryBenchOptions {
  engine: 'sqlite' | 'postgres';
  moves: number;
  seed: number;
  /** Base PostgreSQL URL (a scratch database is created beside it). */
  postgres?: string;
  runs?: number;
}

/** Builds a store of `moves` moves on the engine, times and explains the probes, then removes it. */
export async function benchQueries(opts: QueryBenchOptions): Promise<QueryBenchResult> {
  let url: string;
  let cleanUp: () => Promise<void>;
  if (opts.engine === 'postgres') {
    if (!opts.postgres) throw new Error('benchQueries: postgres needs a base URL');
    const scratch = await createScratchPostgres(opts.postgres, `q${opts.moves}`);
    url = scratch.url;
    cleanUp = scratch.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'poachwatch-scale-'));
    url = `sqlite:${join(dir, 'scale.sqlite')}`;
    cleanUp = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    const loaded: LoadedScale = await loadScaleStore(url, { seed: opts.seed, moves: opts.moves });
    const { personName, surname } = await pickProbeNames(url);
    const probes = queryProbes(personName, surname);
    const store = await openStore(url);
    let timings: ProbeTiming[];
    try {
      timings = await timeProbes(store, probes, opts.runs);
    } finally {
      await store.close();
    }
    const plans = await explainProbes(url, probes);
    return { engine: opts.engine, moves: loaded.moves, people: loaded.people, loadSeconds: Math.round(loaded.seconds * 10) / 10, timings, plans };
  } finally {
    await cleanUp();
  }
}

/** A person in the middle of the world to look up by full name, and the first word of their name to look up by part. */
async function pickProbeNames(url: string): Promise<{ personName: string; surname: string }> {
  const db = openRawDb(url);
  try {
    const { n } = await db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const person = await db.selectFrom('people').select('name').where('id', '=', Math.max(1, Math.floor(Number(n) / 2))).executeTakeFirstOrThrow();
    return { personName: person.name, surname: person.name.split(' ')[0] };
  } finally {
    await db.destroy();
  }
}

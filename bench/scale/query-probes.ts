/** The queries the benchmark times and explains: flows, organization pages, people, move lists, as users ask them. */
import type { Store } from '../../src/store/index.ts';
import { PROBE_ORGS } from './scale-world.ts';

export interface QueryProbe {
  name: string;
  /** Runs the query once; returns how many top-level rows came back. */
  run(store: Store): Promise<number>;
}

/** The probes for a store whose people include `personName`, whose surname-like token is `surname`. */
export function queryProbes(personName: string, surname: string): QueryProbe[] {
  const lastYear = { since: '2025-01', until: '2025-12' };
  return [
    // Flows as the API and dashboard ask for them: 20 people listed per flow (peopleCount says how many in all).
    { name: 'flows, top 20, 20 people each, all time', run: async (s) => (await s.flows({ limit: 20, peopleLimit: 20 })).length },
    { name: 'flows, top 20, 20 people each, one year', run: async (s) => (await s.flows({ ...lastYear, limit: 20, peopleLimit: 20 })).length },
    { name: 'flows, top 500, 20 people each, all time', run: async (s) => (await s.flows({ limit: 500, peopleLimit: 20 })).length },
    { name: 'flows, every pair, 20 people each, one year', run: async (s) => (await s.flows({ ...lastYear, peopleLimit: 20 })).length },
    { name: 'flows, every pair, 20 people each, all time', run: async (s) => (await s.flows({ peopleLimit: 20 })).length },
    // Every person of every flow, as the `flows` verb prints by default.
    { name: 'flows, top 20, all time', run: async (s) => (await s.flows({ limit: 20 })).length },
    { name: 'flows, top 20, one year', run: async (s) => (await s.flows({ ...lastYear, limit: 20 })).length },
    { name: 'flows, every pair, one year', run: async (s) => (await s.flows(lastYear)).length },
    { name: 'flows, every pair, all time', run: async (s) => (await s.flows()).length },
    { name: `org ${PROBE_ORGS.large} (largest), all time`, run: async (s) => ((await s.orgSummary(PROBE_ORGS.large)) ? 1 : 0) },
    { name: `org ${PROBE_ORGS.large}, one year`, run: async (s) => ((await s.orgSummary(PROBE_ORGS.large, lastYear)) ? 1 : 0) },
    { name: `org ${PROBE_ORGS.middling} (middling), all time`, run: async (s) => ((await s.orgSummary(PROBE_ORGS.middling)) ? 1 : 0) },
    { name: 'person, full name', run: async (s) => (await s.findPeople(personName)).length },
    { name: `person, part of a name ('${surname}')`, run: async (s) => (await s.findPeople(surname)).length },
    { name: 'moves, newest 50', run: async (s) => (await s.listMoves({ limit: 50 })).length },
    { name: `moves from ${PROBE_ORGS.large}, newest 50`, run: async (s) => (await s.listMoves({ from: PROBE_ORGS.large, limit: 50 })).length },
  ];
}

export interface ProbeTiming {
  name: string;
  rows: number;
  /** Median of the timed runs, after one untimed warm-up run. */
  medianMs: number;
  minMs: number;
  /** Median CPU time of this process per run: the engine's work too on SQLite (in-process), only the client's on PostgreSQL. Steadier than wall time on a busy machine. */
  cpuMs: number;
  runs: number;
}

/** Times each probe: one warm-up run, then `runs` timed runs (fewer when a run exceeds `budgetMs`). */
export async function timeProbes(store: Store, probes: QueryProbe[], runs = 5, budgetMs = 5000): Promise<ProbeTiming[]> {
  const out: ProbeTiming[] = [];
  for (const probe of probes) {
    const warm = performance.now();
    const rows = await probe.run(store);
    const warmMs = performance.now() - warm;
    const times: number[] = [];
    const cpu: number[] = [];
    const n = warmMs > budgetMs ? 1 : runs;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await probe.run(store);
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    out.push({ name: probe.name, rows, medianMs: round(times[times.length >> 1]), minMs: round(times[0]), cpuMs: round(cpu[cpu.length >> 1]), runs: n });
  }
  return out;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

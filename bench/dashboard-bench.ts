/**
 * The dashboard at scale: a store of 50,000 moves (the scale world of bench/scale, bulk-loaded), the
 * real server on loopback, then
 *   1. each API call the overview makes, cold (analysis cache emptied before every call) and warm,
 *      median and p95 over several calls;
 *   2. time to interactive in Chromium: navigation start → the Sankey and the tables rendered (the
 *      app marks `poachwatch-ready:<page>` when it sets `data-ready`), cold and warm.
 *
 *   node bin/run-ts.js bench/dashboard-bench.ts [--moves 50000] [--runs 7] [--seed 1] [--json]
 *
 * Not a test: it prints figures with the machine they were measured on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/index.ts';
import { AnalysisCache } from '../src/server/index.ts';
import { loadScaleStore } from './scale/load-scale-store.ts';
import { browserMissing, launchChromium } from '../test/e2e/browser.ts';
import { startSampleServer } from '../test/e2e/serve-sample.ts';

const { values } = parseArgs({
  options: {
    moves: { type: 'string', default: '50000' },
    runs: { type: 'string', default: '7' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean' },
  },
});
const moves = Number(values.moves);
const runs = Math.max(2, Number(values.runs));
const seed = Number(values.seed);

// What web/pages/overview.ts asks for on the default window ("all"), and on a one-year window.
const OVERVIEW_CALLS = (since?: string) => {
  const w = since ? `&since=${since}` : '';
  return [`/api/flows?limit=500${w}`, `/api/moves?limit=15${w}`, '/api/bursts', '/api/alerts?limit=10'];
};

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};
const summary = (xs: number[]) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });
const ms = (x: number) => `${x.toFixed(0)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'poachwatch-dash-bench-'));
const url = `sqlite:${join(dir, 'bench.sqlite')}`;
const loaded = await loadScaleStore(url, { seed, moves });
const store = await openStore(url);
const counts = await store.counts();
// A long TTL: "warm" means served from the cache; "cold" empties it on purpose (bump) before each call.
const cache = new AnalysisCache({ ttlMs: 3_600_000 });
const server = await startSampleServer({ store, cache });

const api: Array<{ call: string; bytes: number; cold: ReturnType<typeof summary>; warm: ReturnType<typeof summary> }> = [];
const tti: Record<string, ReturnType<typeof summary> & { dataMedian: number }> = {};
let chromiumVersion: string | null = null;
try {
  const time = async (path: string) => {
    const t0 = performance.now();
    const res = await fetch(server.url + path);
    const body = await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${Buffer.from(body).toString().slice(0, 200)}`);
    return { ms: performance.now() - t0, bytes: body.byteLength };
  };
  for (const call of [...OVERVIEW_CALLS(), ...OVERVIEW_CALLS('1y').slice(0, 2)]) {
    const cold: number[] = [], warm: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      cache.bump();
      const r = await time(call);
      cold.push(r.ms);
      bytes = r.bytes;
    }
    for (let i = 0; i < runs; i++) warm.push((await time(call)).ms);
    api.push({ call, bytes, cold: summary(cold), warm: summary(warm) });
  }

  const missing = browserMissing();
  if (missing) {
    console.error(`dashboard bench: skipping time to interactive: ${missing}`);
  } else {
    const browser = await launchChromium();
    chromiumVersion = browser.version();
    try {
      const measure = async (path: string, coldCache: boolean) => {
        const samples: number[] = [];
        const dataSamples: number[] = [];
        for (let i = 0; i < runs; i++) {
          if (coldCache) cache.bump();
          // A fresh context each time: nothing cached in the browser either (the worst first visit).
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
          const page = await context.newPage();
          await page.goto(server.url + path);
          await page.waitForSelector('#main[data-ready] svg.sankey, #main[data-ready] .empty', { timeout: 60_000 });
          const [data, ready] = await page.evaluate("['poachwatch-data:', 'poachwatch-ready:'].map((p) => performance.getEntriesByType('mark').find((m) => m.name.startsWith(p))?.startTime ?? null)") as Array<number | null>;
          if (ready === null || data === null) throw new Error(`no ready mark on ${path}`);
          samples.push(ready);
          dataSamples.push(data);
          await context.close();
        }
        return { ...summary(samples), dataMedian: summary(dataSamples).median };
      };
      tti['overview, all, cold API cache'] = await measure('/', true);
      tti['overview, all, warm API cache'] = await measure('/', false);
      tti['overview, 1y, cold API cache'] = await measure('/?window=1y', true);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores (load ${loadavg()[0]!.toFixed(1)}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}${chromiumVersion ? `, Chromium ${chromiumVersion}` : ''}`;
const result = { machine, store: { engine: 'sqlite', ...counts, loadSeconds: loaded.seconds }, runs, api, timeToInteractive: tti };
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`dashboard bench — ${machine}`);
  console.log(`store: SQLite, ${counts.moves} moves, ${counts.people} people, ${counts.orgs} organizations, ${counts.documents} documents (bulk-loaded in ${loaded.seconds.toFixed(1)} s)`);
  console.log(`\nAPI calls of the overview (${runs} each; cold = analysis cache emptied before each call)`);
  for (const a of api) {
    console.log(`  ${a.call.padEnd(34)} cold median ${ms(a.cold.median).padStart(8)}  p95 ${ms(a.cold.p95).padStart(8)}   warm median ${ms(a.warm.median).padStart(6)}  p95 ${ms(a.warm.p95).padStart(6)}   ${(a.bytes / 1024).toFixed(0)} KiB`);
  }
  if (Object.keys(tti).length) {
    console.log(`\nTime to interactive in Chromium, navigation start → Sankey and tables rendered (${runs} runs each, fresh browser context)`);
    for (const [name, s] of Object.entries(tti)) console.log(`  ${name.padEnd(32)} median ${ms(s.median).padStart(8)}  p95 ${ms(s.p95).padStart(8)}   (API answers in by ${ms(s.dataMedian)}, median)`);
  }
}

/**
 * `npm run bench`: extraction throughput on one core, and end-to-end ingestion into SQLite,
 * over a seeded synthetic corpus of Korean and English articles (bench/synth).
 *
 *   npm run bench -- [--documents 5000] [--extract-documents 3000] [--seed 1] [--json]
 *
 * Node runs JavaScript on one thread, so every figure is for one core.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { generateCorpus, writeCorpus } from './synth/generate-corpus.ts';
import { extractMoves } from '../src/extract/index.ts';
import { defaultGazetteer } from '../src/orgs/index.ts';
import { openStore } from '../src/store/index.ts';
import { runIngest } from '../src/pipeline.ts';
import type { Article } from '../src/core/types.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '5000' },
    'extract-documents': { type: 'string', default: '3000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean' },
    keep: { type: 'boolean' },
  },
});
const seed = Number(values.seed);
const nIngest = Number(values.documents);
const nExtract = Number(values['extract-documents']);

const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const cpuSeconds = (start: NodeJS.CpuUsage) => { const u = process.cpuUsage(start); return (u.user + u.system) / 1e6; };

function toArticle(doc: { id: string; lang: 'ko' | 'en'; text: string; published: string }): Article {
  return {
    source: `${doc.id}.txt`, url: null, title: doc.text.slice(0, doc.text.indexOf('\n')), text: doc.text, lang: doc.lang,
    published: doc.published, publishedFrom: 'dateline', contentHash: createHash('sha256').update(doc.text).digest('hex'),
    mediaType: 'text/plain', charset: 'utf-8', bytes: Buffer.byteLength(doc.text),
  };
}

// 1. Extraction alone: articles in memory, rules only.
const gazetteer = defaultGazetteer();
const corpusDocs = [...generateCorpus({ seed, documents: nExtract })];
const articles = corpusDocs.map(toArticle);
const mb = articles.reduce((s, a) => s + a.bytes, 0) / 1e6;
for (const a of articles.slice(0, 200)) extractMoves(a, { gazetteer }); // warm-up: JIT and lazy tables
let t0 = performance.now();
let c0 = process.cpuUsage();
let claims = 0;
for (const a of articles) claims += extractMoves(a, { gazetteer }).moves.length;
const extractWall = (performance.now() - t0) / 1000;
const extractCpu = cpuSeconds(c0);

// 2. End to end: files on disk → ingest → extract → SQLite (one transaction per document) → resolve.
const dir = mkdtempSync(join(tmpdir(), 'poachwatch-bench-'));
const corpus = writeCorpus(join(dir, 'corpus'), { seed: seed + 1, documents: nIngest });
const store = await openStore(`sqlite:${join(dir, 'bench.sqlite')}`);
t0 = performance.now();
c0 = process.cpuUsage();
const report = await runIngest([join(dir, 'corpus', 'texts')], { store, gazetteer });
const ingestWall = (performance.now() - t0) / 1000;
const ingestCpu = cpuSeconds(c0);
const counts = await store.counts();

// 3. Quality on the synthetic corpus (templated text: an upper bound on real news).
const pred = join(dir, 'pred.jsonl');
writeFileSync(pred, articles.slice(0, 1000).map((a) => JSON.stringify({ source: a.source, moves: extractMoves(a, { gazetteer }).moves })).join('\n') + '\n');
const goldFile = join(dir, 'gold.jsonl');
writeFileSync(goldFile, corpusDocs.slice(0, 1000).map((d) => JSON.stringify(d.truth)).join('\n') + '\n');
const scorer = new URL('../../shared/eval/score.mjs', import.meta.url).pathname;
const scored = spawnSync(process.execPath, [scorer, '--gold', goldFile, '--pred', pred], { encoding: 'utf8' });
const synthF1 = /fact-F1 ([\d.]+)/.exec(scored.stdout ?? '')?.[1] ?? 'n/a (../shared/eval not found)';
await store.close();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
if (!values.keep) rmSync(dir, { recursive: true, force: true });

const results = {
  machine,
  extraction: {
    documents: articles.length, megabytes: Number(mb.toFixed(2)), claims,
    documentsPerSecond: Math.round(articles.length / extractWall), megabytesPerSecond: Number((mb / extractWall).toFixed(2)),
    documentsPerCpuSecond: Math.round(articles.length / extractCpu),
  },
  ingestion: {
    documents: corpus.documents, stored: report.stored, failed: report.failed, moves: counts.moves, seconds: Number(ingestWall.toFixed(2)),
    documentsPerSecond: Math.round(corpus.documents / ingestWall), documentsPerCpuSecond: Math.round(corpus.documents / ingestCpu),
  },
  peakRssMb: Math.round(peakRssMb),
  syntheticFactF1: synthF1,
};
if (values.json) console.log(JSON.stringify(results, null, 2));
else {
  console.log(`poachwatch benchmark — ${machine}`);
  console.log(`extraction:  ${results.extraction.documentsPerSecond} documents/s, ${results.extraction.megabytesPerSecond} MB/s on one core (${articles.length} documents, ${results.extraction.megabytes} MB; ${results.extraction.documentsPerCpuSecond} documents per CPU-second)`);
  console.log(`ingestion:   ${results.ingestion.documentsPerSecond} documents/s end to end into SQLite (${corpus.documents} documents → ${counts.moves} moves in ${results.ingestion.seconds} s; ${results.ingestion.documentsPerCpuSecond} documents per CPU-second)`);
  console.log(`peak memory: ${results.peakRssMb} MB resident`);
  console.log(`synthetic-corpus fact-F1 (templated text, an upper bound): ${synthF1}`);
}
mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
writeFileSync(new URL('./out/results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n');

/** Extraction alone on one core: synthetic articles generated in memory, one at a time, through the rule packs. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { extractMoves } from '../src/extract/index.ts';
import { defaultGazetteer } from '../src/orgs/index.ts';
import type { Article } from '../src/core/types.ts';
import { generateCorpus, type SynthDocument } from './synth/generate-corpus.ts';
import { cpuSecondsSince, peakRssMb } from './machine.ts';

export interface ExtractionResult {
  documents: number;
  megabytes: number;
  claims: number;
  documentsPerSecond: number;
  megabytesPerSecond: number;
  /** Documents per CPU-second: what one idle core would do, steadier than wall time on a busy machine. */
  documentsPerCpuSecond: number;
  /** Per language, documents per CPU-second (the Korean pack is the slower). */
  byLang: Record<'ko' | 'en', { documents: number; documentsPerCpuSecond: number }>;
  peakRssMb: number;
  /** fact-F1 of the first `scored` documents against their own key (templated text: an upper bound). */
  syntheticFactF1: string;
  scored: number;
}

const WARM_UP = 200;
const SCORED = 1000;

export function toArticle(doc: SynthDocument): Article {
  return {
    source: `${doc.id}.txt`, url: null, title: doc.text.slice(0, doc.text.indexOf('\n')), text: doc.text, lang: doc.lang,
    published: doc.published, publishedFrom: 'dateline', contentHash: createHash('sha256').update(doc.text).digest('hex'),
    mediaType: 'text/plain', charset: 'utf-8', bytes: Buffer.byteLength(doc.text),
  };
}

/**
 * Generates `documents` articles (plus a warm-up set from another seed) and extracts each as it
 * comes: no corpus array, so memory does not grow with the count. Generation is timed out.
 */
export function benchExtraction(opts: { seed: number; documents: number; scratch: string }): ExtractionResult {
  const gazetteer = defaultGazetteer();
  for (const doc of generateCorpus({ seed: opts.seed + 1000, documents: WARM_UP })) extractMoves(toArticle(doc), { gazetteer }); // JIT and lazy tables
  const goldFile = join(opts.scratch, 'gold.jsonl');
  const predFile = join(opts.scratch, 'pred.jsonl');
  const gold = openSync(goldFile, 'w');
  const pred = openSync(predFile, 'w');
  let documents = 0;
  let bytes = 0;
  let claims = 0;
  let wall = 0;
  let cpu = 0;
  const byLang = { ko: { documents: 0, cpu: 0 }, en: { documents: 0, cpu: 0 } };
  try {
    for (const doc of generateCorpus({ seed: opts.seed, documents: opts.documents })) {
      const article = toArticle(doc);
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const moves = extractMoves(article, { gazetteer }).moves;
      const spent = cpuSecondsSince(c0);
      wall += (performance.now() - t0) / 1000;
      cpu += spent;
      byLang[doc.lang].documents++;
      byLang[doc.lang].cpu += spent;
      documents++;
      bytes += article.bytes;
      claims += moves.length;
      if (documents <= SCORED) {
        writeSync(gold, `${JSON.stringify(doc.truth)}\n`);
        writeSync(pred, `${JSON.stringify({ source: article.source, moves })}\n`);
      }
    }
  } finally {
    closeSync(gold);
    closeSync(pred);
  }
  const mb = bytes / 1e6;
  return {
    documents, megabytes: round2(mb), claims,
    documentsPerSecond: Math.round(documents / wall), megabytesPerSecond: round2(mb / wall), documentsPerCpuSecond: Math.round(documents / cpu),
    byLang: {
      ko: { documents: byLang.ko.documents, documentsPerCpuSecond: Math.round(byLang.ko.documents / byLang.ko.cpu) },
      en: { documents: byLang.en.documents, documentsPerCpuSecond: Math.round(byLang.en.documents / byLang.en.cpu) },
    },
    peakRssMb: peakRssMb(),
    syntheticFactF1: scoreWithSharedScorer(goldFile, predFile),
    scored: Math.min(SCORED, documents),
  };
}

/** Runs ../shared/eval/score.mjs beside the repository; says so when it is absent. */
export function scoreWithSharedScorer(goldFile: string, predFile: string): string {
  const scorer = fileURLToPath(new URL('../../shared/eval/score.mjs', import.meta.url));
  const scored = spawnSync(process.execPath, [scorer, '--gold', goldFile, '--pred', predFile], { encoding: 'utf8' });
  return /fact-F1 ([\d.]+)/.exec(scored.stdout ?? '')?.[1] ?? 'n/a (../shared/eval not found)';
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The benchmark's results as a few readable lines and tables. */
import type { BenchOptions } from './bench-options.ts';
import type { ExtractionResult } from './bench-extraction.ts';
import type { IngestResult } from './bench-ingest.ts';
import type { WorkersResult } from './bench-workers.ts';
import type { QueryBenchResult } from './scale/bench-queries.ts';

export interface BenchResults {
  machine: string;
  loadAtStart: string;
  loadAtEnd: string;
  options: BenchOptions;
  extraction?: ExtractionResult;
  ingest: IngestResult[];
  workers: WorkersResult[];
  /** Measurements that failed, one line each (the others still ran). */
  failures: string[];
  /** `plans` is the path of the file the plans were written to. */
  queries: QueryBenchResult[];
}

const n = (x: number): string => x.toLocaleString('en-US');

export function formatResults(r: BenchResults): string {
  const out = [`poachwatch benchmark — ${r.machine}; ${r.loadAtStart} at the start, ${r.loadAtEnd} at the end`];
  if (r.extraction) {
    const e = r.extraction;
    out.push(
      '',
      `extraction, one core: ${n(e.documentsPerSecond)} documents/s, ${e.megabytesPerSecond} MB/s (${n(e.documents)} documents, ${e.megabytes} MB, ${n(e.claims)} claims)`,
      `  per CPU-second: ${n(e.documentsPerCpuSecond)} documents (ko ${n(e.byLang.ko.documentsPerCpuSecond)}, en ${n(e.byLang.en.documentsPerCpuSecond)}); peak memory ${e.peakRssMb} MB`,
      `  synthetic fact-F1 (first ${n(e.scored)} documents, templated text, an upper bound): ${e.syntheticFactF1}`,
    );
  }
  if (r.ingest.length) {
    out.push('', '| ingestion | documents | moves | documents/s | per CPU-s | store s | resolve s | resolution | RSS after store | peak RSS |', '|---|---|---|---|---|---|---|---|---|---|');
    for (const i of r.ingest) {
      out.push(`| ${i.engine} | ${n(i.documents)} | ${n(i.moves)} | ${n(i.documentsPerSecond)} | ${n(i.documentsPerCpuSecond)} | ${i.storeSeconds} | ${i.resolveSeconds} | ${i.resolution} | ${i.rssAfterStoreMb} MB | ${i.peakRssMb} MB |`);
    }
  }
  if (r.workers.length) {
    out.push('', '| PostgreSQL through the job queue | documents | moves | documents/s | seconds | enqueue s |', '|---|---|---|---|---|---|');
    for (const w of r.workers) out.push(`| ${w.workers} worker${w.workers === 1 ? '' : 's'} | ${n(w.documents)} | ${n(w.moves)} | ${n(w.documentsPerSecond)} | ${w.seconds} | ${w.enqueueSeconds} |`);
  }
  for (const q of r.queries) {
    out.push('', `queries on ${q.engine}, ${n(q.moves)} moves, ${n(q.people)} people (store built in ${q.loadSeconds} s; plans in ${q.plans})`, '| query | rows | median ms | min ms | CPU ms |', '|---|---|---|---|---|');
    for (const t of q.timings) out.push(`| ${t.name} | ${n(t.rows)} | ${t.medianMs} | ${t.minMs} | ${t.cpuMs} |`);
  }
  for (const f of r.failures) out.push('', `failed: ${f}`);
  return out.join('\n');
}

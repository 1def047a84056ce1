/**
 * A seeded synthetic corpus for the benchmark: a simulated talent market rendered as Korean and
 * English news texts, each with its answer key (a gold.jsonl line).
 *
 *   node bin/run-ts.js bench/synth/generate-corpus.ts --out DIR --documents 5000 --seed 1 [--lang ko|en|both]
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { InputError } from '../../src/core/errors.ts';
import { createRng } from './create-rng.ts';
import { dayOf } from './describe-date.ts';
import type { Truth } from './open-pen.ts';
import { renderArticle } from './render-article.ts';
import { createMarket } from './create-market.ts';
import { plantedEvent, type PlantedEvent } from './plant-events.ts';

export type { Truth, TruthMove } from './open-pen.ts';
export type { PlantedEvent } from './plant-events.ts';

export interface CorpusOptions {
  seed: number;
  documents: number;
  lang?: 'ko' | 'en' | 'both';
  /** First publication date, `YYYY-MM-DD` (default 2021-01-04). */
  start?: string;
  /** How many years the publication dates span (default 5). */
  years?: number;
}

export interface SynthDocument {
  id: string;
  lang: 'ko' | 'en';
  text: string;
  /** `YYYY-MM-DD`; every text also states it in its byline or dateline. */
  published: string;
  truth: Truth;
  /** The burst or cascade this document reports, when its story planted one. */
  event: PlantedEvent | null;
}

const LANGS = ['ko', 'en', 'both'] as const;

function checkOptions(opts: CorpusOptions): void {
  if (!Number.isSafeInteger(opts.seed)) {
    throw new InputError('usage', `seed: expected an integer, got ${JSON.stringify(opts.seed)} (example: --seed 1)`);
  }
  if (!Number.isSafeInteger(opts.documents) || opts.documents < 0) {
    throw new InputError('usage', `documents: expected a whole number >= 0, got ${JSON.stringify(opts.documents)} (example: --documents 5000)`);
  }
  if (opts.lang !== undefined && !LANGS.includes(opts.lang)) {
    throw new InputError('usage', `lang: expected one of ${LANGS.join(', ')}, got ${JSON.stringify(opts.lang)} (example: --lang both)`);
  }
}

/**
 * Yields the corpus one document at a time; nothing accumulates, so a million documents need
 * the memory of one. The same options always give the same documents.
 * @example for (const doc of generateCorpus({ seed: 1, documents: 10 })) console.log(doc.id, doc.truth.moves.length);
 */
export function* generateCorpus(opts: CorpusOptions): Generator<SynthDocument> {
  checkOptions(opts);
  const rng = createRng(opts.seed);
  const start = dayOf(opts.start ?? '2021-01-04');
  const span = Math.round((opts.years ?? 5) * 365.25);
  const market = createMarket(rng, Number((opts.start ?? '2021').slice(0, 4)));
  const width = Math.max(6, String(opts.documents).length);
  for (let i = 0; i < opts.documents; i++) {
    const published = start + Math.floor(((i + rng.next()) * span) / Math.max(1, opts.documents));
    const lang = opts.lang === 'ko' || opts.lang === 'en' ? opts.lang : rng.chance(0.5) ? 'ko' : 'en';
    const id = `syn${String(i + 1).padStart(width, '0')}`;
    const story = market.nextStory(published, true);
    const { text, truth } = renderArticle(story, lang, rng, id);
    yield { id, lang, text, published: truth.published, truth, event: plantedEvent(story, id) };
  }
}

/**
 * Writes `DIR/texts/<id>.txt`, `DIR/gold.jsonl` (the answer key, a line per text) and
 * `DIR/events.jsonl` (the planted bursts and cascades, a line each), streaming.
 * @example writeCorpus('/tmp/synth', { seed: 1, documents: 5000 }) // { documents: 5000, bytes: ..., moves: ..., events: ... }
 */
export function writeCorpus(dir: string, opts: CorpusOptions): { documents: number; bytes: number; moves: number; events: number } {
  checkOptions(opts);
  mkdirSync(join(dir, 'texts'), { recursive: true });
  const gold = openSync(join(dir, 'gold.jsonl'), 'w');
  const planted = openSync(join(dir, 'events.jsonl'), 'w');
  let documents = 0;
  let bytes = 0;
  let moves = 0;
  let events = 0;
  try {
    for (const doc of generateCorpus(opts)) {
      writeFileSync(join(dir, 'texts', `${doc.id}.txt`), doc.text);
      writeSync(gold, `${JSON.stringify(doc.truth)}\n`);
      if (doc.event) {
        writeSync(planted, `${JSON.stringify(doc.event)}\n`);
        events++;
      }
      documents++;
      bytes += Buffer.byteLength(doc.text);
      moves += doc.truth.moves.filter((m) => !m.optional).length;
    }
  } finally {
    closeSync(gold);
    closeSync(planted);
  }
  return { documents, bytes, moves, events };
}

/** The command line: parses and checks flags, writes the corpus, prints one summary line. */
export function runCli(argv: string[]): string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, documents: { type: 'string' }, seed: { type: 'string' }, lang: { type: 'string' } },
      strict: true,
    }));
  } catch (cause) {
    throw new InputError('usage', `${(cause as Error).message} (usage: generate-corpus.ts --out DIR --documents 5000 --seed 1 [--lang ko|en|both])`, undefined, { cause });
  }
  if (!values.out) throw new InputError('usage', '--out: missing (example: --out /tmp/synth)');
  const num = (flag: string, raw: string | undefined, fallback: number): number => {
    if (raw === undefined) return fallback;
    if (!/^-?\d{1,15}$/.test(raw)) throw new InputError('usage', `--${flag}: expected a whole number, got ${JSON.stringify(raw.slice(0, 40))} (example: --${flag} 1)`);
    return Number(raw);
  };
  const lang = values.lang as CorpusOptions['lang'];
  if (lang !== undefined && !LANGS.includes(lang)) {
    throw new InputError('usage', `--lang: expected one of ${LANGS.join(', ')}, got ${JSON.stringify(String(lang).slice(0, 40))} (example: --lang both)`);
  }
  const started = performance.now();
  const r = writeCorpus(values.out, { seed: num('seed', values.seed, 1), documents: num('documents', values.documents, 1000), lang });
  const secs = (performance.now() - started) / 1000;
  return `wrote ${r.documents} documents (${(r.bytes / 1e6).toFixed(1)} MB, ${r.moves} scored moves, ${r.events} planted bursts and cascades) to ${values.out} in ${secs.toFixed(1)} s`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(runCli(process.argv.slice(2)));
  } catch (err) {
    if (err instanceof InputError) {
      console.error(`generate-corpus: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
}

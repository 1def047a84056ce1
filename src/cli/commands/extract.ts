/** `poachwatch extract`: inputs → one JSON line per document with the moves it states; no database. */
import { readSources } from '../../ingest/index.ts';
import type { Extraction, MoveClaim } from '../../core/types.ts';
import { describeFailure } from '../../pipeline.ts';
import { extractSafely } from '../../extract/index.ts';
import { parseChoice, parseVerbArgs } from '../args.ts';
import { gazetteerFrom, gazetteerOptions, ingestOptions, ingestOptionsFrom } from '../common-options.ts';
import { EXIT, type CliIO } from '../io.ts';
import { InputError } from '../../core/errors.ts';

/** The contract shape of one move in `extract --format jsonl` (see DESIGN.md). */
export function moveToContract(m: MoveClaim) {
  return {
    person: m.person,
    aliases: m.aliases,
    from: m.from && { org: m.from.org, team: m.from.team, verified: m.from.verified },
    to: m.to && { org: m.to.org, team: m.to.team, verified: m.to.verified },
    date: m.date,
    role: m.role,
    compensation: m.compensation,
    confidence: m.confidence,
    optional: m.history,
    evidence: m.evidence,
  };
}

export function extractionToContract(x: Extraction) {
  return { source: x.source, lang: x.lang, published: x.published, title: x.title, extractor: x.extractor, moves: x.moves.map(moveToContract) };
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('extract', argv, { format: { type: 'string' }, ...ingestOptions, ...gazetteerOptions });
  parseChoice('format', values.format, ['jsonl'] as const);
  if (!positionals.length) throw new InputError('usage', 'extract: no input given (a file, a directory, a URL, or - for stdin)');
  const gazetteer = gazetteerFrom(values, io);
  let done = 0;
  let failed = 0;
  for await (const item of readSources(positionals, ingestOptionsFrom(values, io))) {
    if (!item.ok) {
      failed++;
      io.err(`poachwatch extract: ${item.error.message}\n`);
      continue;
    }
    try {
      io.out(JSON.stringify(extractionToContract(extractSafely(item.article, gazetteer))) + '\n');
      done++;
    } catch (error) {
      failed++;
      io.err(`poachwatch extract: ${describeFailure(error).reason}\n`);
    }
  }
  io.err(`extract: ${done} document${done === 1 ? '' : 's'} extracted, ${failed} failed\n`);
  return failed ? EXIT.inputFailed : EXIT.ok;
}

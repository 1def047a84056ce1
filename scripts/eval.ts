/**
 * `npm run eval`: the extraction and merging scores, as the quality tests measure them.
 *   dev fact-F1   poachwatch extract over ../shared/eval/dev/texts, scored by ../shared/eval/score.mjs
 *   dev world-F1  ingest of the same texts into an empty SQLite store, `moves --json`, ../shared/eval/score-world.mjs
 *   held-out      test/heldout (36 texts), test/heldout2 (24 texts), test/heldout3 (20 texts, never tuned on) and samples/answers.jsonl (17 texts), scored the same way
 */
import { join } from 'node:path';
import { devTexts, evalDir, extractToFile, haveEval, heldoutDir, heldoutOrgArgs, poachwatch, sampleAnswerFiles, samplesDir, score, tempDir, writeTemp } from '../test/eval-harness.ts';

if (!haveEval) {
  console.error('eval: ../shared/eval is not beside the repository');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose') ? ['--verbose'] : [];
const extract = (inputs: string[]) => {
  const r = extractToFile(inputs);
  if (r.code !== 0) throw new Error(r.stderr);
  return r.path;
};
const show = (label: string, output: string) => console.log(`\n== ${label}\n${output.trim()}`);

show('dev corpus: fact-F1', score('score.mjs', ['--gold', join(evalDir, 'dev/gold.jsonl'), '--pred', extract([devTexts]), ...verbose]).output);

const dir = tempDir();
const db = `sqlite:${join(dir, 'world.sqlite')}`;
poachwatch(['ingest', '--quiet', '--db', db, devTexts]);
const moves = writeTemp(dir, 'moves.json', poachwatch(['moves', '--json', '--db', db]).stdout);
show('dev corpus after merging: world-F1', score('score-world.mjs', ['--world', join(evalDir, 'dev/world.jsonl'), '--moves', moves, ...verbose]).output);

for (const [set, label] of [['heldout', 'written unseen, then tuned on'], ['heldout2', 'written unseen, then tuned on'], ['heldout3', 'never tuned on']] as const) {
  const setDir = heldoutDir(set);
  show(`test/${set} (${label}): fact-F1`, score('score.mjs', ['--gold', join(setDir, 'gold.jsonl'), '--pred', extract([join(setDir, 'texts')]), ...heldoutOrgArgs(setDir), ...verbose]).output);
}

show('samples (new articles): fact-F1', score('score.mjs', ['--gold', join(samplesDir, 'answers.jsonl'), '--pred', extract(sampleAnswerFiles()), ...verbose]).output);

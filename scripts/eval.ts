/**
 * `npm run eval`: the extraction and merging scores, as the quality tests measure them.
 *   dev fact-F1   poachwatch extract over ../shared/eval/dev/texts, scored by ../shared/eval/score.mjs
 *   dev world-F1  ingest of the same texts into an empty SQLite store, `moves --json`, ../shared/eval/score-world.mjs
 *   held-out      test/heldout (36 texts), test/heldout2 (24 texts), test/heldout3 (20 texts, never tuned on) and samples/answers.jsonl (17 texts), scored the same way
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { devTexts, evalDir, haveEval, poachwatch, score, tempDir, writeTemp } from '../test/eval-harness.ts';

if (!haveEval) {
  console.error('eval: ../shared/eval is not beside the repository');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose') ? ['--verbose'] : [];
const dir = tempDir();
const extract = (name: string, inputs: string[]) => {
  const r = poachwatch(['extract', '--format', 'jsonl', ...inputs]);
  if (r.code !== 0) throw new Error(r.stderr);
  return writeTemp(dir, `${name}.jsonl`, r.stdout);
};
const show = (label: string, output: string) => console.log(`\n== ${label}\n${output.trim()}`);

show('dev corpus: fact-F1', score('score.mjs', ['--gold', join(evalDir, 'dev/gold.jsonl'), '--pred', extract('dev', [devTexts]), ...verbose]).output);

const db = `sqlite:${join(dir, 'world.sqlite')}`;
poachwatch(['ingest', '--quiet', '--db', db, devTexts]);
const moves = writeTemp(dir, 'moves.json', poachwatch(['moves', '--json', '--db', db]).stdout);
show('dev corpus after merging: world-F1', score('score-world.mjs', ['--world', join(evalDir, 'dev/world.jsonl'), '--moves', moves, ...verbose]).output);

const heldout = new URL('../test/heldout/', import.meta.url).pathname;
show('test/heldout: fact-F1', score('score.mjs', ['--gold', join(heldout, 'gold.jsonl'), '--pred', extract('heldout', [join(heldout, 'texts')]),
  '--orgs', join(evalDir, 'orgs.json'), '--orgs', join(heldout, 'orgs-extra.json'), ...verbose]).output);

for (const [set, label] of [['heldout2', 'written unseen, then tuned on'], ['heldout3', 'never tuned on']]) {
  const dir = new URL(`../test/${set}/`, import.meta.url).pathname;
  show(`test/${set} (${label}): fact-F1`, score('score.mjs', ['--gold', join(dir, 'gold.jsonl'), '--pred', extract(set, [join(dir, 'texts')]),
    '--orgs', join(evalDir, 'orgs.json'), '--orgs', join(dir, 'orgs-extra.json'), ...verbose]).output);
}

const samples = new URL('../samples/', import.meta.url).pathname;
const answers = readFileSync(join(samples, 'answers.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; lang: string });
const files = answers.map((a) => join(samples, a.lang, readdirSync(join(samples, a.lang)).find((f) => f.replace(/\.[^.]+$/, '') === a.id)!));
show('samples (new articles): fact-F1', score('score.mjs', ['--gold', join(samples, 'answers.jsonl'), '--pred', extract('samples', files), ...verbose]).output);

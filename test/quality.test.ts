/** Guards extraction and merging quality on the development corpus at the levels recorded in quality-floor.json. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { devTexts, evalDir, extractToFile, heldoutDir, heldoutOrgArgs, poachwatch, sampleAnswerFiles, samplesDir, score, skipWithoutEval, tempDir, writeTemp } from './eval-harness.ts';

const floor = JSON.parse(readFileSync(new URL('./quality-floor.json', import.meta.url), 'utf8')) as { factF1: number; worldF1: number; heldoutFactF1: number; heldout2FactF1: number; heldout3FactF1: number; samplesFactF1: number };

test('fact-F1 of `poachwatch extract` on the dev corpus stays at or above the recorded level', { skip: skipWithoutEval }, () => {
  const r = extractToFile([devTexts]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 39, 'one JSON line per dev text');
  const { value, output } = score('score.mjs', ['--gold', join(evalDir, 'dev/gold.jsonl'), '--pred', r.path]);
  console.log(output.trim());
  assert.ok(value >= floor.factF1, `fact-F1 ${value} fell below the recorded ${floor.factF1}`);
});

test('world-F1 of `poachwatch moves --json` after ingesting the dev corpus stays at or above the recorded level', { skip: skipWithoutEval }, () => {
  const dir = tempDir();
  const db = `sqlite:${join(dir, 'dev.sqlite')}`;
  const ing = poachwatch(['ingest', '--quiet', '--db', db, devTexts]);
  assert.equal(ing.code, 0, ing.stderr);
  const moves = poachwatch(['moves', '--json', '--db', db]);
  assert.equal(moves.code, 0, moves.stderr);
  const file = writeTemp(dir, 'moves.json', moves.stdout);
  const { value, output } = score('score-world.mjs', ['--world', join(evalDir, 'dev/world.jsonl'), '--moves', file]);
  console.log(output.trim());
  assert.ok(value >= floor.worldF1, `world-F1 ${value} fell below the recorded ${floor.worldF1}`);
});

for (const [set, key] of [['heldout', 'heldoutFactF1'], ['heldout2', 'heldout2FactF1'], ['heldout3', 'heldout3FactF1']] as const) {
  test(`fact-F1 on the held-out set test/${set} stays at or above the recorded level`, { skip: skipWithoutEval }, () => {
    const dir = heldoutDir(set);
    const r = extractToFile([join(dir, 'texts')]);
    assert.equal(r.code, 0, r.stderr);
    const { value, output } = score('score.mjs', ['--gold', join(dir, 'gold.jsonl'), '--pred', r.path, ...heldoutOrgArgs(dir)]);
    console.log(output.trim());
    assert.ok(value >= floor[key], `test/${set} fact-F1 ${value} fell below the recorded ${floor[key]}`);
  });
}

test('fact-F1 on the new sample articles (samples/answers.jsonl) stays at or above the recorded level', { skip: skipWithoutEval }, () => {
  const r = extractToFile(sampleAnswerFiles());
  assert.equal(r.code, 0, r.stderr);
  const { value, output } = score('score.mjs', ['--gold', join(samplesDir, 'answers.jsonl'), '--pred', r.path]);
  console.log(output.trim());
  assert.ok(value >= floor.samplesFactF1, `samples fact-F1 ${value} fell below the recorded ${floor.samplesFactF1}`);
});

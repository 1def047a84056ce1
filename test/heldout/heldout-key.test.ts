/** Guards the held-out answer key: it must agree with its texts and score 1.000 against itself. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalDir, score, skipWithoutEval, tempDir } from '../eval-harness.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

test('every name form, comp phrase and non-mover of the held-out key appears verbatim in its text', () => {
  const r = spawnSync(process.execPath, [join(here, 'check-gold.mjs')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /ok: 36 texts/);
});

test('the held-out key scores 1.000 against itself, with the extra organization aliases', { skip: skipWithoutEval }, () => {
  const pred = join(tempDir(), 'self.jsonl');
  const r = spawnSync(process.execPath, [join(here, 'check-gold.mjs'), '--pred', pred], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const { value } = score('score.mjs', ['--gold', join(here, 'gold.jsonl'), '--pred', pred,
    '--orgs', join(evalDir, 'orgs.json'), '--orgs', join(here, 'orgs-extra.json')]);
  assert.equal(value, 1);
});

test('the held-out key covers 18 Korean and 18 English texts, 3 undated and 3 without a move', () => {
  const gold = readFileSync(join(here, 'gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as {
    lang: string; published: string | null; moves: unknown[];
  });
  assert.equal(gold.filter((d) => d.lang === 'ko').length, 18);
  assert.equal(gold.filter((d) => d.lang === 'en').length, 18);
  assert.equal(gold.filter((d) => d.published === null).length, 3);
  assert.equal(gold.filter((d) => d.moves.length === 0).length, 3);
});

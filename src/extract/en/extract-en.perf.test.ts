/** Worst-case inputs for the English rule pack: each must finish in linear time, far below the bounds asserted here. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { Article } from '../../core/types.ts';
import { defaultGazetteer } from '../../orgs/index.ts';
import { extractMovesEn } from './extract-en.ts';

const gazetteer = defaultGazetteer();
const article = (text: string): Article => ({
  source: 'perf', url: null, title: null, text, lang: 'en', published: '2025-06-12', publishedFrom: null,
  contentHash: '', mediaType: 'text/plain', charset: 'utf-8', bytes: text.length,
});
function timed(text: string): number {
  const t0 = performance.now();
  extractMovesEn({ article: article(text), gazetteer });
  return performance.now() - t0;
}

test('a megabyte with no sentence break', () => {
  const text = 'the quick brown fox jumps over the lazy dog and '.repeat(21000);
  assert.ok(text.length > 1_000_000);
  assert.ok(timed(text) < 3000);
});

test('5,000 capitalised words in a row', () => {
  const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
  const text = Array.from({ length: 5000 }, (_, i) => words[i % words.length]).join(' ');
  assert.ok(timed(text) < 3000);
});

test('10,000 repetitions of a trigger word, and of a name with a trigger', () => {
  assert.ok(timed('joined '.repeat(10000)) < 3000);
  assert.ok(timed('Jane Doe joined OpenAI, '.repeat(10000)) < 3000);
  assert.ok(timed('left Google. '.repeat(10000)) < 3000);
});

test('intransitive goings, "last day" and flow framings repeated 10,000 times', () => {
  assert.ok(timed('Acme loses two engineers to Beta Labs. '.repeat(2000) + 'Jane Doe moved last week, '.repeat(10000)) < 3000);
  assert.ok(timed('Jane Doe is the latest to leave and her last day was in mid-March and in the same month '.repeat(10000)) < 3000);
  assert.ok(timed('Helix has hired a fourth member of Mistral AI\'s team, Helix Intelligence\'s raid on Mistral '.repeat(10000)) < 3000);
});

test('thousands of distinct organizations, moves and frames in one document stay linear', () => {
  const parts: string[] = [];
  for (let i = 0; i < 1500; i++) parts.push(`Jane Doe joined Acme${i} Labs. Jim Roe left Google for Meta. Jim Roe left Google.\n• New at Nova${i} Robotics.\nKen Ito is now at Nova${i} Robotics.`);
  assert.ok(timed(parts.join('\n')) < 3000);
});

test('document-level passes (brand words, organization-like names, wrapped lines, lists after a colon) stay linear', () => {
  assert.ok(timed('left DeepGrain at NeuroFlux '.repeat(40000)) < 3000);
  assert.ok(timed('at Nova Reason left Quiet Harbor joined Silver Birch '.repeat(20000)) < 3000);
  assert.ok(timed('a fairly long line of plain words that keeps going without any stop at Nova Reason\n'.repeat(12000)) < 3000);
  assert.ok(timed('Meta hired two researchers from Google: Ana Ferraz, a scientist, and Jin Ho, '.repeat(10000)) < 3000);
});

test('throughput on the dev articles: well above 50 documents a second even on a busy machine on one core', () => {
  const dir = new URL('../../../../shared/eval/dev/texts/', import.meta.url);
  let files: string[];
  try { files = readdirSync(dir).filter((f) => /^d0(1[5-9]|2\d|3[13378])\.txt$/.test(f)); } catch { return; }
  const texts = files.map((f) => readFileSync(new URL(f, dir), 'utf8'));
  const rounds = 10;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) extractMovesEn({ article: article(t), gazetteer });
  const perSecond = (rounds * texts.length) / ((performance.now() - t0) / 1000);
  // A loose bound: the test machine is shared; this catches a quadratic slip, not a few percent.
  assert.ok(perSecond > 50, `${perSecond.toFixed(0)} documents/s`);
});

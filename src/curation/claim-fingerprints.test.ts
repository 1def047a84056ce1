import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeClaim, slot } from '../resolve/_test-claim.ts';
import { claimFingerprints } from './index.ts';

const base = makeClaim({ id: 1, source: 'news/a.txt', person: 'Ruoming Pang', aliases: ['루오밍 팡'], from: 'Apple', to: 'Meta', date: '2025-07', confidence: 0.9, evidence: [{ start: 0, end: 10, text: 'Ruoming Pa' }] });
const shares = (a: string[], b: string[]) => a.some((x) => b.includes(x));

test('a re-extraction of the same claim (new id, revision, wording, date precision, extractor) keeps a fingerprint', () => {
  const again = makeClaim({ id: 99, documentId: 42, source: 'news/a.txt', person: '루오밍 팡', aliases: ['Ruoming  PANG'], from: slot('Apple', { team: 'AFM' }), to: 'META, Inc.', date: '2025-07-03', confidence: 0.7, extractor: 'rules@2', evidence: [{ start: 40, end: 52, text: 'x' }] });
  assert.ok(shares(claimFingerprints(base), claimFingerprints(again)));
});

test('another person, another organization or another document is another claim', () => {
  const fps = claimFingerprints(base);
  for (const other of [
    makeClaim({ source: 'news/a.txt', person: 'Tom Gunter', from: 'Apple', to: 'Meta' }),
    makeClaim({ source: 'news/a.txt', person: 'Ruoming Pang', aliases: ['루오밍 팡'], from: 'Apple', to: 'OpenAI' }),
    makeClaim({ source: 'news/a.txt', person: 'Ruoming Pang', from: null, to: 'Meta' }),
    makeClaim({ source: 'news/b.txt', person: 'Ruoming Pang', aliases: ['루오밍 팡'], from: 'Apple', to: 'Meta' }),
  ]) {
    assert.ok(!shares(fps, claimFingerprints(other)), JSON.stringify(other));
  }
});

test('one fingerprint per distinct name form, sorted', () => {
  const fps = claimFingerprints(base);
  assert.equal(fps.length, 2);
  assert.deepEqual([...fps].sort(), fps);
  assert.match(fps[0], /^[0-9a-f]{40}$/);
});

/** Tests of the shared sentence segmenter: boundaries, abbreviations, caps on length, linear time. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSoftLineBreak, segmentSentences } from './segment-sentences.ts';

const parts = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

test('splits at sentence ends and line breaks, not after titles, initials or month abbreviations', () => {
  assert.deepEqual(parts('Dr. Hiroshi Tanaka joins from NVIDIA. He starts Jan. 5, said J. Smith.\nNew line here'), [
    'Dr. Hiroshi Tanaka joins from NVIDIA.', 'He starts Jan. 5, said J. Smith.', 'New line here',
  ]);
});

test('a closing quote stays with its sentence; a lower-case word after a period does not start one', () => {
  assert.deepEqual(parts('"We are thrilled." She left. e.g. this stays.'), ['"We are thrilled."', 'She left. e.g. this stays.']);
});

test('Korean sentence ends split too', () => {
  assert.deepEqual(parts('그는 애플을 떠났다. 메타에 합류했다.'), ['그는 애플을 떠났다.', '메타에 합류했다.']);
});

test('spans are trimmed and exact', () => {
  const text = '  One two.   Three four.  ';
  for (const s of segmentSentences(text)) assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
});

test('an over-long stretch is cut at spaces into pieces no longer than the cap, in linear time', () => {
  const text = 'word '.repeat(400_000);
  const t0 = performance.now();
  const spans = segmentSentences(text, { maxLength: 2000 });
  assert.ok(performance.now() - t0 < 2000);
  assert.ok(spans.length >= 1000);
  assert.ok(spans.every((s) => s.end - s.start <= 2000));
  assert.ok(spans.every((s) => text[s.start] !== ' '));
});

test('hard-wrapped paragraphs are joined; headings, list items, tables and blank lines still break', () => {
  const text = '# The Poach Report\n\n- **Boomerang.** Ravi Menon is back at Google DeepMind as of Monday, after two years at\n  Microsoft, where he built tooling. He left in 2024.\n- Next item\n| a | b |\n| c | d |';
  assert.deepEqual(parts(text), [
    '# The Poach Report',
    '- **Boomerang.** Ravi Menon is back at Google DeepMind as of Monday, after two years at\n  Microsoft, where he built tooling.', 'He left in 2024.',
    '- Next item', '| a | b |', '| c | d |',
  ]);
  const spans = segmentSentences(text);
  assert.equal(spans[1].block, spans[2].block);
  assert.notEqual(spans[2].block, spans[3].block);
  assert.equal(segmentSentences(text, { joinWrappedLines: false }).length, 7);
});

test('a short line (a headline, a byline) is never joined to the next', () => {
  const text = 'Meta hires a Google researcher\nBy Helen Marsh\nSAN FRANCISCO - Meta said.';
  assert.equal(isSoftLineBreak(text, text.indexOf('\n')), false);
  assert.deepEqual(parts(text), ['Meta hires a Google researcher', 'By Helen Marsh', 'SAN FRANCISCO - Meta said.']);
});

test('thousands of wrapped lines stay linear', () => {
  const text = 'a fairly long line of plain words that keeps going without any stop\n'.repeat(20000);
  const t0 = performance.now();
  const spans = segmentSentences(text);
  assert.ok(performance.now() - t0 < 2000);
  assert.ok(spans.every((s) => s.end - s.start <= 2000));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayWidth, renderCsv, renderTable } from './render.ts';

test('Hangul counts two columns, so Korean tables line up', () => {
  assert.equal(displayWidth('루오밍 팡'), 9);
  assert.equal(displayWidth('Apple'), 5);
  const t = renderTable(['person', 'to'], [['루오밍 팡', 'Meta'], ['Tom Gunter', 'Meta']]);
  const [head, , a, b] = t.split('\n');
  assert.equal(head, 'person      to');
  assert.equal(a, '루오밍 팡   Meta');
  assert.equal(b, 'Tom Gunter  Meta');
});

test('long cells are cut with an ellipsis and control characters never reach the terminal', () => {
  const t = renderTable(['x'], [['a'.repeat(50)], ['evil\u001b[31mred']], 10);
  assert.ok(t.includes('aaaaaaaaa…'));
  assert.ok(!t.includes('\u001b'));
});

test('CSV quotes commas, quotes and newlines', () => {
  assert.equal(renderCsv(['a', 'b'], [['x, y', 'say "hi"'], ['line\nbreak', null]]), 'a,b\n"x, y","say ""hi"""\n"line\nbreak",\n');
});

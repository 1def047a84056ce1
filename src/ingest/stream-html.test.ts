import { test } from 'node:test';
import assert from 'node:assert/strict';
import { streamHtml } from './stream-html.ts';

/** Records the events as `<name@depth>`, `</name@depth>` and text. */
function trace(html: string): { events: string[]; maxDepth: number; elements: number } {
  const events: string[] = [];
  const shape = streamHtml(html, {
    openTag: (name, attrs, depth) => events.push(`<${name}@${depth}${Object.keys(attrs).length ? ' ' + JSON.stringify(attrs) : ''}>`),
    closeTag: (name, depth) => events.push(`</${name}@${depth}>`),
    text: (data) => events.push(data),
  });
  return { events, ...shape };
}

test('elements open and close with their depth; implied closes follow htmlparser2 (p, li, td, tr)', () => {
  assert.deepEqual(trace('<div><p>a<p>b</div>').events, ['<div@1>', '<p@2>', 'a', '</p@2>', '<p@2>', 'b', '</p@2>', '</div@1>']);
  assert.deepEqual(trace('<ul><li>a<li>b</ul>').events, ['<ul@1>', '<li@2>', 'a', '</li@2>', '<li@2>', 'b', '</li@2>', '</ul@1>']);
  const table = trace('<table><tr><td>a<td>b<tr><td>c</table>');
  assert.equal(table.maxDepth, 3);
  assert.equal(table.elements, 6);
  assert.equal(table.events.at(-1), '</table@1>');
});

test('void elements, stray close tags, </br>, and self-closing only inside SVG', () => {
  assert.deepEqual(trace('<p>a<br>b<img src=x></span>c</br></p>').events,
    ['<p@1>', 'a', '<br@2>', '</br@2>', 'b', '<img@2 {"src":"x"}>', '</img@2>', 'c', '<br@2>', '</br@2>', '</p@1>']);
  // `<div/>` opens a div in HTML; inside SVG the slash closes the element.
  assert.equal(trace('<div/><div/><div/>').maxDepth, 3);
  assert.equal(trace('<svg><path/><path/><path/></svg>').maxDepth, 2);
  // HTML inside SVG's foreignObject is HTML again: its `<div/>`s nest, as linkedom builds them.
  assert.equal(trace(`<svg><foreignObject>${'<div/>'.repeat(5)}</foreignObject></svg>`).maxDepth, 7);
  assert.equal(trace(`<svg><foreignObject></foreignObject>${'<g/>'.repeat(5)}</svg>`).maxDepth, 2);
});

test('attributes are lower-cased and decoded; text entities are decoded; script contents stay raw', () => {
  const { events } = trace('<META Property="og:title" CONTENT="A &amp; B" hidden><script>if (a < b && c) x("</p>")</script>x &lt; y');
  assert.deepEqual(events, ['<meta@1 {"property":"og:title","content":"A & B","hidden":""}>', '</meta@1>', '<script@1>', 'if (a < b && c) x("</p>")', '</script@1>', 'x ', '<', ' y']);
});

test('an unclosed head ends at the first body content', () => {
  const { events } = trace('<html><head><title>T</title><div>body</div></html>');
  assert.deepEqual(events, ['<html@1>', '<head@2>', '<title@3>', 'T', '</title@3>', '</head@2>', '<div@2>', 'body', '</div@2>', '</html@1>']);
});

test('linear in the input whatever the nesting: unclosed, closed and mismatched close tags', () => {
  // htmlparser2's Parser takes tens of seconds on these (Array#unshift and indexOf on its open-element stack).
  const n = 200_000;
  for (const html of ['<div>'.repeat(n), '<div>'.repeat(n) + '</div>'.repeat(n), '<div>'.repeat(n) + '</span>'.repeat(n), '<b><i>'.repeat(n)]) {
    const start = process.cpuUsage();
    const shape = streamHtml(html, {});
    const used = process.cpuUsage(start);
    assert.ok(shape.maxDepth >= n);
    assert.ok((used.user + used.system) / 1000 < 2000, `${html.slice(0, 12)}: ${(used.user + used.system) / 1000} ms`);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { articleFromBytes } from './article-from-bytes.ts';
import { MAX_TREE_DEPTH, readHtml } from './read-html.ts';

const ARTICLE = '<p>Meta hired a researcher from Apple on Monday, the company said.</p><p>Second paragraph deep inside.</p>';

/** A page of `levels` repetitions of `open` (and of `close`) around the article, about `levels * open.length` bytes. */
function nestedPage(open: string, close: string, levels: number): string {
  return `<html><head><title>Deep</title><meta property="article:published_time" content="2026-10-27T09:00:00Z"></head><body>${open.repeat(levels)}${ARTICLE}${close.repeat(levels)}</body></html>`;
}

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

// Shapes that make linkedom or readability superlinear: deep nesting (closed or not) and very many elements.
const SHAPES: Array<[string, string]> = [
  ['<div>', '</div>'], ['<div>word ', ''], ['<b><i>', ''], ['<table><tr><td>', ''], ['<li>', ''], ['<p>x', ''], ['<a href="#">', ''],
];

/**
 * The lowest CPU time of each of `a` and `b` over three interleaved runs: a busy machine or a garbage
 * collection can only make a run slower, and interleaving exposes both to the same load.
 */
function bestCpuMs(a: () => void, b: () => void): [number, number] {
  let best: [number, number] = [Infinity, Infinity];
  for (let i = 0; i < 3; i++) best = [Math.min(best[0], cpuMs(a)), Math.min(best[1], cpuMs(b))];
  return best;
}

test('an ordinary page goes through readability; a pathological one is read from the stream with its title and date', () => {
  const ordinary = readHtml(readFileSync(new URL('./fixtures/meta-date.html', import.meta.url), 'utf8'));
  assert.equal(ordinary.method, 'readability');
  const deep = readHtml(nestedPage('<div>', '', MAX_TREE_DEPTH + 1));
  assert.equal(deep.method, 'stream');
  assert.equal(deep.title, 'Deep');
  assert.equal(deep.text, 'Meta hired a researcher from Apple on Monday, the company said.\n\nSecond paragraph deep inside.');
  assert.deepEqual(deep.published, { date: '2026-10-27', from: 'meta' });
  assert.equal(readHtml(nestedPage('<div>', '', MAX_TREE_DEPTH - 10)).method, 'readability');
});

test('pathological HTML is read in linear time: twice the size costs under three times the CPU', () => {
  for (const [open, close] of SHAPES) {
    const levels = Math.round(150_000 / (open.length + close.length));
    const small = nestedPage(open, close, levels);
    const large = nestedPage(open, close, levels * 2);
    assert.ok(readHtml(large).text.includes('Second paragraph deep inside.'), open); // also warms up the JIT
    const [t1, t2] = bestCpuMs(() => readHtml(small), () => readHtml(large));
    // Before the streaming reader, doubling 40,000 unclosed <b><i> pairs took from 8 s to over a minute;
    // the 30 ms floor only keeps timer and collector noise on a fast run from failing the test.
    assert.ok(t2 < 3 * Math.max(t1, 30), `${open}${close}: ${t1.toFixed(0)} ms for ${small.length} bytes, ${t2.toFixed(0)} ms for ${large.length}`);
  }
});

test('a 5 MB pathological file is read in under 5 s', () => {
  for (const open of ['<table><tr><td>']) {
    const html = nestedPage(open, '', Math.round(5_000_000 / open.length));
    const bytes = new TextEncoder().encode(html);
    assert.ok(bytes.length >= 5_000_000);
    let article: ReturnType<typeof articleFromBytes> | null = null;
    const ms = cpuMs(() => {
      article = articleFromBytes(bytes, { source: 'deep.html' }, { maxBytes: 6_000_000 });
    });
    assert.ok(article!.text.includes('Meta hired a researcher from Apple'), open);
    assert.equal(article!.published, '2026-10-27');
    assert.ok(ms < 5000, `${open}: ${ms.toFixed(0)} ms`);
  }
});

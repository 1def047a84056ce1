import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { extractBlockText } from './extract-block-text.ts';
import { extractMainText } from './extract-main-text.ts';
import { limitDomDepth } from './limit-dom-depth.ts';
import { parseHtmlDocument } from './parse-html-document.ts';

const main = (html: string, title: string | null = null) => extractMainText(parseHtmlDocument(html), html, title);

test('readability finds the article and leaves navigation out', () => {
  const html = readFileSync(new URL('./fixtures/meta-date.html', import.meta.url), 'utf8');
  const got = main(html, "Meta hires Apple's foundation-models lead");
  assert.equal(got.method, 'readability');
  assert.equal(got.text.split('\n\n').length, 3);
  assert.ok(!got.text.includes('Most read'));
});

test('when readability finds nothing usable, the body text is used', () => {
  const got = main('<html><body><nav><a href="/a">Kim left Naver for Kakao on Monday, the company said.</a></nav><footer>He joined Kakao as head of AI.</footer></body></html>');
  assert.deepEqual(got, { method: 'body', text: 'Kim left Naver for Kakao on Monday, the company said.\n\nHe joined Kakao as head of AI.' });
});

test('a bare fragment without <html> or <body> is read', () => {
  assert.equal(main('<p>Kim left Naver.</p><p>He joined Kakao.</p>').text, 'Kim left Naver.\n\nHe joined Kakao.');
});

test('block text: blank line between blocks, <br> as a line break, source newlines as spaces', () => {
  const doc = parseHtmlDocument('<body><h2>Head</h2><p>one\n  two</p>three<br>four<ul><li>a</li><li>b</li></ul><script>x</script><pre>p</pre></body>');
  assert.equal(extractBlockText(doc.body!), 'Head\n\none two\n\nthree\nfour\n\na\n\nb\n\np');
});

test('limitDomDepth flattens only what is too deep and keeps its text and paragraphs', () => {
  const doc = parseHtmlDocument(`<body><p>top</p>${'<div>'.repeat(50)}<p>deep one</p><p>deep two</p>${'</div>'.repeat(50)}</body>`);
  assert.equal(limitDomDepth(doc, 200), 0);
  assert.equal(limitDomDepth(doc, 10), 1);
  assert.equal(extractBlockText(doc.body!), 'top\n\ndeep one\n\ndeep two');
  let deepest = 0;
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    let depth = 0;
    for (let up = el.parentElement; up; up = up.parentElement) depth++;
    deepest = Math.max(deepest, depth);
  }
  assert.ok(deepest <= 11, `deepest element at ${deepest}`);
});

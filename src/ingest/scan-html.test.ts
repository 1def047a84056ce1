import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extractBlockText } from './extract-block-text.ts';
import { findPublishedDate } from './find-published-date.ts';
import { findHtmlTitle, pickHtmlTitle } from './find-html-title.ts';
import { parseHtmlDocument } from './parse-html-document.ts';
import { scanHtml } from './scan-html.ts';

const samples = new URL('../../samples/', import.meta.url);
const fixtures = new URL('./fixtures/', import.meta.url);

/** Every HTML page the repository holds: the streaming pass must read them as the DOM path does. */
function htmlPages(): Array<[string, string]> {
  const pages: Array<[string, string]> = [];
  for (const name of readdirSync(fixtures)) if (name.endsWith('.html') && !name.startsWith('euc-kr')) pages.push([name, readFileSync(new URL(name, fixtures), 'utf8')]);
  for (const lang of ['en', 'ko']) {
    for (const name of readdirSync(new URL(`${lang}/`, samples))) {
      if (name.endsWith('.html')) pages.push([`${lang}/${name}`, readFileSync(new URL(`${lang}/${name}`, samples), 'utf8')]);
    }
  }
  // Sloppy markup where a careless reader would diverge from the DOM.
  pages.push(
    ['unclosed head', '<html><head><title>T</title><meta charset="utf-8"><!-- c --><div><p>Kim left Naver.</p></div></html>'],
    ['bare fragment', '<p>Kim left Naver.<p>He joined Kakao.<ul><li>one<li>two</ul>'],
    ['stray closers', '<body></p>one</span><b>two</div>three</br>four</body>'],
    ['svg and tables', '<body><svg><foreignObject><div/><p>no</p></foreignObject></svg><table><tr><td>a<td>b<tr><td>c</table>d</body>'],
  );
  return pages;
}

test('the streaming pass gives the same body text, title and markup date as the DOM on every HTML page here', () => {
  const pages = htmlPages();
  assert.ok(pages.length >= 10, `${pages.length} pages`);
  for (const [name, html] of pages) {
    const scan = scanHtml(html);
    const doc = parseHtmlDocument(html);
    assert.equal(scan.text, extractBlockText(doc.body!), name);
    assert.ok(scan.text.trim() !== '', name);
    assert.equal(pickHtmlTitle(scan.titles), findHtmlTitle(doc), name);
    assert.deepEqual(findPublishedDate({ html: scan.dates }), findPublishedDate({ document: doc }), name);
  }
});

test('blocks become paragraphs; script, style, noscript, template, head and title text are left out', () => {
  const scan = scanHtml('<html><head><title>T</title><style>p{}</style></head><body><h2>Head</h2><p>one\n two &amp; three</p>four<br>five'
    + '<ul><li>a<li>b</ul><script>var x = "<p>no</p>";</script><noscript>no</noscript><template><p>no</p></template><svg><text>no</text></svg>'
    + '<table><tr><td>c<td>d</table></body></html>');
  assert.equal(scan.text, 'Head\n\none two & three\n\nfour\nfive\n\na\n\nb\n\nc\n\nd');
  assert.deepEqual(scan.titles, [null, 'T', null]);
});

test('title candidates and date markup are gathered in one pass', () => {
  const scan = scanHtml('<head><meta name="twitter:title" content="Tw"><meta property="og:title" content="Og">'
    + '<meta name="pubdate" content="20261027"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-10-26"}</script></head>'
    + '<body><h1>Head <b>line</b></h1><span itemprop="datePublished">Oct. 25, 2026</span><time class="date published" datetime="2026-10-24">x</time></body>');
  assert.deepEqual(scan.titles, ['Og', null, 'Head line']);
  assert.equal(scan.dates.metas.find((m) => m.name === 'pubdate')?.content, '20261027');
  assert.deepEqual(scan.dates.jsonLd, ['{"@type":"NewsArticle","datePublished":"2026-10-26"}']);
  assert.equal(scan.dates.itemProp, 'Oct. 25, 2026');
  assert.deepEqual(scan.dates.times, [{ datetime: '2026-10-24', marked: true }]);
  assert.deepEqual(findPublishedDate({ html: scan.dates }), { date: '2026-10-27', from: 'meta' });
  assert.deepEqual(findPublishedDate({ html: { ...scan.dates, metas: [] } }), { date: '2026-10-25', from: 'meta' });
  assert.deepEqual(findPublishedDate({ html: { ...scan.dates, metas: [], itemProp: null } }), { date: '2026-10-26', from: 'jsonld' });
  assert.deepEqual(findPublishedDate({ html: { ...scan.dates, metas: [], itemProp: null, jsonLd: [] } }), { date: '2026-10-24', from: 'time' });
});

/** Feed reading: RSS, Atom, JSON Feed, safe XML (no entity expansion), limits, encodings. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../core/errors.ts';
import { MAX_ITEM_CONTENT_CHARS } from './feed-types.ts';
import { parseFeed, parseJsonFeed, parseOpml } from './index.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const SRC = 'https://news.example.com/feeds/main.xml';

function refusal(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof InputError, `expected an InputError, got ${e}`);
    return e;
  }
  assert.fail('expected a refusal');
}

test('RSS 2.0: links (relative ones resolved), guids, dates, content:encoded over description, entities and CDATA', () => {
  const feed = parseFeed(enc(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>News &amp; Views</title><ttl>60</ttl><atom:link href="https://news.example.com/feeds/main.xml" rel="self"/>
<item><title>A &lt;b&gt;bold&lt;/b&gt; move &#8212; &#x2014;</title><link>/2025/08/a?x=1&amp;y=2</link><guid isPermaLink="false">42</guid>
<pubDate>Tue, 19 Aug 2025 23:30:00 -0700</pubDate><description>short</description>
<content:encoded><![CDATA[<p>Full &amp; long</p>]]></content:encoded></item>
<item><title>Permalink guid</title><guid>https://news.example.com/b</guid><description>&lt;p&gt;escaped&lt;/p&gt;</description></item>
<item><title>javascript link</title><link>javascript:alert(1)</link></item>
</channel></rss>`), { source: SRC });
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'News & Views');
  assert.equal(feed.ttlSeconds, 3600);
  assert.deepEqual(feed.items[0], {
    guid: '42', link: 'https://news.example.com/2025/08/a?x=1&y=2', title: 'A bold move — —',
    published: '2025-08-20', content: { html: '<p>Full &amp; long</p>' },
  });
  assert.equal(feed.items[1].link, 'https://news.example.com/b');
  assert.deepEqual(feed.items[1].content, { html: '<p>escaped</p>' });
  assert.equal(feed.items[2].link, null);
});

test('Atom: the alternate link, id, published, content by type (text, html, xhtml)', () => {
  const feed = parseFeed(enc(`<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Lab Watch</title>
<entry><id>tag:example.com,2025:1</id><title>One</title><link rel="self" href="/self/1"/><link href="/posts/1"/>
<published>2025-07-30T10:00:00Z</published><updated>2025-08-01T10:00:00Z</updated><content type="html">&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;</content></entry>
<entry><id>urn:uuid:2</id><title>Two</title><link rel="alternate" type="text/html" href="https://other.example.org/2"/><updated>2025-08-02T00:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Markup &amp; more</p></div></content></entry>
<entry><id>3</id><title>Three</title><summary>Plain &lt;text&gt;</summary></entry></feed>`), { source: SRC });
  assert.equal(feed.kind, 'atom');
  assert.equal(feed.title, 'Lab Watch');
  assert.deepEqual(feed.items.map((i) => [i.guid, i.link, i.published]), [
    ['tag:example.com,2025:1', 'https://news.example.com/posts/1', '2025-07-30'],
    ['urn:uuid:2', 'https://other.example.org/2', '2025-08-02'],
    ['3', null, null],
  ]);
  assert.deepEqual(feed.items[0].content, { html: '<p>Hi &amp; bye</p>' });
  assert.deepEqual(feed.items[1].content, { html: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Markup &amp; more</p></div>' });
  assert.deepEqual(feed.items[2].content, { text: 'Plain <text>' });
});

test('JSON Feed 1.1: url or external_url, content_html over content_text, numeric ids; bad items are left out with their problems', () => {
  const feed = parseFeed(enc(JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'J',
    items: [
      { id: 1, url: 'https://j.example/1', content_text: 'text', content_html: '<p>html</p>', date_published: '2025-08-03T01:00:00+09:00' },
      { id: '2', external_url: 'https://elsewhere.example/2', content_text: 'only text' },
      { id: '3', url: 42, title: ['x'] },
      'not an item',
    ],
  })), { source: SRC });
  assert.equal(feed.kind, 'json');
  assert.deepEqual(feed.items.map((i) => [i.guid, i.link, i.published, i.content]), [
    ['1', 'https://j.example/1', '2025-08-02', { html: '<p>html</p>' }],
    ['2', 'https://elsewhere.example/2', null, { text: 'only text' }],
  ]);
  assert.deepEqual(feed.problems, [
    'items[2].url: expected a string, got number 42',
    'items[2].title: expected a string, got a list',
    'items[3]: expected an object, got "not an item"',
  ]);
  const e = refusal(() => parseJsonFeed('{"version": 2, "items": {}}', SRC));
  assert.equal(e.message, `${SRC}: not a JSON Feed: version: expected "https://jsonfeed.org/version/1.1", got number 2; items: expected a list, got an object`);
  assert.match(refusal(() => parseJsonFeed('{"version": ', SRC)).message, /not valid JSON .*expected a JSON Feed such as/);
});

test('entity declarations are refused before parsing: billion laughs, external entities', () => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><rss><channel><title>&lol9;</title></channel></rss>`;
  const e = refusal(() => parseFeed(enc(laughs), { source: SRC }));
  assert.equal(e.code, 'bad-data');
  assert.equal(e.message, `${SRC}: the feed declares DTD entities (line 1); refused, since expanding them could exhaust memory`);
  const xxe = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>&xxe;</title></channel></rss>`;
  assert.match(refusal(() => parseFeed(enc(xxe), { source: SRC })).message, /declares DTD entities \(line 3\)/);
  // Undeclared named references are left as written, never looked up.
  const plain = parseFeed(enc('<rss><channel><title>a &nbsp; b &amp; c</title></channel></rss>'), { source: SRC });
  assert.equal(plain.title, 'a &nbsp; b & c');
});

test('malformed XML, non-feeds and empty bodies are refused with the place and the reason', () => {
  assert.equal(refusal(() => parseFeed(enc('<rss><channel><item><title>x</channel></rss>'), { source: SRC })).message,
    `${SRC}: not well-formed XML at line 1, column 29: Expected closing tag 'title' (opened in line 1, col 21) instead of closing tag 'channel'.`);
  assert.equal(refusal(() => parseFeed(enc('<html><body>hi</body></html>'), { source: SRC })).message,
    `${SRC}: not a feed (root element <html>; expected <rss>, <feed> (Atom) or <rdf:RDF>)`);
  assert.equal(refusal(() => parseFeed(enc('hello'), { source: SRC })).code, 'unsupported');
  assert.equal(refusal(() => parseFeed(new Uint8Array(0), { source: SRC })).code, 'empty');
  const deep = `<rss><channel>${'<x>'.repeat(500)}${'</x>'.repeat(500)}</channel></rss>`;
  assert.equal(refusal(() => parseFeed(enc(deep), { source: SRC })).code, 'bad-data');
});

test('an enormous item description is cut to the content limit; item count is capped', () => {
  const big = 'x'.repeat(MAX_ITEM_CONTENT_CHARS * 3);
  const feed = parseFeed(enc(`<rss><channel><item><link>https://a.example/1</link><description>${big}</description></item></channel></rss>`), { source: SRC });
  assert.equal((feed.items[0].content as { html: string }).html.length, MAX_ITEM_CONTENT_CHARS);
  const many = parseFeed(enc(`<rss><channel>${'<item><title>t</title></item>'.repeat(1500)}</channel></rss>`), { source: SRC });
  assert.equal(many.items.length, 1000);
  assert.deepEqual(many.problems, ['item: 1500 items, only the first 1000 read']);
});

test('an XML declaration names the encoding when the server does not: EUC-KR', () => {
  const head = enc('<?xml version="1.0" encoding="EUC-KR"?><rss><channel><title>');
  const title = new Uint8Array([0xb4, 0xba, 0xbd, 0xba]); // 뉴스 in EUC-KR
  const tail = enc('</title></channel></rss>');
  const feed = parseFeed(new Uint8Array([...head, ...title, ...tail]), { source: SRC, contentType: 'application/rss+xml' });
  assert.equal(feed.title, '뉴스');
});

test('OPML: feed URLs at any depth, once each; bad OPML named with the reason', () => {
  const urls = parseOpml(`<opml version="2.0"><body><outline text="a" xmlUrl="https://a.example/rss"/>
<outline text="folder"><outline xmlUrl="https://b.example/atom.xml"/><outline xmlUrl="https://a.example/rss"/><outline xmlUrl="ftp://c.example/x"/></outline></body></opml>`, 'subs.opml');
  assert.deepEqual(urls, ['https://a.example/rss', 'https://b.example/atom.xml']);
  assert.match(refusal(() => parseOpml('<opml><body>', 'subs.opml')).message, /^subs\.opml: not well-formed XML at line 1/);
  assert.match(refusal(() => parseOpml('<rss/>', 'subs.opml')).message, /^subs\.opml: not OPML/);
  assert.equal(refusal(() => parseOpml('<opml><body/></opml>', 'subs.opml')).code, 'empty');
});

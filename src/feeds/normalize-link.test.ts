/** Link normalisation and dedup keys. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guidKey, linkKey, normalizeLink } from './index.ts';

test('tracking parameters, fragments, default ports and credentials go; other parameters stay, sorted', () => {
  assert.equal(normalizeLink('HTTPS://News.Example.com:443/a/b?utm_source=rss&utm_medium=feed&id=3&fbclid=x&a=1#comments'), 'https://news.example.com/a/b?a=1&id=3');
  assert.equal(normalizeLink('http://user:pw@example.com:80/x?gclid=1'), 'http://example.com/x');
  assert.equal(normalizeLink('https://example.com/search?q=a+b&page=2'), 'https://example.com/search?page=2&q=a+b');
  assert.equal(normalizeLink('mailto:x@example.com'), null);
  assert.equal(normalizeLink('not a url'), null);
});

test('the link key ignores the scheme; guid keys are global only for URLs, tag: and urn:', () => {
  assert.equal(linkKey('http://example.com/a?utm_campaign=z'), linkKey('https://example.com/a#top'));
  assert.equal(guidKey('https://example.com/a?utm_source=x', 'https://f/1'), guidKey('http://example.com/a', 'https://f/2'));
  assert.equal(guidKey('tag:example.com,2025:1', 'https://f/1'), 'tag:example.com,2025:1');
  assert.notEqual(guidKey('1234', 'https://f/1'), guidKey('1234', 'https://f/2'));
});

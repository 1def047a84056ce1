import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleFromBytes } from './index.ts';
import { decodeCp949 } from './decode-cp949.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const utf8 = (s: string) => new TextEncoder().encode(s);

function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (err) {
    return err as { code: string; message: string };
  }
  throw new Error('expected an error');
}

test('plain text: first line is the title, dateline gives the date, text is NFC with LF line ends', () => {
  const nfd = '메타'.normalize('NFD');
  const a = articleFromBytes(utf8(`${nfd}, 애플 연구원 영입\r\n\r\n입력 2025.08.14 09:12\r\n\r\n${nfd}가 애플의 연구원을 영입했다.\r\n`), { source: 'x.txt' });
  assert.equal(a.title, '메타, 애플 연구원 영입');
  assert.equal(a.text, '메타, 애플 연구원 영입\n\n입력 2025.08.14 09:12\n\n메타가 애플의 연구원을 영입했다.\n');
  assert.equal(a.published, '2025-08-14');
  assert.equal(a.publishedFrom, 'dateline');
  assert.equal(a.lang, 'ko');
  assert.equal(a.mediaType, 'text/plain');
  assert.equal(a.charset, 'utf-8');
  assert.equal(a.contentHash, createHash('sha256').update(a.text).digest('hex'));
  assert.equal(a.url, null);
});

test('markdown: the heading mark is not part of the title', () => {
  const a = articleFromBytes(utf8('\n\n# Meta hires Apple researcher\n\nBody text here.'), { source: 'n.md' });
  assert.equal(a.title, 'Meta hires Apple researcher');
  assert.equal(a.mediaType, 'text/markdown');
});

test('the --published date is used only when the document has none', () => {
  const undated = articleFromBytes(utf8('Title\n\nMeta hired a researcher last month.'), { source: 'u.txt' }, { published: '2025-07' });
  assert.equal(undated.published, '2025-07');
  assert.equal(undated.publishedFrom, 'cli');
  const dated = articleFromBytes(utf8('Title\nPublished July 8, 2025\nBody.'), { source: 'd.txt' }, { published: '2020-01-01' });
  assert.equal(dated.published, '2025-07-08');
  assert.equal(dated.publishedFrom, 'dateline');
  assert.equal(errorOf(() => articleFromBytes(utf8('x'), { source: 'x.txt' }, { published: '2025-13-01' })).message,
    '--published: expected YYYY-MM-DD, YYYY-MM or YYYY, got "2025-13-01" (e.g. 2025-07-29)');
});

test('HTML: readability main text with paragraph breaks, og:title, article:published_time as written', () => {
  const a = articleFromBytes(fixture('meta-date.html'), { source: 'meta-date.html' });
  assert.equal(a.title, "Meta hires Apple's foundation-models lead");
  assert.equal(a.published, '2025-07-08'); // the outlet's own day, not shifted to UTC (07-09)
  assert.equal(a.publishedFrom, 'meta');
  assert.equal(a.mediaType, 'text/html');
  assert.equal(a.lang, 'en');
  const paras = a.text.split('\n\n');
  assert.equal(paras.length, 3);
  assert.ok(paras[0].startsWith('Meta Platforms has hired Ruoming Pang'));
  assert.ok(paras[1].startsWith('Pang joined Apple in 2021'));
  for (const noise of ['Most read', 'Home', 'All rights reserved', 'tracking', "Meta hires Apple's foundation-models lead"]) {
    assert.ok(!a.text.includes(noise), `main text should not contain ${noise}`);
  }
});

test('HTML: JSON-LD datePublished inside @graph, skipping broken blocks and non-article objects', () => {
  const a = articleFromBytes(fixture('jsonld-graph.html'), { source: 'jsonld-graph.html' });
  assert.equal(a.published, '2025-10-21');
  assert.equal(a.publishedFrom, 'jsonld');
  assert.equal(a.title, 'Google DeepMind researcher leaves for Microsoft');
});

test('HTML: <time datetime> marked as published', () => {
  const a = articleFromBytes(fixture('time-date.html'), { source: 'time-date.html' });
  assert.equal(a.published, '2025-06-10');
  assert.equal(a.publishedFrom, 'time');
});

test('HTML: a dateline in the main text when there is no markup date', () => {
  const html = '<html><body><article><p>입력 2025.07.29 10:00</p><p>카카오가 네이버의 AI 리더를 영입했다. 업계에 따르면 그는 이달 초 카카오에 합류해 AI 모델 개발 조직을 총괄하게 됐다.</p></article></body></html>';
  const a = articleFromBytes(utf8(html), { source: 'k.html' });
  assert.equal(a.published, '2025-07-29');
  assert.equal(a.publishedFrom, 'dateline');
});

test('HTML: truncated markup still yields what is there', () => {
  const html = '<html><head><title>Cut</title></head><body><div><p>First paragraph about a researcher who left Google for Meta last week.</p><p>Second paragraph is cut off in the mid';
  const a = articleFromBytes(utf8(html), { source: 'cut.html' });
  assert.ok(a.text.includes('First paragraph'));
  assert.ok(a.text.includes('Second paragraph is cut off in the mid'));
  assert.equal(a.title, 'Cut');
});

test('HTML without an article structure falls back to the body text, scripts left out', () => {
  const html = '<html><head><title>T</title><style>p{}</style></head><body><span>Kim left Naver.</span><br><br><span>He joined Kakao.</span><script>var x = 1;</script></body></html>';
  const a = articleFromBytes(utf8(html), { source: 'f.html' });
  assert.equal(a.text, 'Kim left Naver.\n\nHe joined Kakao.');
});

test('EUC-KR: declared by <meta http-equiv>, with CP949 extension syllables', () => {
  const a = articleFromBytes(fixture('euc-kr-declared.html'), { source: 'euc-kr-declared.html' });
  assert.equal(a.charset, 'euc-kr');
  assert.equal(a.lang, 'ko');
  assert.equal(a.published, '2025-07-08');
  assert.ok(a.text.includes('루오밍 팡'));
  assert.ok(a.text.includes('똠방각하'));
  assert.ok(!a.text.includes('\ufffd'));
});

test('EUC-KR: undeclared bytes are detected instead of becoming replacement characters', () => {
  const a = articleFromBytes(fixture('euc-kr-undeclared.txt'), { source: 'euc-kr-undeclared.txt' });
  assert.equal(a.charset, 'euc-kr');
  assert.equal(a.title, '메타, 애플 AI 연구원 영입');
  assert.equal(a.published, '2025-07-08');
  assert.ok(!a.text.includes('\ufffd'));
});

test('EUC-KR: a Content-Type charset is honoured', () => {
  const bytes = fixture('euc-kr-undeclared.txt');
  const a = articleFromBytes(bytes, { source: 'http://x/a', url: 'http://x/a', contentType: 'text/plain; charset="ks_c_5601-1987"' });
  assert.equal(a.charset, 'euc-kr');
  assert.ok(a.text.startsWith('메타, 애플'));
});

test('CP949 decoding matches Python\'s cp949 codec on 600 random pairs', () => {
  assert.equal(decodeCp949(fixture('cp949-sample.bin')), fixture('cp949-sample.expected.txt').toString('utf8'));
  assert.equal(decodeCp949(Uint8Array.of(0x41, 0x8c, 0x63, 0xb0, 0xa1, 0xff, 0x42)), 'A똠가\ufffdB');
});

test('byte-order marks decide the encoding', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\n\nBody text.', 'utf16le')]);
  const a = articleFromBytes(le, { source: 'le.txt' });
  assert.equal(a.charset, 'utf-16le');
  assert.equal(a.text, 'Title\n\nBody text.');
  const withBom = articleFromBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('제목\n본문')]), { source: 'b.txt' });
  assert.equal(withBom.text, '제목\n본문');
});

test('bad input gets one-line errors with their codes', () => {
  const cases: Array<[Uint8Array, string, string, string]> = [
    [new Uint8Array(0), 'empty.txt', 'empty', 'empty.txt: empty file (0 bytes)'],
    [utf8(' \n\t \n'), 'blank.txt', 'empty', 'blank.txt: no text (only whitespace, 5 bytes)'],
    [Uint8Array.of(0x48, 0x69, 0x00, 0x01, 0x02), 'nul.txt', 'binary', 'nul.txt: binary data, not text (NUL bytes)'],
    [Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'img.txt', 'binary', 'img.txt: binary data, not text (PNG image)'],
    [utf8('<html><body><script>x()</script></body></html>'), 'noText.html', 'empty', 'noText.html: no readable text in the HTML'],
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixture('euc-kr-undeclared.txt')]), 'bom.txt', 'encoding',
      'bom.txt: not valid utf-8 despite its byte-order mark (379 undecodable sequences)'],
    [utf8('x'.repeat(2000)), 'big.txt', 'too-large', 'big.txt: too large (2.0 KB, limit 1000 bytes)'],
  ];
  for (const [bytes, source, code, message] of cases) {
    const e = errorOf(() => articleFromBytes(bytes, { source }, { maxBytes: 1000 }));
    assert.equal(e.code, code, source);
    assert.equal(e.message, message);
    assert.ok(!e.message.includes('\n'));
  }
});

test('pathological input: a megabyte with no sentence or line break', () => {
  const t0 = performance.now();
  const caps = articleFromBytes(utf8('Aaaa Bbbb Cccc Dddd '.repeat(52_000)), { source: 'caps.txt' }, { maxBytes: 2_000_000 });
  assert.equal(caps.published, null);
  assert.equal(caps.title?.length, 300);
  const html = articleFromBytes(utf8(`<html><body><p>${'word 2025.07.29 Published '.repeat(40_000)}</p></body></html>`), { source: 'flat.html' }, { maxBytes: 2_000_000 });
  assert.ok(html.text.length > 900_000);
  assert.ok(performance.now() - t0 < 3000, `took ${performance.now() - t0} ms`);
});

test('pathological input: HTML nested 10,000 levels deep (and unclosed) is read within a second or two', () => {
  for (const [open, close] of [['<div>', '</div>'], ['<b><i>', ''], ['<table><tr><td>', '']]) {
    const html = `<html><head><title>Deep</title></head><body>${open.repeat(10_000)}<p>Meta hired a researcher from Apple on Monday, the company said.</p><p>Second paragraph deep inside.</p>${close.repeat(10_000)}</body></html>`;
    const t0 = performance.now();
    const a = articleFromBytes(utf8(html), { source: 'deep.html' });
    const ms = performance.now() - t0;
    assert.ok(a.text.includes('Meta hired a researcher from Apple'), open);
    assert.ok(a.text.includes('Second paragraph deep inside.'), open);
    assert.ok(ms < 2500, `${open} took ${ms} ms`);
  }
});

test('a wrong charset declaration loses to bytes that decode cleanly otherwise', () => {
  const a = articleFromBytes(fixture('euc-kr-undeclared.txt'), { source: 'http://x/a.txt', url: 'http://x/a.txt', contentType: 'text/plain; charset=utf-8' });
  assert.equal(a.charset, 'euc-kr');
  assert.ok(a.text.startsWith('메타, 애플'));
  const latin = articleFromBytes(Buffer.from('Title\n\nCafé Müller hired Søren.', 'latin1'), { source: 'l.txt' });
  assert.ok(latin.text.includes('Café Müller hired Søren.'), latin.text);
});

const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));
const goldPath = fileURLToPath(new URL('../../../shared/eval/dev/gold.jsonl', import.meta.url));

/** Reads every sample and compares its publication date with the key's, for the ids `keyed` holds. */
function checkSampleDates(keyed: Map<string, string | null>): { checked: number; wrong: string[] } {
  const wrong: string[] = [];
  let checked = 0;
  for (const lang of ['en', 'ko']) {
    for (const name of readdirSync(samplesDir + lang).sort()) {
      const id = name.replace(/\.[a-z]+$/, '');
      if (!keyed.has(id)) continue;
      const a = articleFromBytes(readFileSync(`${samplesDir}${lang}/${name}`), { source: name });
      checked++;
      if (a.published !== keyed.get(id)) wrong.push(`${lang}/${name}: got ${a.published} (${a.publishedFrom}), want ${keyed.get(id)}`);
    }
  }
  return { checked, wrong };
}

function readKey(path: string): Map<string, string | null> {
  const key = new Map<string, string | null>();
  for (const line of readFileSync(path, 'utf8').split('\n').filter(Boolean)) {
    const entry = JSON.parse(line) as { id: string; published: string | null };
    key.set(entry.id, entry.published);
  }
  return key;
}

test('samples: every s-file gets the publication day of answers.jsonl (s008 is undated on purpose)', () => {
  const key = readKey(samplesDir + 'answers.jsonl');
  assert.equal(key.get('s008'), null);
  const { checked, wrong } = checkSampleDates(key);
  assert.equal(checked, key.size);
  assert.deepEqual(wrong, []);
});

test('samples: every d-file gets its gold publication day', { skip: existsSync(goldPath) ? false : `no eval corpus at ${goldPath}` }, () => {
  const { checked, wrong } = checkSampleDates(readKey(goldPath));
  assert.ok(checked >= 28, `checked ${checked}`);
  assert.deepEqual(wrong, []);
});

/** The Korean rule pack on the development corpus: the seed article, exact evidence offsets, and the scorer's fact-F1. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../core/types.ts';
import { extractMoves } from '../index.ts';

const evalDir = fileURLToPath(new URL('../../../../shared/eval/', import.meta.url));
const haveCorpus = existsSync(join(evalDir, 'dev/gold.jsonl'));
const gold = haveCorpus
  ? readFileSync(join(evalDir, 'dev/gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; lang: string; published: string | null })
  : [];
const koGold = gold.filter((g) => g.lang === 'ko');

function article(id: string, published: string | null): Article {
  const text = readFileSync(join(evalDir, 'dev/texts', `${id}.txt`), 'utf8').normalize('NFC');
  return { source: `${id}.txt`, url: null, title: null, text, lang: 'ko', published, publishedFrom: 'test', contentHash: '', mediaType: 'text/plain', charset: 'utf-8', bytes: text.length };
}

test('the seed article: four researchers Apple → Meta, the framing fills "from", Pang\'s package is $200M', { skip: !haveCorpus && 'no shared corpus' }, () => {
  const { moves } = extractMoves(article('seed-knews', null));
  const byName = new Map(moves.map((m) => [m.person, m]));
  assert.deepEqual([...byName.keys()].sort(), ['Bowen Zhang', 'Mark Lee', 'Ruoming Pang', 'Tom Gunter']);
  for (const m of moves) {
    assert.equal(m.from?.org, 'Apple');
    assert.equal(m.to?.org, 'Meta');
    assert.equal(m.date, null);
    assert.equal(m.history, false);
    // The lead names the unit they leave: "애플의 AI 연구팀 AFM(Apple Foundation Models)이 … 인력 유출".
    assert.equal(m.from?.team, 'Apple Foundation Models', m.person);
  }
  assert.deepEqual(byName.get('Ruoming Pang')?.aliases, ['루오밍 팡']);
  assert.equal(byName.get('Tom Gunter')?.aliases[0], '톰 건터');
  const comp = byName.get('Ruoming Pang')?.compensation;
  assert.equal(comp?.usd, 200_000_000);
  assert.equal(comp?.currency, 'USD');
  assert.match(comp?.text ?? '', /2억 달러가 넘는 보상/);
});

test('every evidence span of every Korean dev text is an exact slice of the article', { skip: !haveCorpus && 'no shared corpus' }, () => {
  for (const g of koGold) {
    const a = article(g.id, g.published);
    for (const m of extractMoves(a).moves) {
      assert.ok(m.evidence.length > 0, `${g.id} ${m.person}`);
      for (const e of m.evidence) assert.equal(a.text.slice(e.start, e.end), e.text, `${g.id} ${m.person}`);
      assert.ok(m.confidence > 0 && m.confidence <= 1);
    }
  }
});

test('the seed\'s team survives the headline moving into the title or going missing', { skip: !haveCorpus && 'no shared corpus' }, () => {
  for (const layout of ['title', 'none'] as const) {
    const a = article('seed-knews', null);
    const nl = a.text.indexOf('\n');
    a.title = layout === 'title' ? a.text.slice(0, nl) : null;
    a.text = a.text.slice(nl + 1).replace(/^\s+/, '');
    const { moves } = extractMoves(a);
    assert.equal(moves.length, 4, layout);
    for (const m of moves) assert.deepEqual([m.from?.org, m.from?.team, m.to?.org], ['Apple', 'Apple Foundation Models', 'Meta'], `${layout} ${m.person}`);
  }
});

/** Scores the Korean dev texts with the shared scorer; `layout` moves the headline into the title or drops it, as ingest may. */
function scoreKo(layout: 'text' | 'title' | 'none'): { f1: number; report: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ko-dev-'));
  try {
    const pred = koGold.map((g) => {
      const a = article(g.id, g.published);
      if (layout !== 'text') {
        const nl = a.text.indexOf('\n');
        a.title = layout === 'title' ? a.text.slice(0, nl) : null;
        a.text = a.text.slice(nl + 1).replace(/^\s+/, '');
      }
      const x = extractMoves(a);
      return JSON.stringify({ source: x.source, moves: x.moves });
    });
    writeFileSync(join(dir, 'pred.jsonl'), pred.join('\n') + '\n');
    writeFileSync(join(dir, 'gold.jsonl'), koGold.map((g) => JSON.stringify(g)).join('\n') + '\n');
    const r = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', join(dir, 'gold.jsonl'), '--pred', join(dir, 'pred.jsonl'), '--verbose'], { encoding: 'utf8' });
    return { f1: Number(/fact-F1 ([\d.]+)/.exec(r.stdout)?.[1]), report: r.stdout + r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('fact-F1 on the Korean dev texts is at least 0.93 by the shared scorer', { skip: !haveCorpus && 'no shared corpus' }, () => {
  const { f1, report } = scoreKo('text');
  assert.ok(f1 >= 0.93, report);
});

test('the score holds when the headline comes as the title, or not at all', { skip: !haveCorpus && 'no shared corpus' }, () => {
  for (const layout of ['title', 'none'] as const) {
    const { f1, report } = scoreKo(layout);
    assert.ok(f1 >= 0.93, `${layout}\n${report}`);
  }
});

test('the dev texts list has every Korean text in it', { skip: !haveCorpus && 'no shared corpus' }, () => {
  const files = readdirSync(join(evalDir, 'dev/texts')).map((f) => f.replace(/\.txt$/, ''));
  for (const g of koGold) assert.ok(files.includes(g.id));
});

/** Scores the English rule pack on the English texts of the development corpus with the shared scorer; skips when the corpus is absent. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../core/types.ts';
import { defaultGazetteer } from '../../orgs/index.ts';
import { extractMovesEn } from './extract-en.ts';

const evalDir = fileURLToPath(new URL('../../../../shared/eval/', import.meta.url));

test('fact-F1 on the English dev texts stays at or above 0.93, and every evidence span is exact', { skip: !existsSync(join(evalDir, 'dev/gold.jsonl')) }, () => {
  const gold = readFileSync(join(evalDir, 'dev/gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((g) => g.lang === 'en');
  const ids = new Set(readdirSync(join(evalDir, 'dev/texts')).map((f) => f.replace(/\.txt$/, '')));
  const preds: string[] = [];
  for (const g of gold) {
    if (!ids.has(g.id)) continue;
    const text = readFileSync(join(evalDir, 'dev/texts', `${g.id}.txt`), 'utf8').normalize('NFC');
    const article: Article = {
      source: `${g.id}.txt`, url: null, title: null, text, lang: 'en', published: g.published, publishedFrom: 'gold',
      contentHash: '', mediaType: 'text/plain', charset: 'utf-8', bytes: text.length,
    };
    const moves = extractMovesEn({ article, gazetteer: defaultGazetteer() });
    for (const m of moves) for (const e of m.evidence) assert.equal(e.text, text.slice(e.start, e.end));
    preds.push(JSON.stringify({ source: `${g.id}.txt`, moves: moves.map((m) => ({ ...m, optional: m.history })) }));
  }
  const dir = mkdtempSync(join(tmpdir(), 'pw-en-'));
  writeFileSync(join(dir, 'gold.jsonl'), gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
  writeFileSync(join(dir, 'pred.jsonl'), preds.join('\n') + '\n');
  const r = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', join(dir, 'gold.jsonl'), '--pred', join(dir, 'pred.jsonl')], { encoding: 'utf8' });
  const f1 = Number(/fact-F1 ([\d.]+)/.exec(r.stdout)?.[1]);
  assert.ok(f1 >= 0.93, r.stdout);
});

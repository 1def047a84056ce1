/**
 * Development loop for the rule packs: extracts the dev corpus and scores it.
 *   node bin/run-ts.js scripts/dev-extract.ts [--lang ko|en] [--verbose]
 * Until ingest is wired in, publication dates come from the answer key (a stopgap for tuning only).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { extractMoves } from '../src/extract/index.ts';
import type { Article } from '../src/core/types.ts';

const evalDir = new URL('../../shared/eval/', import.meta.url).pathname;
const args = process.argv.slice(2);
const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined;
const gold = new Map(readFileSync(join(evalDir, 'dev/gold.jsonl'), 'utf8').trim().split('\n').map((l) => { const g = JSON.parse(l); return [g.id, g]; }));
const lines: string[] = [];
const goldLines: string[] = [];
for (const f of readdirSync(join(evalDir, 'dev/texts')).sort()) {
  const id = f.replace(/\.[^.]+$/, '');
  const g = gold.get(id);
  if (!g || (lang && g.lang !== lang)) continue;
  const text = readFileSync(join(evalDir, 'dev/texts', f), 'utf8').normalize('NFC');
  const article: Article = {
    source: f, url: null, title: null, text, lang: g.lang, published: g.published, publishedFrom: 'gold',
    contentHash: createHash('sha256').update(text).digest('hex'), mediaType: 'text/plain', charset: 'utf-8', bytes: text.length,
  };
  const x = extractMoves(article);
  lines.push(JSON.stringify({ source: f, lang: x.lang, published: x.published, moves: x.moves.map((m) => ({ ...m, optional: m.history })) }));
  goldLines.push(JSON.stringify(g));
}
writeFileSync(`/tmp/dev-pred-${lang ?? 'all'}.jsonl`, lines.join('\n') + '\n');
writeFileSync(`/tmp/dev-gold-${lang ?? 'all'}.jsonl`, goldLines.join('\n') + '\n');
const r = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', `/tmp/dev-gold-${lang ?? 'all'}.jsonl`, '--pred', `/tmp/dev-pred-${lang ?? 'all'}.jsonl`, ...(args.includes('--verbose') ? ['--verbose'] : [])], { encoding: 'utf8' });
process.stdout.write(r.stdout + r.stderr);

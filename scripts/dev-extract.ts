/**
 * Development loop for the rule packs: extracts the dev corpus and scores it.
 *   node bin/run-ts.js scripts/dev-extract.ts [--lang ko|en] [--verbose]
 * Documents are read by the real ingest (so datelines give the publication dates), without a database.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { extractMoves } from '../src/extract/index.ts';
import type { Article } from '../src/core/types.ts';
import { articleFromBytes } from '../src/ingest/index.ts';

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
  const article: Article = articleFromBytes(readFileSync(join(evalDir, 'dev/texts', f)), { source: f });
  const x = extractMoves(article);
  lines.push(JSON.stringify({ source: f, lang: x.lang, published: x.published, moves: x.moves.map((m) => ({ ...m, optional: m.history })) }));
  goldLines.push(JSON.stringify(g));
}
writeFileSync(`/tmp/dev-pred-${lang ?? 'all'}.jsonl`, lines.join('\n') + '\n');
writeFileSync(`/tmp/dev-gold-${lang ?? 'all'}.jsonl`, goldLines.join('\n') + '\n');
const r = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), '--gold', `/tmp/dev-gold-${lang ?? 'all'}.jsonl`, '--pred', `/tmp/dev-pred-${lang ?? 'all'}.jsonl`, ...(args.includes('--verbose') ? ['--verbose'] : [])], { encoding: 'utf8' });
process.stdout.write(r.stdout + r.stderr);

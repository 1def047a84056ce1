#!/usr/bin/env node
// Checks test/heldout2/gold.jsonl against its texts and writes the gold as a perfect prediction.
//
//   node test/heldout2/check-gold.mjs [pred-out.jsonl]
//
// Every person name form, non-mover and comp phrase must occur verbatim in its text; every
// text must be 1,200–3,000 characters. With an output path it also writes the gold converted
// to the `poachwatch extract` shape, so that score.mjs run on it must print fact-F1 1.000.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const lines = readFileSync(join(here, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const problems = [];
const preds = [];
for (const line of lines) {
  const g = JSON.parse(line);
  const text = readFileSync(join(here, 'texts', `${g.id}.txt`), 'utf8');
  const length = [...text].length;
  if (length < 1200 || length > 3000) problems.push(`${g.id}: length ${length}`);
  const need = (what, s) => { if (s != null && !text.includes(s)) problems.push(`${g.id}: ${what} not in text: ${s}`); };
  for (const m of g.moves) {
    for (const name of m.person) need('person', name);
    need('comp', m.comp);
  }
  for (const name of g.non_movers) need('non-mover', name);
  preds.push({
    source: `${g.id}.txt`, lang: g.lang, published: g.published,
    moves: g.moves.filter((m) => !m.optional).map((m) => ({
      person: m.person[0], aliases: m.person, from: m.from, to: m.to, date: m.date,
    })),
  });
}
if (process.argv[2]) writeFileSync(process.argv[2], preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
for (const p of problems) console.log(p);
console.log(`${lines.length} texts, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);

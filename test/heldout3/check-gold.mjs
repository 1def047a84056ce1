// Checks test/heldout3/gold.jsonl against its texts: names, comp phrases and non-movers appear verbatim, lengths are in range; writes the gold as a prediction file for a self-score.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gold = readFileSync(join(here, 'gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const problems = [];
for (const g of gold) {
  const text = readFileSync(join(here, 'texts', `${g.id}.txt`), 'utf8');
  const n = [...text].length;
  if (n < 1200 || n > 3000) problems.push(`${g.id}: length ${n}`);
  for (const m of g.moves) {
    for (const p of m.person) if (!text.includes(p)) problems.push(`${g.id}: person "${p}" not in text`);
    if (m.comp && !text.includes(m.comp)) problems.push(`${g.id}: comp "${m.comp}" not in text`);
  }
  for (const p of g.non_movers) if (!text.includes(p)) problems.push(`${g.id}: non-mover "${p}" not in text`);
}
const out = process.argv[2];
if (out) {
  const lines = gold.map((g) => JSON.stringify({ source: `${g.id}.txt`, moves: g.moves.map((m) => ({ person: m.person[0], aliases: m.person, from: m.from, to: m.to, date: m.date })) }));
  writeFileSync(out, lines.join('\n') + '\n');
}
console.log(problems.length ? problems.join('\n') : `ok: ${gold.length} texts, ${gold.reduce((a, g) => a + g.moves.length, 0)} moves`);
process.exitCode = problems.length ? 1 : 0;

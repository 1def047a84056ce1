#!/usr/bin/env node
// Checks the held-out answer key against its texts: every name form and comp phrase verbatim, sizes, slots.
//
//   node test/heldout/check-gold.mjs [--pred out.jsonl]
//
// With --pred it also writes the key as an extractor's output, so that
// `node ../shared/eval/score.mjs --gold gold.jsonl --pred out.jsonl` must give 1.000.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const gold = readFileSync(join(here, 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const problems = [];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const SLOTS = ['person', 'from', 'to', 'from_team', 'to_team', 'date', 'comp'];

for (const d of gold) {
  const text = readFileSync(join(here, 'texts', `${d.id}.txt`), 'utf8');
  const say = (msg) => problems.push(`${d.id}: ${msg}`);
  if (text.length < 1200 || text.length > 3000) say(`length ${text.length} outside 1200-3000`);
  if (d.published !== null && !DATE.test(d.published)) say(`bad published ${d.published}`);
  for (const m of d.moves) {
    for (const s of SLOTS) if (!(s in m)) say(`move lacks slot ${s}`);
    for (const p of m.person) if (!text.includes(p)) say(`name "${p}" not in text`);
    if (m.comp && !text.includes(m.comp)) say(`comp "${m.comp}" not in text`);
    if (m.date && !DATE.test(m.date)) say(`bad date ${m.date}`);
    // Undated texts may only keep dates the text states in full (a year and month at least).
    if (d.published === null && m.date && !text.includes(m.date.slice(0, 4))) say(`undated text but date ${m.date}`);
    if (m.from == null && m.to == null) say(`move of ${m.person[0]} has neither from nor to`);
  }
  for (const n of d.non_movers) if (!text.includes(n)) say(`non-mover "${n}" not in text`);
}

const pi = process.argv.indexOf('--pred');
if (pi > 0) {
  const lines = gold.map((d) => JSON.stringify({
    source: `${d.id}.txt`,
    moves: d.moves.map((m) => ({ person: m.person[0], aliases: m.person, from: m.from, to: m.to, date: m.date })),
  }));
  writeFileSync(process.argv[pi + 1], lines.join('\n') + '\n');
}

console.log(problems.length ? problems.join('\n') : `ok: ${gold.length} texts`);
process.exit(problems.length ? 1 : 0);

// Tests for the synthetic corpus: determinism, languages, sizes, answer keys, dates, particles, streaming, files, CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateCorpus, runCli, writeCorpus, type SynthDocument } from './generate-corpus.ts';
import { MAX_BYTES, MIN_BYTES } from './render-article.ts';
import { addParticle } from './add-particle.ts';
import { createRng } from './create-rng.ts';
import { dayOf, describePastDay } from './describe-date.ts';

const take = (n: number, opts: Parameters<typeof generateCorpus>[0]): SynthDocument[] => [...generateCorpus({ ...opts, documents: n })];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

test('the same seed gives the same corpus, another seed a different one', () => {
  const a = take(60, { seed: 11, documents: 0 });
  const b = take(60, { seed: 11, documents: 0 });
  const c = take(60, { seed: 12, documents: 0 });
  assert.deepEqual(a, b);
  assert.notDeepEqual(a.map((d) => d.text), c.map((d) => d.text));
});

test('both languages appear by default, and one when asked', () => {
  const docs = take(200, { seed: 1, documents: 0 });
  const ko = docs.filter((d) => d.lang === 'ko').length;
  assert.ok(ko > 60 && ko < 140, `ko share ${ko}/200`);
  assert.ok(docs.filter((d) => d.lang === 'ko').every((d) => /[가-힣]{20}/.test(d.text.replace(/\s/g, ''))));
  assert.ok(take(50, { seed: 1, documents: 0, lang: 'en' }).every((d) => d.lang === 'en' && !/[가-힣]/.test(d.text)));
  assert.ok(take(50, { seed: 1, documents: 0, lang: 'ko' }).every((d) => d.lang === 'ko'));
});

test('texts are 2–4 KB', () => {
  for (const d of take(400, { seed: 2, documents: 0 })) {
    const size = Buffer.byteLength(d.text);
    assert.ok(size >= MIN_BYTES && size <= MAX_BYTES, `${d.id}: ${size} bytes`);
  }
});

test('answer-key lines are well-formed and agree with their text', () => {
  const docs = take(400, { seed: 3, documents: 0 });
  let scored = 0;
  let optional = 0;
  let empty = 0;
  for (const d of docs) {
    const t = d.truth;
    assert.equal(t.id, d.id);
    assert.equal(t.lang, d.lang);
    assert.match(t.published, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(d.text.includes(t.published.slice(0, 4)), `${d.id}: year of publication not stated`);
    if (!t.moves.length) empty++;
    const movers = new Set<string>();
    for (const m of t.moves) {
      assert.ok(m.person.length > 0, `${d.id}: a move without a name`);
      for (const n of m.person) {
        assert.ok(d.text.includes(n), `${d.id}: name ${n} not in the text`);
        movers.add(n);
      }
      assert.ok(m.from !== null || m.to !== null, `${d.id}: ${m.person[0]} moves from nowhere to nowhere`);
      assert.notEqual(m.from, m.to, `${d.id}: ${m.person[0]} moves to where they are`);
      if (m.date !== null) assert.match(m.date, DATE);
      if (m.comp !== null) assert.ok(d.text.includes(m.comp), `${d.id}: comp ${m.comp} not in the text`);
      for (const team of [m.from_team, m.to_team]) if (team) assert.ok(d.text.includes(team), `${d.id}: team ${team}`);
      if (m.optional) {
        optional++;
        assert.match(m.date ?? '', /^\d{4}$/, `${d.id}: history is dated by year`);
      } else scored++;
    }
    for (const n of t.non_movers) {
      assert.ok(d.text.includes(n), `${d.id}: non-mover ${n} not in the text`);
      assert.ok(!movers.has(n), `${d.id}: ${n} is both a mover and a non-mover`);
    }
  }
  // The mix the simulation aims at: mostly stories with moves, some history, some with none.
  assert.ok(scored > 400, `scored moves ${scored}`);
  assert.ok(optional > 30, `optional moves ${optional}`);
  assert.ok(empty > 10 && empty < 120, `documents without a move ${empty}`);
});

test('relative dates resolve against the publication date', () => {
  const rng = createRng(9);
  const published = dayOf('2026-03-11'); // a Wednesday
  const seen = new Map<string, string>();
  for (let i = 0; i < 300; i++) {
    const en = describePastDay('en', dayOf('2026-03-09'), published, rng);
    const ko = describePastDay('ko', dayOf('2026-02-20'), published, rng);
    seen.set(en.text, en.truth).set(ko.text, ko.truth);
  }
  assert.equal(seen.get('on Monday'), '2026-03-09');
  assert.equal(seen.get('on March 9'), '2026-03-09');
  assert.equal(seen.get('지난달'), '2026-02');
  assert.equal(seen.get('지난달 20일'), '2026-02-20');
  assert.equal(seen.get('지난 2월'), '2026-02');
});

test('Korean particles follow the final sound', () => {
  assert.equal(addParticle('구글', '을'), '구글을');
  assert.equal(addParticle('메타', '을'), '메타를');
  assert.equal(addParticle('서울', '으로'), '서울로');
  assert.equal(addParticle('업스테이지', '으로'), '업스테이지로');
  assert.equal(addParticle('딥그레인', '으로'), '딥그레인으로');
  assert.equal(addParticle('한나 베커(Hanna Becker) 연구원', '이'), '한나 베커(Hanna Becker) 연구원이');
  assert.equal(addParticle('xAI', '은'), 'xAI는');
});

test('generation streams: 20,000 documents in flat memory', () => {
  v8.setFlagsFromString('--expose_gc');
  const gc = vm.runInNewContext('gc') as () => void;
  let n = 0;
  let base = 0;
  let peak = 0;
  for (const d of generateCorpus({ seed: 4, documents: 20_000 })) {
    n++;
    assert.ok(d.text.length > 0);
    if (n === 2_000) {
      gc();
      base = process.memoryUsage().heapUsed;
    } else if (n > 2_000 && n % 3_000 === 0) {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  assert.equal(n, 20_000);
  const grewMb = (peak - base) / 1e6;
  assert.ok(grewMb < 8, `heap grew ${grewMb.toFixed(1)} MB between document 2,000 and 20,000`);
});

test('writeCorpus writes one text per document and one key line each', () => {
  const dir = mkdtempSync(join(tmpdir(), 'synth-'));
  try {
    const r = writeCorpus(dir, { seed: 6, documents: 25 });
    assert.equal(r.documents, 25);
    const files = readdirSync(join(dir, 'texts')).sort();
    assert.equal(files.length, 25);
    const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(gold.map((g) => `${g.id}.txt`), files);
    const first = take(25, { seed: 6, documents: 0 })[0];
    assert.equal(readFileSync(join(dir, 'texts', files[0]), 'utf8'), first.text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the command line checks its flags', () => {
  assert.throws(() => runCli(['--documents', '5']), { message: '--out: missing (example: --out /tmp/synth)' });
  assert.throws(() => runCli(['--out', '/tmp/x', '--documents', 'many']), {
    message: '--documents: expected a whole number, got "many" (example: --documents 1)',
  });
  assert.throws(() => runCli(['--out', '/tmp/x', '--lang', 'fr']), {
    message: '--lang: expected one of ko, en, both, got "fr" (example: --lang both)',
  });
  assert.throws(() => [...generateCorpus({ seed: 1, documents: -1 })], {
    message: 'documents: expected a whole number >= 0, got -1 (example: --documents 5000)',
  });
  const dir = mkdtempSync(join(tmpdir(), 'synth-cli-'));
  try {
    assert.match(runCli(['--out', dir, '--documents', '3', '--seed', '2', '--lang', 'ko']), /^wrote 3 documents \(/);
    assert.equal(readdirSync(join(dir, 'texts')).length, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

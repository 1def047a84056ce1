/** The query verbs over a store built from the bundled sample corpus, in-process. */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cli } from './cli-harness.ts';

const samples = new URL('../samples/', import.meta.url).pathname;
const db = `sqlite:${join(mkdtempSync(join(tmpdir(), 'poachwatch-cli-')), 'cli.sqlite')}`;
type JsonMove = { id: number; person: string; aliases: string[]; from: { org: string } | null; to: { org: string } | null; date: string | null; sources: Array<{ source: string; evidence: Array<{ start: number; end: number; text: string }> }> };
let all: JsonMove[] = [];

const movesJson = async (...args: string[]) => {
  const r = await cli(['moves', '--json', '--db', db, ...args]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as JsonMove[];
};

before(async () => {
  const r = await cli(['ingest', '--quiet', '--db', db, join(samples, 'ko'), join(samples, 'en')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^ingest: \d+ stored, 0 skipped \(unchanged\), 0 failed; \d+ moves in the store\n$/);
  all = await movesJson();
});

test('moves --json lists every stored move with its sources and evidence, unless --limit is given', async () => {
  assert.ok(all.length > 40, `expected the sample corpus to yield many moves, got ${all.length}`);
  for (const m of all) {
    assert.ok(m.person && m.sources.length > 0 && m.sources.every((s) => s.evidence.length > 0), JSON.stringify(m));
    assert.ok(m.from || m.to, 'a move has at least one side');
  }
  // Evidence offsets point into the stored document's text: spot-check against the sample files of plain text.
  const { readFileSync } = await import('node:fs');
  for (const m of all.slice(0, 30)) {
    for (const s of m.sources.filter((x) => x.source.endsWith('.txt'))) {
      const text = readFileSync(s.source, 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
      for (const e of s.evidence) assert.equal(text.slice(e.start, e.end), e.text, `${s.source} ${e.start}`);
    }
  }
  assert.equal((await movesJson('--limit', '3')).length, 3);
  const table = await cli(['moves', '--db', db]);
  assert.match(table.stdout, new RegExp(`\\n${all.length} moves\\n`));
});

test('--org, --from and --to keep only moves touching that organization, by any alias', async () => {
  const apple = await movesJson('--org', 'Apple');
  assert.ok(apple.length >= 3);
  assert.ok(apple.every((m) => m.from?.org === 'Apple' || m.to?.org === 'Apple'));
  assert.deepEqual((await movesJson('--org', '애플')).map((m) => m.id), apple.map((m) => m.id), 'the Hangul alias finds the same moves');
  const fromApple = await movesJson('--from', 'Apple');
  assert.ok(fromApple.length > 0 && fromApple.every((m) => m.from?.org === 'Apple'));
  assert.equal(fromApple.length, all.filter((m) => m.from?.org === 'Apple').length);
  const toMeta = await movesJson('--to', 'Meta');
  assert.ok(toMeta.length > 0 && toMeta.every((m) => m.to?.org === 'Meta'));
});

test('--person finds one person by a name in either script', async () => {
  const person = all.find((m) => m.aliases.some((a) => /\p{Script=Hangul}/u.test(a)) && /^[A-Za-z]/.test(m.person));
  assert.ok(person, 'the corpus has a person named in both scripts');
  const hangul = person.aliases.find((a) => /\p{Script=Hangul}/u.test(a))!;
  const byLatin = await movesJson('--person', person.person);
  const byHangul = await movesJson('--person', hangul);
  assert.ok(byLatin.some((m) => m.id === person.id));
  // The Hangul form may also be a namesake's (the corpus has one), so it finds at least the same moves.
  for (const m of byLatin) assert.ok(byHangul.some((h) => h.id === m.id), `${hangul} finds move ${m.id}`);
  const shown = await cli(['person', hangul, '--db', db]);
  assert.equal(shown.code, 0);
  assert.ok(shown.stdout.includes(person.person) && shown.stdout.includes(hangul), shown.stdout);
});

test('--since and --until keep moves whose date falls in the window, at the date\'s own precision', async () => {
  const inWindow = await movesJson('--since', '2025-06', '--until', '2025-08');
  assert.ok(inWindow.length > 0);
  for (const m of inWindow) {
    assert.ok(m.date, 'undated moves are outside any window');
    const d = m.date!;
    assert.ok(d.slice(0, 7) <= '2025-08' && (d.length === 4 ? d >= '2025' : d.slice(0, 7) >= '2025-06'), d);
  }
  const expected = all.filter((m) => m.date && m.date.length >= 7 && m.date.slice(0, 7) >= '2025-06' && m.date.slice(0, 7) <= '2025-08').length;
  assert.equal(inWindow.filter((m) => m.date!.length >= 7).length, expected);
});

test('--csv prints a header and one row per move', async () => {
  const r = await cli(['moves', '--csv', '--db', db, '--org', 'Apple']);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines[0], 'id,date,person,aliases,from,from_team,to,to_team,role,compensation,compensation_usd,confidence,history,sources,first_source');
  assert.equal(lines.length - 1, (await movesJson('--org', 'Apple')).length);
});

test('org and flows agree with the moves they count', async () => {
  const r = await cli(['org', 'Apple', '--json', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(s.outflow, all.filter((m) => m.from?.org === 'Apple' && m.to?.org !== 'Apple').length);
  assert.equal(s.net, s.inflow - s.outflow);
  const flows = JSON.parse((await cli(['flows', '--json', '--db', db])).stdout) as Array<{ from: string; to: string; count: number }>;
  assert.ok(flows.length > 0);
  for (const f of flows.slice(0, 10)) {
    assert.equal(f.count, all.filter((m) => m.from?.org === f.from && m.to?.org === f.to).length, `${f.from} → ${f.to}`);
  }
  assert.ok(flows.every((f, i) => i === 0 || flows[i - 1].count >= f.count), 'sorted by count');
  const unknown = await cli(['org', 'No Such Org Anywhere', '--db', db]);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stdout, /no organization named "No Such Org Anywhere"/);
});

test('ingesting the same inputs again stores nothing new', async () => {
  const r = await cli(['ingest', '--quiet', '--db', db, join(samples, 'ko'), join(samples, 'en')]);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^ingest: 0 stored, \d+ skipped \(unchanged\), 0 failed\n$/);
  assert.equal((await movesJson()).length, all.length);
});

test('extract reads stdin and takes the publication date from --published for an undated clipping', async () => {
  const text = '메타, 애플 연구원 영입\n\n애플에서 검색 모델을 이끌던 하진우(Jinwoo Ha) 연구원이 지난달 메타로 자리를 옮겼다.\n';
  const r = await cli(['extract', '--published', '2025-07-30', '-'], { stdin: text });
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.published, '2025-07-30');
  assert.equal(doc.lang, 'ko');
  assert.equal(doc.moves.length, 1);
  assert.equal(doc.moves[0].from.org, 'Apple');
  assert.equal(doc.moves[0].to.org, 'Meta');
  assert.equal(doc.moves[0].date, '2025-06');
  assert.deepEqual([doc.moves[0].person, ...doc.moves[0].aliases].sort(), ['Jinwoo Ha', '하진우']);
  const ev = doc.moves[0].evidence[0];
  assert.equal(text.normalize('NFC').slice(ev.start, ev.end), ev.text);
});

test('usage errors name the problem and exit 2', async () => {
  const verb = await cli(['frobnicate']);
  assert.equal(verb.code, 2);
  assert.match(verb.stderr, /unknown verb "frobnicate"; expected one of demo, ingest, extract/);
  const since = await cli(['moves', '--since', 'yesterday', '--db', db]);
  assert.equal(since.code, 2);
  assert.match(since.stderr, /--since: expected a date .* got "yesterday"/);
  const both = await cli(['moves', '--json', '--csv', '--db', db]);
  assert.equal(both.code, 2);
  const badDb = await cli(['moves', '--db', 'mysql://x']);
  assert.equal(badDb.code, 2);
  assert.match(badDb.stderr, /mysql:\/\/x/);
  const noInput = await cli(['extract']);
  assert.equal(noInput.code, 2);
  assert.match(noInput.stderr, /no input given/);
});

test("the user's own organizations file makes a name known, in both scripts; a bad file is reported line by line", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'poachwatch-orgs-'));
  const orgs = join(dir, 'orgs.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(orgs, JSON.stringify({ 'Quillon Dynamics': ['퀼론 다이내믹스', 'Quillon'] }));
  const text = 'SEOUL, March 3, 2026 — Park Ji-won, a former Samsung Electronics engineer, has joined Quillon Dynamics as head of robotics, the company said.\n';
  const r = await cli(['extract', '--orgs', orgs, '-'], { stdin: text });
  assert.equal(r.code, 0, r.stderr);
  const [move] = JSON.parse(r.stdout).moves;
  assert.deepEqual(move.to, { org: 'Quillon Dynamics', team: null, verified: true });
  const without = JSON.parse((await cli(['extract', '-'], { stdin: text })).stdout).moves[0];
  assert.equal(without?.to?.verified ?? false, false, 'without the file the organization is not verified');
  const ko = '퀼론 다이내믹스, 삼성전자 출신 박지원 영입\n\n[한빛일보 기자] 입력 2026.03.04 09:00\n\n로봇 스타트업 퀼론 다이내믹스가 삼성전자 출신의 박지원 수석연구원을 영입했다고 3일 밝혔다.\n';
  const rk = await cli(['extract', '--orgs', orgs, '-'], { stdin: ko });
  assert.equal(JSON.parse(rk.stdout).moves[0]?.to?.org, 'Quillon Dynamics', rk.stdout);
  writeFileSync(orgs, JSON.stringify([{ id: 'x', name: 42 }]));
  const bad = await cli(['extract', '--orgs', orgs, '-'], { stdin: text });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /\[0\]\.name: /);
});

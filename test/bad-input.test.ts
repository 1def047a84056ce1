/** A batch with broken inputs: each failure is one line naming the input, the rest is stored whole, the exit code says so. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './cli-harness.ts';

const good = `Meta hires Apple researcher\n\nSAN FRANCISCO, July 9, 2025 — Priya Natarajan, who led speech research at Apple, has joined Meta, the company said on Tuesday.\n`;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

test('one broken document never aborts the batch nor leaves half a write', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'poachwatch-bad-'));
  const file = (name: string, content: string | Buffer) => { writeFileSync(join(dir, name), content); return join(dir, name); };
  const inputs = [
    file('good.txt', good),
    file('empty.txt', ''),
    file('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3])),
    file('truncated.html', '<html><head><title>Cut</title></head><body><article><p>Lee Jun-ho, a former Samsung engineer, joined Naver in March 2025, the company said.</p><p>He will lead'),
    file('oversized.txt', 'Apple '.repeat(2000)),
    // A UTF-8 byte-order mark in front of EUC-KR bytes: wrongly encoded.
    file('wrong-encoding.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(new URL('../src/ingest/fixtures/euc-kr-undeclared.txt', import.meta.url))])),
    join(dir, 'missing.txt'),
    'http://127.0.0.1/private',
    `http://127.0.0.1:${await closedPort()}/gone`,
  ];
  const db = `sqlite:${join(dir, 'bad.sqlite')}`;
  const r = await cli(['ingest', '--db', db, '--max-bytes', '8KB', '--timeout', '3s', ...inputs]);
  assert.equal(r.code, 1, 'some input failed');
  const failures = r.stderr.split('\n').filter((l) => l.startsWith('poachwatch ingest: '));
  const expectFailure = (needle: string, reason: RegExp) => {
    const line = failures.find((l) => l.includes(needle));
    assert.ok(line, `a failure line names ${needle}:\n${r.stderr}`);
    assert.match(line!, reason);
  };
  expectFailure('empty.txt', /empty/);
  expectFailure('binary.txt', /binary/);
  expectFailure('oversized.txt', /8 ?KB|8192|limit|large/i);
  expectFailure('wrong-encoding.txt', /decode|encod/i);
  expectFailure('missing.txt', /no such file|not found|does not exist/i);
  expectFailure('127.0.0.1/private', /refus|private|loopback/i);
  // The closed port is on loopback too: refused before any connection is tried.
  expectFailure('/gone', /refus|private|loopback/i);
  assert.equal(failures.length, 7, r.stderr);
  assert.match(r.stdout, /^ingest: 2 stored, 0 skipped \(unchanged\), 7 failed; \d+ moves in the store\n$/);

  const moves = JSON.parse((await cli(['moves', '--json', '--db', db])).stdout) as Array<{ person: string; sources: Array<{ source: string }> }>;
  assert.ok(moves.some((m) => m.person === 'Priya Natarajan'), 'the good document is stored with its move');
  assert.ok(moves.every((m) => m.sources.every((s) => s.source.endsWith('good.txt') || s.source.endsWith('truncated.html'))), 'nothing from a failed input is stored');

  // With --allow-private, the closed port is tried and fails as unreachable.
  const again = await cli(['ingest', '--db', db, '--allow-private', '--timeout', '3s', inputs.at(-1)!]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /\/gone: .*(refused|ECONNREFUSED|unreachable|connect)/i);
});

test('pathological text is processed in time linear in its size', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'poachwatch-path-'));
  const inputs = [
    ['no-break.txt', 'Researchers said that '.repeat(48_000)],
    ['capitals.txt', Array.from({ length: 5000 }, (_, i) => `Name${String.fromCharCode(65 + (i % 26))}`).join(' ') + ' joined Meta.\n'],
    ['nested.html', '<div>'.repeat(20_000) + 'Kim Min-ji joined Naver from Kakao in May 2025.' + '</div>'.repeat(20_000)],
    ['korean.txt', '연구원이 합류했다 '.repeat(60_000)],
  ].map(([name, content]) => { writeFileSync(join(dir, name), content); return join(dir, name); });
  const cpu0 = process.cpuUsage();
  const r = await cli(['extract', ...inputs]);
  const cpu = process.cpuUsage(cpu0);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 4);
  const seconds = (cpu.user + cpu.system) / 1e6;
  assert.ok(seconds < 20, `4 pathological MB-sized inputs took ${seconds.toFixed(1)} CPU-seconds`);
});

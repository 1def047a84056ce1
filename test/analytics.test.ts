/** The analysis verbs over stored moves: the seed's burst, cascades and forecasts through the CLI. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { devTexts, skipWithoutEval, tempDir } from './eval-harness.ts';
import { cli } from './cli-harness.ts';

test("the seed article, dated on the command line, yields one burst: Apple's four researchers to Meta", { skip: skipWithoutEval }, async () => {
  const db = `sqlite:${join(tempDir(), 'seed.sqlite')}`;
  const ing = await cli(['ingest', '--quiet', '--db', db, '--published', '2025-07-30', join(devTexts, 'seed-knews.txt')]);
  assert.equal(ing.code, 0, ing.stderr);
  const r = await cli(['bursts', '--json', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  const { bursts } = JSON.parse(r.stdout) as { bursts: Array<{ org: string; team: string | null; count: number; people: string[]; pValue: number; destinations: Array<{ org: string; count: number }> }> };
  assert.equal(bursts.length, 1);
  const [b] = bursts;
  assert.equal(b.org, 'Apple');
  assert.deepEqual([...b.people].sort(), ['Bowen Zhang', 'Mark Lee', 'Ruoming Pang', 'Tom Gunter']);
  assert.deepEqual(b.destinations.map((d) => [d.org, d.count]), [['Meta', 4]]);
  assert.ok(b.pValue < 0.01);
  const f = await cli(['forecast', 'Apple', '--json', '--db', db]);
  assert.equal(f.code, 0, f.stderr);
  const forecast = JSON.parse(f.stdout);
  assert.equal(forecast.model, 'poisson', 'four departures are too few for a Hawkes fit, and it says so');
  assert.ok(forecast.reason.length > 10, 'it says why');
  assert.deepEqual(forecast.horizons.map((h: { horizon: number }) => h.horizon), [30, 90]);
});

test('cascades and bursts print tables and JSON over the sample corpus', async () => {
  const db = `sqlite:${join(tempDir(), 'samples.sqlite')}`;
  const samples = new URL('../samples/', import.meta.url).pathname;
  assert.equal((await cli(['ingest', '--quiet', '--db', db, join(samples, 'ko'), join(samples, 'en')])).code, 0);
  const c = await cli(['cascades', '--json', '--db', db]);
  assert.equal(c.code, 0, c.stderr);
  const cascades = JSON.parse(c.stdout) as Array<{ org: string; to: string; leader: { date: string }; followers: Array<{ date: string }> }>;
  for (const x of cascades) {
    assert.ok(x.followers.length >= 1);
    for (const f of x.followers) {
      const days = (Date.parse(f.date) - Date.parse(x.leader.date)) / 86_400_000;
      assert.ok(days >= 0 && days <= 90, `${x.org} → ${x.to}: follower ${days} days after the leader`);
    }
  }
  const comp = await cli(['comp', '--json', '--db', db]);
  assert.equal(comp.code, 0, comp.stderr);
  const summary = JSON.parse(comp.stdout) as { groups: Array<{ count: number; min: number | null; median: number | null; max: number | null }>; conflicts: Array<{ figures: unknown[] }> };
  for (const g of summary.groups) if (g.count) assert.ok(g.min! <= g.median! && g.median! <= g.max!);
  assert.ok(summary.conflicts.every((c) => c.figures.length >= 2), 'a conflict shows every figure side by side');
  const bt = await cli(['backtest', 'Google', '--json', '--db', db]);
  assert.equal(bt.code, 0, bt.stderr);
  const report = JSON.parse(bt.stdout) as { rows: Array<{ inside: boolean }>; calibration: number };
  assert.ok(report.rows.length > 0);
  assert.equal(report.calibration, report.rows.filter((r) => r.inside).length / report.rows.length);
  const table = await cli(['bursts', '--db', db]);
  assert.equal(table.code, 0);
  assert.match(table.stdout, /\d+ bursts? \(window 30 days, at least 3 departures/);
  const bad = await cli(['bursts', '--alpha', '2', '--db', db]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--alpha: expected a probability between 0 and 1, got "2"/);
});

test('series and team-level flows print tables, CSV and JSON that agree with each other', async () => {
  const db = `sqlite:${join(tempDir(), 'series.sqlite')}`;
  const samples = new URL('../samples/', import.meta.url).pathname;
  assert.equal((await cli(['ingest', '--quiet', '--db', db, join(samples, 'ko'), join(samples, 'en')])).code, 0);
  const s = await cli(['series', '--org', 'Google', '--since', '2025-01', '--until', '2025-12', '--json', '--db', db]);
  assert.equal(s.code, 0, s.stderr);
  const series = JSON.parse(s.stdout) as { kind: string; months: Array<{ month: string; departures: number; arrivals: number; net: number }> };
  assert.equal(series.kind, 'org');
  assert.equal(series.months.length, 12);
  assert.ok(series.months.every((m) => m.net === m.arrivals - m.departures));
  const org = JSON.parse((await cli(['org', 'Google', '--since', '2025-01', '--until', '2025-12', '--json', '--db', db])).stdout) as { outflow: number };
  const csv = await cli(['series', '--org', 'Google', '--since', '2025-01', '--until', '2025-12', '--csv', '--db', db]);
  assert.equal(csv.stdout.split('\n')[0], 'period,arrivals,departures,net,by report day');
  const departures = series.months.reduce((n, m) => n + m.departures, 0);
  assert.ok(departures <= org.outflow, 'month-placed departures are a subset of the window balance (year-only ones sit apart)');
  const matrix = await cli(['series', '--to', 'Meta', '--db', db]);
  assert.equal(matrix.code, 0, matrix.stderr);
  assert.match(matrix.stdout, /month × flow cells? over \d+ months?/);
  const orgFlows = JSON.parse((await cli(['flows', '--json', '--db', db])).stdout) as Array<{ from: string; to: string; count: number }>;
  const teamFlows = JSON.parse((await cli(['flows', '--level', 'team', '--json', '--db', db])).stdout) as Array<{ from: string; fromTeam: string | null; to: string; count: number }>;
  assert.ok(teamFlows.some((f) => f.fromTeam !== null));
  for (const f of orgFlows) {
    assert.equal(teamFlows.filter((t) => t.from === f.from && t.to === f.to).reduce((n, t) => n + t.count, 0), f.count, `${f.from} → ${f.to}`);
  }
  const table = await cli(['flows', '--level', 'team', '--org', 'Apple', '--db', db]);
  assert.match(table.stdout, /Apple \(Apple Foundation Models\)/);
  const bad = await cli(['flows', '--level', 'division', '--db', db]);
  assert.equal(bad.code, 2);
});

test('the seed briefing through the CLI, in Korean: the four researchers, Meta, the burst', { skip: skipWithoutEval }, async () => {
  const db = `sqlite:${join(tempDir(), 'seed-brief.sqlite')}`;
  assert.equal((await cli(['ingest', '--quiet', '--db', db, '--published', '2025-07-30', join(devTexts, 'seed-knews.txt')])).code, 0);
  const r = await cli(['brief', '--org', 'Apple', '--since', '2025-07-01', '--until', '2025-07-31', '--lang', 'ko', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  for (const name of ['루오밍 팡', '톰 건터', '보웬 장', '마크 리']) assert.ok(r.stdout.includes(name), name);
  assert.match(r.stdout, /4명이 메타로 자리를 옮겼다/);
  assert.match(r.stdout, /## 집단 이탈\n\n[^\n]*4명의 이탈이 한꺼번에 확인됐다/);
});

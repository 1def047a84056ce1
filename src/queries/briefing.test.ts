/** Briefings: the seed case in both languages, every figure recomputed from the store, empty windows, unknown orgs. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moveInterval, overlapsWindow, parseDateSpan, toAnalysisMove } from '../analyze/index.ts';
import { InputError } from '../core/errors.ts';
import { defaultGazetteer } from '../orgs/index.ts';
import { runIngest } from '../pipeline.ts';
import { openStore, type Store } from '../store/index.ts';
import { cli } from '../../test/cli-harness.ts';
import { buildBriefing, queryForecast } from './index.ts';

const samples = fileURLToPath(new URL('../../samples/', import.meta.url));
const seedText = fileURLToPath(new URL('../../../shared/eval/dev/texts/seed-knews.txt', import.meta.url));
const skipSeed = existsSync(seedText) ? false : 'skipped: ../shared/eval is not beside the repository';

/** The lines of a Markdown section (from its heading to the next heading of the same or a higher level). */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  assert.ok(start >= 0, `no section ${heading}`);
  const level = heading.indexOf(' ');
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.indexOf(' ') <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

const bullets = (lines: string[]) => lines.filter((l) => l.startsWith('- '));

/** Departures and arrivals of `org` in the window, recomputed from the store's moves with the shared dating rule. */
async function recount(store: Store, org: string, since: string, until: string) {
  const from = parseDateSpan(since)!.start;
  const to = parseDateSpan(until)!.end;
  const moves = (await store.listMoves({})).map(toAnalysisMove).filter((m) => {
    const span = moveInterval(m);
    return span !== null && overlapsWindow(span, from, to);
  });
  return {
    departures: moves.filter((m) => m.from?.org === org && m.to?.org !== org),
    arrivals: moves.filter((m) => m.to?.org === org && m.from?.org !== org),
  };
}

describe('briefings on the seed article', { skip: skipSeed }, () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'poachwatch-brief-'));
    store = await openStore(`sqlite:${join(dir, 'seed.sqlite')}`);
    await runIngest([seedText], { store, gazetteer: defaultGazetteer(), ingest: { published: '2025-07-30' }, alerts: false });
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const window = { org: 'Apple', since: '2025-07-01', until: '2025-07-31' };

  test('Korean: the four researchers who left for Meta, the burst, the forecast and the source, in news prose', async () => {
    const { markdown, data } = await buildBriefing(store, { ...window, lang: 'ko' });
    assert.match(markdown, /^# 애플 인력 이동 브리핑/);
    assert.match(markdown, /애플에서 2025년 7월 1일부터 31일까지 4명이 메타로 자리를 옮겼다\./);
    assert.match(markdown, /같은 기간 애플로 옮겨 온 인력은 없었다\./);
    assert.match(markdown, /메타로 이직한 인물은 다음과 같다\./);
    const movers = bullets(section(markdown, '### 떠난 인력'));
    assert.equal(movers.length, 4);
    for (const name of ['루오밍 팡(Ruoming Pang)', '톰 건터(Tom Gunter)', '보웬 장(Bowen Zhang)', '마크 리(Mark Lee)']) {
      assert.ok(movers.some((l) => l.includes(name) && l.endsWith('[1]')), name);
    }
    const burst = section(markdown, '## 집단 이탈').join('\n');
    assert.match(burst, /4명의 이탈이 한꺼번에 확인됐다/);
    assert.match(burst, /행선지는 메타 4명이다/);
    assert.match(section(markdown, '## 전망').join('\n'), /향후 30일간 추가 이탈은 평균 \d+\.\d명\(80% 구간 \d+~\d+명\)으로 예상된다\(포아송 모형 추정\)/);
    assert.match(section(markdown, '## 보상').join('\n'), /루오밍 팡\(Ruoming Pang\)의 보상은 '2억 달러가 넘는 보상'으로 보도됐다/);
    assert.match(section(markdown, '## 출처').join('\n'), /^1\. 「애플, 한 달 만에 AI 연구원 4명 메타로 이직」 — seed-knews\.txt, 2025년 7월 30일/m);
    // No English sentence leaks into the Korean prose: outside names in parentheses, sources and the p-value, no Latin words.
    const prose = markdown.split('## 출처')[0]!.replace(/\([^)]*\)/g, '').replace(/\*\*/g, '');
    assert.doesNotMatch(prose, /[A-Za-z]{3,}/);
    assert.equal(data.headline.departures, 4);
    assert.equal(data.bursts.length, 1);
  });

  test('English: the same figures', async () => {
    const { markdown } = await buildBriefing(store, { ...window, lang: 'en' });
    assert.match(markdown, /4 people left Apple for Meta between July 1, 2025 and July 31, 2025\./);
    assert.equal(bullets(section(markdown, '### Departures')).length, 4);
    assert.match(section(markdown, '## Bursts').join('\n'), /4 departures from Apple \(Apple Foundation Models\) on July 30, 2025 \(by report date\)/);
    assert.match(markdown, /Net outflow: 4\./);
    assert.match(section(markdown, '## Outlook').join('\n'), /from a Poisson rate: 4 departures, fewer than the 8 a Hawkes fit needs/);
  });

  test('through the CLI: --out writes the file; an empty window is a short honest briefing; an unknown org suggests one', async () => {
    const db = `sqlite:${join(dir, 'seed.sqlite')}`;
    const out = join(dir, 'brief.md');
    const r = await cli(['brief', '--org', '애플', '--since', '2025-07-01', '--until', '2025-07-31', '--lang', 'ko', '--out', out, '--db', db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(readFileSync(out, 'utf8'), /4명이 메타로 자리를 옮겼다/);
    const empty = await cli(['brief', '--org', 'Apple', '--since', '2024-01-01', '--until', '2024-01-31', '--db', db]);
    assert.equal(empty.code, 0, empty.stderr);
    assert.match(empty.stdout, /No moves recorded between January 1, 2024 and January 31, 2024/);
    assert.ok(empty.stdout.split('\n').length < 10, 'short');
    const emptyKo = await cli(['brief', '--org', 'Apple', '--since', '2024-01', '--until', '2024-01', '--lang', 'ko', '--db', db]);
    assert.match(emptyKo.stdout, /애플을 떠나거나 애플로 옮겨 온 인물은 기록되지 않았다/);
    const unknown = await cli(['brief', '--org', 'Appel', '--db', db]);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no organization named "Appel" in the store; did you mean "Apple"\?/);
    const recent = await cli(['brief', '--org', 'Apple', '--now', '2025-08-15', '--lang', 'ko', '--db', db]);
    assert.equal(recent.code, 0, recent.stderr);
    assert.match(recent.stdout, /애플에서 최근 30일 사이 4명이 메타로 자리를 옮겼다/, 'by default the last 30 days before --now');
    const bad = await cli(['brief', '--org', 'Apple', '--lang', 'fr', '--db', db]);
    assert.equal(bad.code, 2);
  });
});

describe('briefings on the sample corpus: every number recomputed from the store', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'poachwatch-brief-'));
    store = await openStore(`sqlite:${join(dir, 'samples.sqlite')}`);
    await runIngest([`${samples}ko`, `${samples}en`], { store, gazetteer: defaultGazetteer(), alerts: false });
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const org of ['Google', 'OpenAI', 'Meta']) {
    test(`${org}, 2025, in English and Korean`, async () => {
      const since = '2025-01-01';
      const until = '2025-12-31';
      const expected = await recount(store, org, since, until);
      const en = await buildBriefing(store, { org, since, until, lang: 'en' });
      const ko = await buildBriefing(store, { org, since, until, lang: 'ko' });
      // Mover lines, per section, are the moves.
      assert.equal(bullets(section(en.markdown, '### Departures')).length, expected.departures.length);
      assert.equal(bullets(section(en.markdown, '### Arrivals')).length, expected.arrivals.length);
      assert.equal(bullets(section(ko.markdown, '### 떠난 인력')).length, expected.departures.length);
      assert.equal(bullets(section(ko.markdown, '### 합류한 인력')).length, expected.arrivals.length);
      // Headline numbers.
      const left = Number(/(\d+) (?:person|people) left/.exec(en.markdown)?.[1] ?? 0);
      assert.equal(left, expected.departures.length);
      const joined = /(\d+) (?:person|people) joined/.exec(en.markdown);
      assert.equal(joined ? Number(joined[1]) : 0, expected.arrivals.length);
      const net = expected.arrivals.length - expected.departures.length;
      assert.match(en.markdown, net === 0 ? /Net change: 0\./ : new RegExp(`Net ${net < 0 ? 'outflow' : 'inflow'}: ${Math.abs(net)}\\.`));
      assert.match(ko.markdown, net < 0 ? new RegExp(`순유출은 ${-net}명이다`) : net > 0 ? new RegExp(`순유입은 ${net}명이다`) : /명씩으로 같았다/);
      const koLeft = /(\d+)명이 (?:다른 곳으로|\S+로) 자리를 옮겼다/.exec(ko.markdown);
      assert.equal(Number(koLeft?.[1] ?? 0), expected.departures.length);
      // Forecast figures are the forecast's own, to one decimal.
      const f = await queryForecast(store, { org, now: until, observedSince: since });
      for (const h of f.horizons) {
        assert.ok(en.markdown.includes(`${h.expected.toFixed(1)} over the next ${h.horizon} days (80% interval ${h.lower}–${h.upper})`), `${org} ${h.horizon}d`);
      }
      assert.ok(ko.markdown.includes(`평균 ${f.horizons[0]!.expected.toFixed(1)}명(80% 구간 ${f.horizons[0]!.lower}~${f.horizons[0]!.upper}명)`));
      // Every [n] points at a listed source, and every listed source is cited.
      const listed = bullets(section(en.markdown, '## Sources')).length || section(en.markdown, '## Sources').filter((l) => /^\d+\. /.test(l)).length;
      const cited = new Set([...en.markdown.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
      assert.ok([...cited].every((n) => n >= 1 && n <= listed));
      assert.equal(cited.size, listed);
      assert.equal(listed, en.data.sources.length);
    });
  }

  test('the data behind the Markdown is plain JSON', async () => {
    const { data } = await buildBriefing(store, { org: 'Google', lang: 'en' });
    assert.deepEqual(JSON.parse(JSON.stringify(data)), data);
    await assert.rejects(() => buildBriefing(store, { org: 'Gogle', lang: 'en' }), (e: unknown) => e instanceof InputError && e.code === 'not-found');
  });
});

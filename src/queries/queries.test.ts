/** The query functions over real stores (SQLite and PostgreSQL) holding the sample corpus. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { orgBalance, toAnalysisMove } from '../analyze/index.ts';
import { InputError } from '../core/errors.ts';
import { defaultGazetteer } from '../orgs/index.ts';
import { runIngest } from '../pipeline.ts';
import { postgresEngine, sqliteEngine, type ContractEngine } from '../store/_contract-engines.ts';
import type { Store } from '../store/index.ts';
import { buildBriefing, queryBacktest, queryBursts, queryCascades, queryCompensation, queryFlowCounts, queryFlows, queryForecast, queryOrgBalance, querySeries } from './index.ts';

const samples = fileURLToPath(new URL('../../samples/', import.meta.url));

for (const engine of [sqliteEngine(), await postgresEngine()] as ContractEngine[]) {
  describe(`queries on ${engine.name}`, { skip: engine.skip }, () => {
    let store: Store;
    before(async () => {
      await engine.setUp();
      store = await engine.openEmpty();
      const report = await runIngest([`${samples}ko`, `${samples}en`], { store, gazetteer: defaultGazetteer(), alerts: false });
      assert.equal(report.failed, 0);
    });
    after(async () => {
      await store?.close();
      await engine.tearDown();
    });

    test('organization-level flows are the store\'s own counts, with the moves behind each', async () => {
      for (const window of [{}, { since: '2025-03', until: '2025-09' }, { since: '2025' }]) {
        const expected = await store.flows(window);
        const { flows } = await queryFlows(store, window);
        assert.deepEqual(flows.map((f) => ({ from: f.from, to: f.to, count: f.count, people: f.people, peopleCount: f.people.length })), expected);
        for (const f of flows) assert.equal(f.moveIds.length, f.count);
        assert.deepEqual((await queryFlowCounts(store, window)).flows, expected);
      }
      const apple = await queryFlowCounts(store, { org: 'Apple', limit: 2 });
      assert.equal(apple.flows.length, 2);
      assert.ok(apple.flows.every((f) => f.from === 'Apple' || f.to === 'Apple'));
      const limited = await queryFlows(store, { limit: 3 });
      assert.equal(limited.flows.length, 3);
    });

    test('team-level flows split the organization-level ones and add up to them', async () => {
      const org = await queryFlows(store, { level: 'org' });
      const team = await queryFlows(store, { level: 'team' });
      assert.ok(team.flows.some((f) => f.fromTeam !== null || f.toTeam !== null), 'some flows name a team');
      for (const f of org.flows) {
        const parts = team.flows.filter((t) => t.from === f.from && t.to === f.to);
        assert.equal(parts.reduce((n, t) => n + t.count, 0), f.count, `${f.from} → ${f.to}`);
      }
      const apple = await queryFlows(store, { level: 'team', org: '애플' });
      assert.ok(apple.flows.length > 0);
      assert.ok(apple.flows.every((f) => f.from === 'Apple' || f.to === 'Apple'));
    });

    test('the balance counts exactly the moves it lists, and agrees with analyze/orgBalance', async () => {
      const b = await queryOrgBalance(store, { org: 'Google', since: '2025-01', until: '2025-12' });
      assert.equal(b.org, 'Google');
      assert.equal(b.outflow, b.departures.length);
      assert.equal(b.inflow, b.arrivals.length);
      assert.equal(b.net, b.inflow - b.outflow);
      const moves = (await store.listMoves({})).map(toAnalysisMove);
      const reference = orgBalance(moves, 'Google', { since: '2025-01', until: '2025-12' });
      assert.deepEqual([b.inflow, b.outflow, b.topDestinations], [reference.inflow, reference.outflow, reference.topDestinations]);
      assert.ok(b.departures.every((m) => m.from?.org === 'Google' && m.to?.org !== 'Google'));
      const cited = new Set(b.sources.map((s) => s.documentId));
      assert.ok([...b.departures, ...b.arrivals].every((m) => m.sources.length > 0 && m.sources.every((id) => cited.has(id))));
    });

    test('a team balance counts only that team\'s moves', async () => {
      const team = await queryOrgBalance(store, { org: 'Apple', team: 'Apple Foundation Models' });
      assert.ok(team.outflow > 0);
      assert.ok(team.departures.every((m) => m.from?.team === 'Apple Foundation Models'));
      const whole = await queryOrgBalance(store, { org: 'Apple' });
      assert.ok(team.outflow <= whole.outflow);
    });

    test('the monthly series of an organization adds up to its balance over the same window', async () => {
      const window = { since: '2025-01', until: '2025-12' };
      const s = await querySeries(store, { org: 'OpenAI', ...window });
      assert.equal(s.kind, 'org');
      if (s.kind !== 'org') return;
      assert.equal(s.months.length, 12);
      const b = await queryOrgBalance(store, { org: 'OpenAI', ...window });
      const sum = (k: 'arrivals' | 'departures') => [...s.months, ...s.yearOnly].reduce((n, m) => n + m[k], 0);
      assert.equal(sum('departures'), b.outflow);
      assert.equal(sum('arrivals'), b.inflow);
      const flows = await querySeries(store, { ...window, to: 'Meta' });
      assert.equal(flows.kind, 'flows');
      if (flows.kind === 'flows') {
        assert.ok(flows.cells.length > 0 && flows.cells.every((c) => c.to === 'Meta' && c.count === c.moveIds.length));
        assert.ok(flows.cells.every((c) => c.period.length === 4 ? flows.years.includes(c.period) : flows.months.includes(c.period)));
      }
    });

    test('an unknown organization is a not-found InputError that suggests the near name', async () => {
      for (const call of [
        () => queryOrgBalance(store, { org: 'Anthropik' }),
        () => queryForecast(store, { org: 'Anthropik' }),
        () => queryFlows(store, { org: 'Anthropik' }),
      ]) {
        await assert.rejects(call, (e: unknown) => e instanceof InputError && e.code === 'not-found' && /did you mean "Anthropic"/.test(e.message));
      }
      await assert.rejects(() => querySeries(store, { org: 'Zzyzx Qwerty' }), (e: unknown) => e instanceof InputError && e.code === 'not-found' && !/did you mean/.test(e.message));
    });

    test('bursts, cascades, forecast, backtest and compensation reference moves by id, JSON-safe', async () => {
      const ids = new Set((await store.listMoves({})).map((m) => m.id));
      const bursts = await queryBursts(store, {});
      for (const b of bursts.bursts) assert.ok(b.moveIds.length === b.count && b.moveIds.every((id) => ids.has(id)));
      const mistral = await queryBursts(store, { org: 'Mistral AI' });
      assert.ok(mistral.bursts.every((b) => b.org === 'Mistral AI'));
      const cascades = await queryCascades(store, { org: 'OpenAI' });
      assert.ok(cascades.cascades.every((c) => c.org === 'OpenAI' && ids.has(c.leader.moveId) && c.followers.every((f) => ids.has(f.moveId))));
      const f = await queryForecast(store, { org: '구글', now: '2025-10-01' });
      assert.equal(f.org, 'Google');
      assert.equal(f.until, '2025-10-01');
      assert.deepEqual(f.horizons.map((h) => h.horizon), [30, 90]);
      const bt = await queryBacktest(store, { org: 'Google' });
      assert.ok(bt.rows.length > 0);
      const comp = await queryCompensation(store, { period: 'quarter' });
      assert.ok(comp.groups.length > 0);
      for (const result of [bursts, cascades, f, bt, comp]) assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
    });

    test('a briefing reads the same store through the same queries', async () => {
      const { markdown, data } = await buildBriefing(store, { org: 'Google', since: '2025-01', until: '2025-12', lang: 'ko' });
      const b = await queryOrgBalance(store, { org: 'Google', since: '2025-01', until: '2025-12' });
      assert.deepEqual([data.headline.departures, data.headline.arrivals], [b.outflow, b.inflow]);
      assert.match(markdown, /^# 구글 인력 이동 브리핑/);
      assert.equal((markdown.match(/^\d+\. /gm) ?? []).length, data.sources.length);
    });
  });
}

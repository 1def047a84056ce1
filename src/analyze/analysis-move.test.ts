import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MoveRow } from '../store/store.ts';
import { findReportedDay, toAnalysisMove } from './analysis-move.ts';
import { deriveSeniority } from './derive-seniority.ts';

function row(over: Partial<MoveRow> = {}): MoveRow {
  const source = (published: string | null, claimId: number) => ({
    documentId: claimId, source: `doc${claimId}.txt`, url: null, title: null, published, lang: 'en' as const,
    claimId, confidence: 0.9, evidence: [],
  });
  return {
    id: 7,
    person: { id: 3, name: 'Ruoming Pang', aliases: ['루오밍 팡'] },
    from: { key: 'apple', name: 'Apple', team: 'Apple Foundation Models', verified: true },
    to: { key: 'meta', name: 'Meta', team: null, verified: true },
    date: null,
    role: 'head of foundation models',
    compensation: [{ text: '$200 million', usd: 200_000_000, amount: 200_000_000, currency: 'USD', claimId: 11 }],
    confidence: 0.9,
    history: false,
    sources: [source('2025-07-30', 11), source('2025-07', 12), source(null, 13)],
    ...over,
  };
}

test('toAnalysisMove flattens sides, keeps figures and sources, derives reported and seniority', () => {
  const m = toAnalysisMove(row());
  assert.deepEqual(m.from, { org: 'Apple', team: 'Apple Foundation Models' });
  assert.deepEqual(m.to, { org: 'Meta', team: null });
  assert.equal(m.person, 'Ruoming Pang');
  assert.equal(m.personId, 3);
  // '2025-07' only proves publication by 07-31, so the day-precise 07-30 is earlier.
  assert.equal(m.reported, '2025-07-30');
  assert.equal(m.seniority, 'senior');
  assert.equal(m.compensation[0].usd, 200_000_000);
  assert.deepEqual(m.sources.map((s) => s.claimId), [11, 12, 13]);
  assert.equal(m.history, false);
});

test('toAnalysisMove leaves seniority out when no role is stated, and handles missing sides', () => {
  const m = toAnalysisMove(row({ role: null, from: null, to: null, sources: [] }));
  assert.equal('seniority' in m, false);
  assert.equal(m.from, null);
  assert.equal(m.reported, null);
});

test('findReportedDay counts coarse publication dates at their last day', () => {
  assert.equal(findReportedDay([{ published: '2025-02' }]), '2025-02-28');
  assert.equal(findReportedDay([{ published: '2024' }, { published: '2024-12-30' }]), '2024-12-30');
  assert.equal(findReportedDay([{ published: 'yesterday' }]), null);
});

test('deriveSeniority reads English and Korean titles as whole words', () => {
  assert.equal(deriveSeniority('VP of AI research'), 'senior');
  assert.equal(deriveSeniority('Distinguished Engineer'), 'senior');
  assert.equal(deriveSeniority('수석 연구원'), 'senior');
  assert.equal(deriveSeniority('AI 총괄'), 'senior');
  assert.equal(deriveSeniority('research scientist'), 'other');
  assert.equal(deriveSeniority('research fellow'), 'other');
  assert.equal(deriveSeniority('misleading engineer'), 'other');
  assert.equal(deriveSeniority('연구원'), 'other');
  assert.equal(deriveSeniority(''), undefined);
  assert.equal(deriveSeniority(null), undefined);
});

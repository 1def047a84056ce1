/** Tests for turning a Resolution into rows: numbering, name keys, date bounds and reference checks. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Resolution } from '../core/types.ts';
import { buildResolutionRows } from './_resolution-rows.ts';

const base: Resolution = {
  orgs: [
    { key: 'meta', name: 'Meta', verified: true, parent: null, aliases: ['메타', 'META'] },
    { key: 'apple', name: 'Apple', verified: true, parent: null, aliases: [] },
  ],
  people: [{ key: 'tg', name: 'Tom Gunter', names: ['Tom Gunter', '톰 건터', 'tom gunter'] }],
  moves: [{ key: 'm', personKey: 'tg', from: { orgKey: 'apple', team: 'AFM' }, to: { orgKey: 'meta', team: null }, date: '2025-07', role: null, compensation: [], confidence: 0.9, history: false, claimIds: [4, 4, 7] }],
};

describe('buildResolutionRows', () => {
  it('numbers entities in order, folds each distinct name once and bounds dates', () => {
    const rows = buildResolutionRows(base);
    assert.deepEqual(rows.orgNames, [{ org_id: 1, name_key: 'meta' }, { org_id: 1, name_key: '메타' }, { org_id: 2, name_key: 'apple' }]);
    assert.deepEqual(rows.personNames.map((n) => n.name_key), ['tomgunter', '톰건터']);
    assert.deepEqual(rows.people[0].names, JSON.stringify(['Tom Gunter', '톰 건터', 'tom gunter']));
    const [move] = rows.moves;
    assert.deepEqual([move.person_id, move.from_org_id, move.from_team_key, move.to_org_id, move.to_team_key], [1, 2, 'afm', 1, null]);
    assert.deepEqual([move.date_sort, move.date_end, move.date_precision], ['2025-07-01', '2025-07-31', 'month']);
    assert.deepEqual(rows.moveClaims, [{ move_id: 1, claim_id: 4 }, { move_id: 1, claim_id: 7 }]);
  });

  it('rejects duplicate keys and references to unknown entities', () => {
    assert.throws(() => buildResolutionRows({ ...base, orgs: [...base.orgs, base.orgs[0]] }), {
      name: 'InputError', code: 'bad-data', message: 'resolution: organization key "meta" appears twice',
    });
    const move = { ...base.moves[0], to: { orgKey: 'openai', team: null } };
    assert.throws(() => buildResolutionRows({ ...base, moves: [move] }), {
      message: 'resolution: move "m" names organization "openai", which is not among resolution.orgs',
    });
  });
});

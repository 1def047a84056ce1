import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { InputError } from '../core/errors.ts';
import { buildGazetteer, defaultGazetteer, loadGazetteer, orgKey, type OrgEntry } from './index.ts';

const raw = JSON.parse(readFileSync(new URL('./orgs.json', import.meta.url), 'utf8')) as OrgEntry[];
const evalTable = new URL('../../../shared/eval/orgs.json', import.meta.url);
const INVENTED = new Set(['Nova Reason', 'DeepGrain', 'Lumen Robotics', 'Helix Intelligence', 'Cobalt Labs']);

describe('bundled orgs.json', () => {
  it('has at least 220 entries with unique ids and kinds from the list', () => {
    assert.ok(raw.length >= 220, `only ${raw.length} entries`);
    const ids = raw.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length);
    const kinds = new Set(['company', 'lab', 'startup', 'university', 'institute', 'unit', 'government', 'other']);
    for (const e of raw) {
      assert.match(e.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, e.id);
      assert.ok(kinds.has(e.kind), `${e.id}: kind ${e.kind}`);
      assert.ok(e.name.trim() !== '' && e.aliases.every((a) => a.trim() !== ''), e.id);
      if (e.country !== undefined) assert.match(e.country, /^[A-Z]{2}$/, e.id);
    }
  });

  it('links parents and owners to existing entries, without cycles', () => {
    const byId = new Map(raw.map((e) => [e.id, e]));
    for (const e of raw) {
      if (e.parent) assert.ok(byId.has(e.parent), `${e.id}: parent ${e.parent}`);
      if (e.owner) assert.ok(byId.has(e.owner), `${e.id}: owner ${e.owner}`);
      const seen = new Set<string>();
      for (let cur: OrgEntry | undefined = e; cur; cur = cur.parent ? byId.get(cur.parent) : undefined) {
        assert.ok(!seen.has(cur.id), `${e.id}: cycle`);
        seen.add(cur.id);
      }
    }
  });

  it('gives no name to two entries, and marks as ambiguous only names the entry has', () => {
    const holder = new Map<string, string>();
    for (const e of raw) {
      for (const key of new Set([e.name, ...e.aliases].map(orgKey))) {
        assert.equal(holder.get(key), undefined, `"${key}" is used by ${holder.get(key)} and ${e.id}`);
        holder.set(key, e.id);
      }
      if (Array.isArray(e.ambiguous)) for (const n of e.ambiguous) assert.ok([e.name, ...e.aliases].includes(n), `${e.id}: ${n}`);
    }
  });

  it('loads unchanged: no alias moves between entries on the way in', () => {
    assert.deepEqual(defaultGazetteer().entries.map((e) => [e.id, e.aliases]), raw.map((e) => [e.id, e.aliases]));
  });

  it('resolves every name of the evaluation alias table to the same top-level organization', (t) => {
    if (!existsSync(evalTable)) { t.skip('no ../shared/eval/orgs.json next to this checkout'); return; }
    const table = JSON.parse(readFileSync(evalTable, 'utf8')) as Record<string, string[]>;
    const g = defaultGazetteer();
    let checked = 0;
    for (const [canon, aliases] of Object.entries(table)) {
      if (INVENTED.has(canon)) {
        assert.equal(g.lookup(canon), undefined, `${canon} is invented and must stay unknown`);
        continue;
      }
      for (const name of [canon, ...aliases]) {
        const e = g.lookup(name);
        assert.ok(e, `${name} is unknown`);
        assert.equal(g.topLevel(e).name, canon, `${name} → ${e.id}`);
        checked++;
      }
    }
    assert.ok(checked > 100);
  });

  it('keeps units under their company and separately branded subsidiaries on their own', () => {
    const g = defaultGazetteer();
    const top = (n: string) => g.topLevel(g.lookup(n)!).name;
    assert.equal(top('구글 딥마인드'), 'Google');
    assert.equal(top('FAIR'), 'Meta');
    assert.equal(top('카카오브레인'), 'Kakao');
    assert.equal(top('Qwen'), 'Alibaba');
    assert.equal(top('Microsoft Research Asia'), 'Microsoft');
    assert.equal(g.lookup('Instagram')!.owner, 'meta');
    assert.equal(top('Instagram'), 'Instagram');
    assert.equal(g.lookup('ＯｐｅｎＡＩ')?.id, 'openai');
    assert.equal(g.lookup('구글딥마인드')?.id, 'google-deepmind');
    assert.equal(g.lookup('구글에서'), undefined, 'lookup is exact: no particle stripping');
  });
});

describe('buildGazetteer', () => {
  it('follows parents to the top and survives a cycle in hand-built entries', () => {
    const g = buildGazetteer([
      { id: 'a', name: 'A Corp', aliases: [], parent: 'b', kind: 'unit' },
      { id: 'b', name: 'B Corp', aliases: [], parent: 'a', kind: 'unit' },
      { id: 'c', name: 'C Corp', aliases: ['씨'], parent: null, kind: 'company' },
    ]);
    assert.ok(['a', 'b'].includes(g.topLevel(g.byId('a')!).id));
    assert.equal(g.topLevel(g.lookup('씨')!).id, 'c');
  });
});

describe('loadGazetteer with user files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orgs-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, data: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
    return path;
  };
  const errorOf = (fn: () => unknown): InputError => {
    try { fn(); } catch (e) { if (e instanceof InputError) return e; throw e; }
    assert.fail('expected an InputError');
  };

  it('adds organizations and aliases in the simple name → aliases form', () => {
    const g = loadGazetteer({ extraFiles: [write('simple.json', { 'Acme Robotics': ['애크미', 'Acme'], Google: ['구글러스'] })] });
    assert.equal(g.lookup('애크미')?.name, 'Acme Robotics');
    assert.equal(g.lookup('acme robotics')?.id, 'acme-robotics');
    assert.equal(g.lookup('구글러스')?.id, 'google');
    assert.deepEqual(g.findMentions('애크미에서 Acme로').map((m) => m.entry.id), ['acme-robotics', 'acme-robotics']);
  });

  it('accepts the evaluation table itself without pulling units out of their entries', (t) => {
    if (!existsSync(evalTable)) { t.skip('no evaluation table'); return; }
    const g = loadGazetteer({ extraFiles: [evalTable.pathname] });
    assert.equal(g.lookup('DeepMind')?.id, 'google-deepmind');
    assert.equal(g.lookup('노바리즌')?.name, 'Nova Reason');
    assert.equal(g.lookup('Lumen')?.name, 'Lumen Robotics');
  });

  it('extends an entry by id, sets parents by name, and lets the user take over an alias', () => {
    const g = loadGazetteer({
      extraFiles: [write('full.json', [
        { id: 'openai', aliases: ['오픈에이아이 재단'] },
        { name: 'Nova Reason', aliases: ['노바리즌'], kind: 'startup', country: 'US' },
        { name: 'Nova Reason Labs', parent: 'Nova Reason', kind: 'unit' },
        { name: 'Scale Robotics', aliases: ['Scale'] },
      ])],
    });
    assert.equal(g.lookup('오픈에이아이 재단')?.id, 'openai');
    assert.equal(g.topLevel(g.lookup('Nova Reason Labs')!).name, 'Nova Reason');
    assert.equal(g.lookup('Scale')?.name, 'Scale Robotics');
    assert.ok(!g.byId('scale-ai')!.aliases.includes('Scale'));
  });

  it('reports every problem of a file as path: message lines in one bad-config error', () => {
    const path = write('orgs.json', [
      { name: 42 },
      { name: 'Acme', aliases: ['ok', null], kind: 'firm', colour: 'red' },
      { id: 'Bad Id', name: 'Bad' },
      'Acme',
      { name: 'Beta', ambiguous: ['Gamma'], country: 'kr' },
    ]);
    const err = errorOf(() => loadGazetteer({ extraFiles: [path] }));
    assert.equal(err.code, 'bad-config');
    assert.equal(err.source, path);
    assert.equal(err.message, [
      `organizations file ${path}: 8 problems`,
      'orgs.json[0].name: expected a non-empty string, got 42',
      'orgs.json[1].colour: unknown field (known: id, name, aliases, parent, kind, country, owner, ambiguous)',
      'orgs.json[1].aliases[1]: expected a non-empty string, got null',
      'orgs.json[1].kind: expected one of company, lab, startup, university, institute, unit, government, other, got "firm"',
      'orgs.json[2].id: expected a lower-case slug like "acme-robotics", got "Bad Id"',
      'orgs.json[3]: expected an object like {"name": "Acme Robotics", "aliases": ["Acme"]}, got "Acme"',
      'orgs.json[4].country: expected an ISO 3166 alpha-2 code like "KR", got "kr"',
      'orgs.json[4].ambiguous: expected true, false or a list of this entry\'s own names, got "Gamma"',
      'expected for example [{"id": "acme-robotics", "name": "Acme Robotics", "aliases": ["애크미 로보틱스", "Acme"], "parent": null, "kind": "startup", "country": "US"}] or {"Acme Robotics": ["애크미 로보틱스", "Acme"]}',
    ].join('\n'));
  });

  it('reports unknown parents, cycles and bad simple-form values', () => {
    const refs = write('refs.json', [
      { name: 'Alpha Unit', parent: 'no-such-org' },
      { id: 'loop-a', name: 'Loop A', parent: 'loop-b' },
      { id: 'loop-b', name: 'Loop B', parent: 'Loop A' },
      { id: 'ghost' },
      { id: 'google-2', name: 'Google' },
    ]);
    assert.equal(errorOf(() => loadGazetteer({ extraFiles: [refs] })).message.split('\n').slice(0, -1).join('\n'), [
      `organizations file ${refs}: 5 problems`,
      'refs.json[3].name: expected a non-empty string for the new organization "ghost", got nothing',
      'refs.json[4].id: "Google" is already the organization "google"; use that id to extend it, or another name',
      'refs.json[0].parent: no organization with id or name "no-such-org"',
      'refs.json[1].parent: "loop-a" → "loop-b" → "loop-a" is a cycle',
      'refs.json[2].parent: "loop-b" → "loop-a" → "loop-b" is a cycle',
    ].join('\n'));
    const simple = write('simple-bad.json', { Acme: 'Acme Inc', Beta: ['B', 7] });
    assert.equal(errorOf(() => loadGazetteer({ extraFiles: [simple] })).message.split('\n').slice(1, -1).join('\n'), [
      'simple-bad.json["Acme"]: expected an array of alias strings, got "Acme Inc"',
      'simple-bad.json["Beta"][1]: expected a non-empty string, got 7',
    ].join('\n'));
  });

  it('names the file when it is missing, not JSON, or of the wrong shape', () => {
    const missing = join(dir, 'missing.json');
    assert.equal(errorOf(() => loadGazetteer({ extraFiles: [missing] })).code, 'not-found');
    const notJson = write('broken.json', '{"Acme": [');
    assert.match(errorOf(() => loadGazetteer({ extraFiles: [notJson] })).message, /^organizations file .*broken\.json is not valid JSON \(/);
    const scalar = write('scalar.json', 42);
    assert.equal(errorOf(() => loadGazetteer({ extraFiles: [scalar] })).message.split('\n')[1],
      'scalar.json: expected an array of entries or an object of canonical name → aliases, got 42');
  });
});

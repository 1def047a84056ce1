/** Human curation through the CLI on both engines: decisions change the moves and survive re-resolution and new revisions. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresEngine, sqliteEngine, type ContractEngine } from '../src/store/_contract-engines.ts';
import { openStore } from '../src/store/index.ts';
import { cli } from './cli-harness.ts';

const engines: ContractEngine[] = [sqliteEngine(), await postgresEngine()];
const dir = mkdtempSync(join(tmpdir(), 'poachwatch-curation-'));

const A1 = `Nexora poaches robotics lead from Tesla

June 3, 2025 — Priya Raman, who led the Optimus manipulation team at Tesla, has joined OpenAI, the company said on Monday. Raman spent six years at Tesla.

Separately, Tomas Varga left Google DeepMind to join Anthropic in May 2025.
`;
// The same article, reworded and corrected a day later: a new revision with new claim ids.
const A1_REVISED = `Robotics lead leaves Tesla for OpenAI (updated)

June 4, 2025 — Priya Raman, who ran the Optimus manipulation group at Tesla for six years, has joined OpenAI, the company confirmed on Tuesday.

Separately, Tomas Varga left Google DeepMind to join Anthropic in May 2025, people familiar with the matter said.
`;
const A2 = `Anthropic hires again

June 10, 2025 — Tomas Varga, a researcher at Google DeepMind, has joined Anthropic, according to people familiar with the matter.
`;
const A3 = `Another OpenAI hire

June 20, 2025 — Priya Ramanathan left Tesla and joined OpenAI this month.
`;

before(async () => {
  for (const e of engines) if (!e.skip) await e.setUp();
});
after(async () => {
  for (const e of engines) if (!e.skip) await e.tearDown();
  rmSync(dir, { recursive: true, force: true });
});

type JsonClaim = { id: number; source: string; person: string; from: string | null; to: string | null; date: string | null; state: string | null };
type JsonMove = { person: string; personId: number; from: { org: string } | null; to: { org: string } | null; date: string | null; confidence: number; sources: Array<{ source: string; claim: number }> };

/** An empty store on the engine (decisions of an earlier test cleared: the PostgreSQL engine keeps that table) and its URL. */
async function emptyStore(engine: ContractEngine): Promise<string> {
  const store = await engine.openEmpty();
  for (const d of await store.curation.listDecisions()) await store.curation.removeDecision(d.id);
  await store.close();
  return engine.url();
}

function article(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function run(args: string[], db: string) {
  const r = await cli([...args, '--db', db]);
  assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
const claims = async (db: string, person?: string): Promise<JsonClaim[]> => JSON.parse(await run(['curate', 'claims', '--json', ...(person ? ['--person', person] : [])], db));
const moves = async (db: string): Promise<JsonMove[]> => JSON.parse(await run(['moves', '--json', '--history'], db));
const movesOf = (all: JsonMove[], person: string) => all.filter((m) => m.person === person);
const claimOf = (all: JsonClaim[], person: string, source: string) => {
  const found = all.filter((c) => c.person === person && c.source.endsWith(source));
  assert.equal(found.length, 1, `one claim of ${person} in ${source}: ${JSON.stringify(all)}`);
  return found[0];
};

for (const engine of engines) {
  test(`${engine.name}: a rejected claim stays rejected after re-resolution and a new revision of its article`, { skip: engine.skip }, async () => {
    const db = await emptyStore(engine);
    const a1 = article(`${engine.name}-reject-a1.txt`, A1);
    const a2 = article(`${engine.name}-reject-a2.txt`, A2);
    await run(['ingest', '--quiet', a1, a2], db);
    const initial = await moves(db);
    assert.equal(movesOf(initial, 'Priya Raman').length, 1);
    assert.equal(movesOf(initial, 'Tomas Varga')[0].sources.length, 2);

    const priya = claimOf(await claims(db), 'Priya Raman', `${engine.name}-reject-a1.txt`);
    const out = JSON.parse(await run(['curate', 'reject', String(priya.id), '--by', 'ana', '--note', 'not a move', '--json'], db));
    assert.equal(out.decision.action, 'reject');
    assert.equal(out.decision.by, 'ana');
    assert.equal(out.moves.before - out.moves.after, 1);
    assert.deepEqual(out.moves.removed.map((m: JsonMove) => m.person), ['Priya Raman']);
    assert.equal(movesOf(await moves(db), 'Priya Raman').length, 0);

    // Rejecting one of two sources keeps the move, backed by the other.
    const tomasA1 = claimOf(await claims(db), 'Tomas Varga', `${engine.name}-reject-a1.txt`);
    const text = await run(['curate', 'reject', String(tomasA1.id)], db);
    assert.match(text, /^decision \d+: reject claim \d+ \(by .+\)\n/);
    assert.match(text, /\n- .*Tomas Varga: Google \(Google DeepMind\) → Anthropic {2}\[2 sources\]\n\+ .*Tomas Varga: .*\[1 source\]\n/);
    const tomas = movesOf(await moves(db), 'Tomas Varga');
    assert.equal(tomas.length, 1);
    assert.deepEqual(tomas[0].sources.map((s) => s.source), [a2]);

    // Another document re-resolves the whole store: the decisions still hold.
    await run(['ingest', '--quiet', article(`${engine.name}-reject-a3.txt`, A3)], db);
    assert.equal(movesOf(await moves(db), 'Priya Raman').length, 0);

    // The article changes: new revision, new claim ids, same decisions.
    writeFileSync(a1, A1_REVISED);
    const ingest = await run(['ingest', a1], db);
    assert.match(ingest, /1 stored/);
    const revised = claimOf(await claims(db), 'Priya Raman', `${engine.name}-reject-a1.txt`);
    assert.notEqual(revised.id, priya.id);
    assert.equal(revised.state, 'rejected');
    const afterRevision = await moves(db);
    assert.equal(movesOf(afterRevision, 'Priya Raman').length, 0);
    assert.deepEqual(movesOf(afterRevision, 'Tomas Varga')[0].sources.map((s) => s.source), [a2]);

    // Undo brings the move back, from the current revision's claim.
    const list = JSON.parse(await run(['curate', 'list', '--json'], db));
    assert.equal(list.length, 2);
    assert.deepEqual(list[0].matches, [revised.id]);
    const undone = JSON.parse(await run(['curate', 'undo', String(list[0].id), '--json'], db));
    assert.deepEqual(undone.moves.added.map((m: JsonMove) => m.person), ['Priya Raman']);
    assert.deepEqual(movesOf(await moves(db), 'Priya Raman')[0].sources.map((s) => s.claim), [revised.id]);
  });

  test(`${engine.name}: accept vouches for a claim; edit overrides its fields and keeps the extracted row`, { skip: engine.skip }, async () => {
    const db = await emptyStore(engine);
    await run(['ingest', '--quiet', article(`${engine.name}-edit-a1.txt`, A1)], db);
    const priya = claimOf(await claims(db), 'Priya Raman', 'edit-a1.txt');
    assert.ok(movesOf(await moves(db), 'Priya Raman')[0].confidence < 1);

    await run(['curate', 'accept', String(priya.id)], db);
    assert.equal(movesOf(await moves(db), 'Priya Raman')[0].confidence, 1);
    assert.equal(claimOf(await claims(db), 'Priya Raman', 'edit-a1.txt').state, 'accepted');

    const text = await run(['curate', 'edit', String(priya.id), '--to', 'Anthropic', '--date', '2025-05', '--role', 'research lead'], db);
    assert.match(text, /- 2025-06-03 {2}Priya Raman: Tesla → OpenAI {2}\[1 source\]\n\+ 2025-05 {2}Priya Raman: Tesla → Anthropic {2}\[1 source\]\n/);
    const edited = movesOf(await moves(db), 'Priya Raman');
    assert.equal(edited.length, 1);
    assert.deepEqual([edited[0].from?.org, edited[0].to?.org, edited[0].date, edited[0].confidence], ['Tesla', 'Anthropic', '2025-05', 1]);
    // The claim as extracted is untouched, for audit; its state says a human changed it.
    const row = claimOf(await claims(db), 'Priya Raman', 'edit-a1.txt');
    assert.deepEqual([row.to, row.date, row.state], ['OpenAI', '2025-06-03', 'edited']);

    const store = await openStore(db);
    try {
      const states = await store.curation.claimStates([priya.id, 999_999]);
      assert.equal(states.get(priya.id), 'edited');
      assert.equal(states.get(999_999), null);
    } finally {
      await store.close();
    }
  });

  test(`${engine.name}: merge makes the people of two claims one person; split keeps namesakes apart`, { skip: engine.skip }, async () => {
    const db = await emptyStore(engine);
    await run(['ingest', '--quiet', article(`${engine.name}-people-a1.txt`, A1), article(`${engine.name}-people-a2.txt`, A2), article(`${engine.name}-people-a3.txt`, A3)], db);
    const all = await claims(db);
    const before = await moves(db);
    const raman = movesOf(before, 'Priya Raman');
    const ramanathan = movesOf(before, 'Priya Ramanathan');
    assert.equal(raman.length, 1);
    assert.equal(ramanathan.length, 1);
    assert.notEqual(raman[0].personId, ramanathan[0].personId);

    const merge = JSON.parse(await run(['curate', 'merge', String(claimOf(all, 'Priya Raman', 'people-a1.txt').id), String(claimOf(all, 'Priya Ramanathan', 'people-a3.txt').id), '--json'], db));
    assert.equal(merge.decision.action, 'merge');
    const merged = (await moves(db)).filter((m) => m.person.startsWith('Priya'));
    // One person now, so the two reports of Tesla → OpenAI are one move with both sources.
    assert.equal(merged.length, 1);
    assert.equal(merged[0].sources.length, 2);

    const tomas = movesOf(await moves(db), 'Tomas Varga');
    assert.equal(tomas.length, 1);
    await run(['curate', 'split', String(claimOf(all, 'Tomas Varga', 'people-a1.txt').id), String(claimOf(all, 'Tomas Varga', 'people-a2.txt').id)], db);
    const split = movesOf(await moves(db), 'Tomas Varga');
    assert.equal(split.length, 2);
    assert.notEqual(split[0].personId, split[1].personId);
    assert.equal((JSON.parse(await run(['person', 'Tomas Varga', '--json'], db)) as unknown[]).length, 2);
  });

  test(`${engine.name}: curation store checks its input`, { skip: engine.skip }, async () => {
    await emptyStore(engine);
    const store = await openStore(engine.url());
    try {
      await assert.rejects(store.curation.recordDecision({ action: 'reject', claimId: 424242, by: 'ana' }), { code: 'not-found', message: /no claim with id 424242/ });
      await assert.rejects(store.curation.recordDecision({ action: 'drop' as never, claimId: 1, by: 'ana' }), { code: 'bad-data', message: 'action: expected one of accept, reject, edit, merge, split, got "drop"' });
      await assert.rejects(store.curation.recordDecision({ action: 'merge', claimId: 1, otherClaimId: 1, by: 'ana' }), { code: 'bad-data', message: 'otherClaimId: merge needs two different claims, got 1 twice' });
      await assert.rejects(store.curation.recordDecision({ action: 'edit', claimId: 1, by: 'ana', fields: { date: '2025-02-30' } }), { code: 'bad-data', message: 'fields.date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "2025-02-30" (e.g. 2025-07-30)' });
      assert.equal(await store.curation.removeDecision(77), false);
      assert.deepEqual(await store.curation.listDecisions(), []);
    } finally {
      await store.close();
    }
  });
}

test('curate refuses bad arguments before touching the store', async () => {
  const db = `sqlite:${join(dir, 'never-created.sqlite')}`;
  const cases: Array<[string[], number, string]> = [
    [['curate'], 2, 'poachwatch curate: missing what to do; expected one of list, claims, accept, reject, edit, merge, split, undo\n'],
    [['curate', 'drop', '3'], 2, 'poachwatch curate: unknown action "drop"; expected one of list, claims, accept, reject, edit, merge, split, undo\n'],
    [['curate', 'reject', 'x7'], 2, 'poachwatch curate: expected a claim id (a whole number ≥ 1), got "x7" (e.g. poachwatch curate reject 17)\n'],
    [['curate', 'merge', '3'], 2, 'poachwatch curate: missing a second claim id (e.g. poachwatch curate merge 17 42)\n'],
    [['curate', 'edit', '3'], 2, 'poachwatch curate: edit: give at least one of --person, --from, --to, --date, --role (e.g. poachwatch curate edit 17 --to Meta)\n'],
    [['curate', 'edit', '3', '--date', '2025-13'], 2, 'poachwatch curate: --date: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "2025-13" (e.g. --date 2025-07-30)\n'],
    [['curate', 'reject', '3', '--to', 'Meta'], 2, 'poachwatch curate: reject: --person, --from, --to, --date and --role belong to curate edit\n'],
  ];
  for (const [args, code, message] of cases) {
    const r = await cli([...args, '--db', db]);
    assert.equal(r.code, code, args.join(' '));
    assert.equal(r.stderr.split('usage:')[0], message);
  }
  assert.equal(existsSync(join(dir, 'never-created.sqlite')), false);
  const missing = await cli(['curate', 'undo', '9', '--db', `sqlite:${join(dir, 'empty.sqlite')}`]);
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr, 'poachwatch curate: undo: no decision 9 (ids are in curate list)\n');
});

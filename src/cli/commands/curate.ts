/** `poachwatch curate`: record a human decision: accept, reject or edit a claim; merge or split people. */
import { InputError } from '../../core/errors.ts';
import { applyDecisions, foldPersonName, type ClaimEdit, type Decision, type DecisionAction, type DecisionInput } from '../../curation/index.ts';
import { rebuildMoves } from '../../pipeline.ts';
import type { MoveRow, Store } from '../../store/index.ts';
import { parsePartialDate, parseVerbArgs } from '../args.ts';
import { gazetteerFrom, gazetteerOptions, openStoreFrom, storeOptions } from '../common-options.ts';
import { moveToJson } from '../format-moves.ts';
import { renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';

const SUBCOMMANDS = ['list', 'claims', 'accept', 'reject', 'edit', 'merge', 'split', 'undo'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

const options = {
  ...storeOptions,
  ...gazetteerOptions,
  json: { type: 'boolean' },
  by: { type: 'string' },
  note: { type: 'string' },
  person: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  date: { type: 'string' },
  role: { type: 'string' },
} as const;

interface Values {
  db?: string; orgs?: string[]; json?: boolean; by?: string; note?: string;
  person?: string; from?: string; to?: string; date?: string; role?: string;
}

/** A claim or decision id from a positional argument, or a usage error naming what was expected. */
function parseId(what: string, value: string | undefined, example: string): number {
  if (value === undefined) throw new InputError('usage', `missing ${what} (e.g. poachwatch curate ${example})`);
  if (!/^\d{1,12}$/.test(value) || Number(value) < 1) throw new InputError('usage', `expected ${what} (a whole number ≥ 1), got "${value.slice(0, 40)}" (e.g. poachwatch curate ${example})`);
  return Number(value);
}

/** The fields of `curate edit`; an empty value ("--from ''") says the side is unknown. */
function editFields(values: Values): ClaimEdit {
  const fields: ClaimEdit = {};
  if (values.person !== undefined) fields.person = values.person;
  if (values.from !== undefined) fields.from = values.from.trim() || null;
  if (values.to !== undefined) fields.to = values.to.trim() || null;
  if (values.role !== undefined) fields.role = values.role.trim() || null;
  if (values.date !== undefined) fields.date = values.date.trim() ? parsePartialDate('date', values.date) : null;
  if (!Object.keys(fields).length) throw new InputError('usage', 'edit: give at least one of --person, --from, --to, --date, --role (e.g. poachwatch curate edit 17 --to Meta)');
  return fields;
}

const sideLabel = (o: MoveRow['from']) => (o ? (o.team ? `${o.name} (${o.team})` : o.name) : '?');

/** One line per move, with what a decision can change: person, sides, date and how many sources back it. */
function moveLabel(m: MoveRow): string {
  const n = m.sources.length;
  return `${m.date ?? 'undated'}  ${m.person.name}: ${sideLabel(m.from)} → ${sideLabel(m.to)}  [${n} source${n === 1 ? '' : 's'}]`;
}

export interface MoveChanges { before: number; after: number; removed: MoveRow[]; added: MoveRow[] }

/** Moves present before and not after (by label), and the other way round. */
export function diffMoves(before: MoveRow[], after: MoveRow[]): MoveChanges {
  const count = (rows: MoveRow[]) => {
    const m = new Map<string, MoveRow[]>();
    for (const r of rows) m.set(moveLabel(r), [...(m.get(moveLabel(r)) ?? []), r]);
    return m;
  };
  const [b, a] = [count(before), count(after)];
  const only = (x: Map<string, MoveRow[]>, y: Map<string, MoveRow[]>) => [...x].flatMap(([label, rows]) => rows.slice(y.get(label)?.length ?? 0));
  return { before: before.length, after: after.length, removed: only(b, a), added: only(a, b) };
}

function renderChanges(c: MoveChanges): string {
  if (!c.removed.length && !c.added.length) return `moves unchanged (${c.after})\n`;
  return [`moves: ${c.before} → ${c.after}`, ...c.removed.map((m) => `- ${moveLabel(m)}`), ...c.added.map((m) => `+ ${moveLabel(m)}`), ''].join('\n');
}

function describeDecision(d: Decision): string {
  const claims = d.otherClaimId ? `claims ${d.claimId} and ${d.otherClaimId}` : `claim ${d.claimId}`;
  const fields = d.fields ? ' ' + Object.entries(d.fields).map(([k, v]) => `${k}=${v ?? '(unknown)'}`).join(' ') : '';
  return `${d.action} ${claims}${fields}`;
}

const changesToJson = (c: MoveChanges) => ({ before: c.before, after: c.after, removed: c.removed.map(moveToJson), added: c.added.map(moveToJson) });

/** Runs `change`, re-resolves the store with every decision, and reports the moves that changed. */
async function rebuildAround(store: Store, values: Values, io: CliIO, change: () => Promise<unknown>): Promise<MoveChanges> {
  const gazetteer = gazetteerFrom(values, io);
  const before = await store.listMoves({ history: true });
  await change();
  await rebuildMoves(store, gazetteer);
  return diffMoves(before, await store.listMoves({ history: true }));
}

async function listDecisions(store: Store, values: Values, io: CliIO): Promise<void> {
  const decisions = await store.curation.listDecisions();
  // Which current claims each decision reaches: one that reaches none waits for its claim to come back.
  const { matches } = applyDecisions(await store.listClaims(), decisions);
  if (values.json) {
    io.out(renderJson(decisions.map((d) => ({ ...d, matches: matches.get(d.id) ?? [] }))));
    return;
  }
  const rows = decisions.map((d) => [d.id, describeDecision(d), (matches.get(d.id) ?? []).join(' ') || '(none now)', d.by, d.createdAt.slice(0, 16).replace('T', ' '), d.note ?? '']);
  io.out(renderTable(['id', 'decision', 'current claims', 'by', 'at', 'note'], rows, 60));
  io.out(`${decisions.length} decision${decisions.length === 1 ? '' : 's'}\n`);
}

/** The current claims (optionally of one person), with their ids and curation state, so they can be decided on. */
async function listClaims(store: Store, values: Values, io: CliIO): Promise<void> {
  const claims = await store.listClaims();
  const { states } = applyDecisions(claims, await store.curation.listDecisions());
  const wanted = values.person === undefined ? null : foldPersonName(values.person);
  const shown = claims.filter((c) => wanted === null || [c.person, ...c.aliases].some((n) => foldPersonName(n).includes(wanted)));
  const side = (s: (typeof claims)[number]['from']) => (s ? (s.team ? `${s.org} (${s.team})` : s.org) : null);
  if (values.json) {
    io.out(renderJson(shown.map((c) => ({ id: c.id, source: c.source, person: c.person, aliases: c.aliases, from: side(c.from), to: side(c.to), date: c.date, role: c.role, confidence: c.confidence, history: c.history, state: states.get(c.id) ?? null }))));
    return;
  }
  const rows = shown.map((c) => [c.id, c.person, side(c.from) ?? '?', side(c.to) ?? '?', c.date ?? '', states.get(c.id) ?? '', c.source]);
  io.out(renderTable(['claim', 'person', 'from', 'to', 'date', 'state', 'source'], rows, 50));
  io.out(`${shown.length} claim${shown.length === 1 ? '' : 's'}\n`);
}

function decisionInput(sub: DecisionAction, positionals: string[], values: Values, io: CliIO): DecisionInput {
  const pair = sub === 'merge' || sub === 'split';
  const example = pair ? `${sub} 17 42` : sub === 'edit' ? 'edit 17 --to Meta' : `${sub} 17`;
  const expected = pair ? 2 : 1;
  if (positionals.length > expected) throw new InputError('usage', `${sub}: expected ${expected} claim id${expected === 1 ? '' : 's'}, got ${positionals.length} (e.g. poachwatch curate ${example})`);
  if (sub !== 'edit' && ['person', 'from', 'to', 'date', 'role'].some((k) => values[k as keyof Values] !== undefined)) {
    throw new InputError('usage', `${sub}: --person, --from, --to, --date and --role belong to curate edit`);
  }
  return {
    action: sub,
    claimId: parseId('a claim id', positionals[0], example),
    otherClaimId: pair ? parseId('a second claim id', positionals[1], example) : null,
    fields: sub === 'edit' ? editFields(values) : null,
    by: values.by?.trim() || io.env.POACHWATCH_USER || io.env.USER || 'unknown',
    note: values.note ?? null,
  };
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('curate', argv, options) as { values: Values; positionals: string[] };
  const [sub, ...rest] = positionals;
  if (!SUBCOMMANDS.includes(sub as Subcommand)) {
    throw new InputError('usage', sub === undefined ? `missing what to do; expected one of ${SUBCOMMANDS.join(', ')}` : `unknown action "${sub.slice(0, 40)}"; expected one of ${SUBCOMMANDS.join(', ')}`);
  }
  // Arguments are checked before the store is opened, so a typo never touches it.
  const input = sub === 'list' || sub === 'claims' || sub === 'undo' ? null : decisionInput(sub as DecisionAction, rest, values, io);
  const undoId = sub === 'undo' ? parseId('a decision id', rest[0], 'undo 3 (ids are in curate list)') : null;
  const store = await openStoreFrom(values, io);
  try {
    if (sub === 'list') {
      await listDecisions(store, values, io);
      return EXIT.ok;
    }
    if (sub === 'claims') {
      await listClaims(store, values, io);
      return EXIT.ok;
    }
    if (undoId !== null) {
      const undone = (await store.curation.listDecisions()).find((d) => d.id === undoId);
      if (!undone) throw new InputError('not-found', `undo: no decision ${undoId} (ids are in curate list)`);
      const changes = await rebuildAround(store, values, io, () => store.curation.removeDecision(undoId));
      if (values.json) io.out(renderJson({ undone, moves: changesToJson(changes) }));
      else io.out(`undone decision ${undone.id}: ${describeDecision(undone)}\n${renderChanges(changes)}`);
      return EXIT.ok;
    }
    let decision: Decision | undefined;
    const changes = await rebuildAround(store, values, io, async () => { decision = await store.curation.recordDecision(input!); });
    if (values.json) io.out(renderJson({ decision, moves: changesToJson(changes) }));
    else io.out(`decision ${decision!.id}: ${describeDecision(decision!)} (by ${decision!.by})\n${renderChanges(changes)}`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

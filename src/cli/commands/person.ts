/** `poachwatch person <name>`: career timeline with sources, names in every script. */
import { InputError } from '../../core/errors.ts';
import { parseVerbArgs } from '../args.ts';
import { openStoreFrom, storeOptions } from '../common-options.ts';
import { moveToJson } from '../format-moves.ts';
import { renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';
import type { PersonRecord } from '../../store/index.ts';

export function renderPerson(p: PersonRecord): string {
  const rows = p.moves.map((m) => [
    m.date ?? '?',
    m.from ? m.from.name + (m.from.team ? ` (${m.from.team})` : '') : '?',
    m.to ? m.to.name + (m.to.team ? ` (${m.to.team})` : '') : '?',
    m.history ? 'history' : 'news',
    m.compensation.map((c) => c.text).join(' | '),
    m.sources.map((s) => s.url ?? s.source).join(', '),
  ]);
  return `${p.name}\n  names: ${p.names.join(', ')}\n\n` + renderTable(['date', 'from', 'to', 'kind', 'compensation', 'sources'], rows, 60);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('person', argv, { ...storeOptions, json: { type: 'boolean' } });
  const name = positionals.join(' ').trim();
  if (!name) throw new InputError('usage', 'person: no name given (e.g. poachwatch person "Ruoming Pang")');
  const store = await openStoreFrom(values, io);
  try {
    const people = await store.findPeople(name);
    if (values.json) {
      io.out(renderJson(people.map((p) => ({ id: p.id, name: p.name, names: p.names, moves: p.moves.map(moveToJson) }))));
    } else if (!people.length) {
      io.out(`no person named "${name}" in the store\n`);
    } else {
      io.out(people.map(renderPerson).join('\n'));
    }
    return people.length ? EXIT.ok : EXIT.inputFailed;
  } finally {
    await store.close();
  }
}

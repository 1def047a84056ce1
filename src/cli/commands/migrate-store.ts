/** `poachwatch migrate-store`: copy a store into another, empty one (e.g. SQLite into PostgreSQL). */
import { existsSync } from 'node:fs';
import { InputError } from '../../core/errors.ts';
import { parseVerbArgs } from '../args.ts';
import { EXIT, type CliIO } from '../io.ts';
import { openStore, parseStoreUrl, type Store } from '../../store/index.ts';
import { copyStore, type CopyReport } from '../../store/copy-store.ts';

export function renderCopyReport(r: CopyReport, from: string, to: string): string {
  const width = Math.max(5, ...r.tables.map((t) => t.table.length));
  const total = r.tables.reduce((n, t) => n + t.rows, 0);
  return [
    ...r.tables.map((t) => `${t.table.padEnd(width)}  ${String(t.rows).padStart(8)}`),
    `${'total'.padEnd(width)}  ${String(total).padStart(8)}`,
    `migrate-store: copied ${total} rows in ${r.tables.length} tables from ${from} to ${to}; every count checked`,
    '',
  ].join('\n');
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('migrate-store', argv, { from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } });
  if (positionals.length) throw new InputError('usage', `migrate-store: unexpected argument "${positionals[0].slice(0, 40)}" (give --from and --to)`);
  if (!values.from || !values.to) throw new InputError('usage', 'migrate-store: both --from URL and --to URL are required (e.g. --from sqlite:poachwatch.sqlite --to postgres://postgres@127.0.0.1:5432/poachwatch)');
  const from = parseStoreUrl(values.from);
  const to = parseStoreUrl(values.to);
  if (from.engine === to.engine && (from.engine === 'sqlite' ? from.path === (to as { path: string }).path : from.url === (to as { url: string }).url)) {
    throw new InputError('usage', 'migrate-store: --from and --to name the same store');
  }
  // openStore would create an empty SQLite file: a mistyped --from must not look like an empty store.
  if (from.engine === 'sqlite' && from.path !== ':memory:' && !existsSync(from.path)) {
    throw new InputError('not-found', `migrate-store: --from: no SQLite store at '${from.path}'`, from.path);
  }
  const source = await openStore(values.from);
  let target: Store | undefined;
  try {
    target = await openStore(values.to);
    const report = await copyStore(source, target);
    io.out(values.json ? JSON.stringify(report, null, 2) + '\n' : renderCopyReport(report, describe(values.from), describe(values.to)));
    return EXIT.ok;
  } finally {
    await target?.close();
    await source.close();
  }
}

// Keep passwords out of the summary line.
function describe(url: string): string {
  return url.replace(/\/\/([^:@/\s]+):[^@/\s]*@/, '//$1:***@');
}

/** `poachwatch moves`: stored moves, filtered; a table, JSON or CSV. */
import { parseCount, parseVerbArgs, parseWindowBound } from '../args.ts';
import { openStoreFrom, outputFormatFrom, outputOptions, storeOptions } from '../common-options.ts';
import { moveCsvHeaders, moveCsvRow, moveTableHeaders, moveTableRow, moveToJson, unverifiedNote } from '../format-moves.ts';
import { renderCsv, renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('moves', argv, {
    ...storeOptions, ...outputOptions,
    org: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, person: { type: 'string' },
    since: { type: 'string' }, until: { type: 'string' }, history: { type: 'boolean' },
  });
  const format = outputFormatFrom(values);
  const filter = {
    org: values.org, from: values.from, to: values.to, person: values.person,
    since: parseWindowBound('since', values.since), until: parseWindowBound('until', values.until),
    history: values.history ?? false, limit: parseCount('limit', values.limit),
  };
  const store = await openStoreFrom(values, io);
  try {
    const moves = await store.listMoves(filter);
    if (format === 'json') io.out(renderJson(moves.map(moveToJson)));
    else if (format === 'csv') io.out(renderCsv(moveCsvHeaders, moves.map(moveCsvRow)));
    else {
      io.out(renderTable(moveTableHeaders, moves.map(moveTableRow)));
      io.out(`${moves.length} move${moves.length === 1 ? '' : 's'}\n`);
      if (moves.some((m) => m.from?.verified === false || m.to?.verified === false)) io.out(unverifiedNote);
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

/** `poachwatch flows`: organization → organization move counts in a window. */
import { parseCount, parseVerbArgs, parseWindowBound } from '../args.ts';
import { openStoreFrom, outputFormatFrom, outputOptions, storeOptions } from '../common-options.ts';
import { renderCsv, renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';
import type { FlowRow } from '../../store/index.ts';

export function renderFlows(flows: FlowRow[]): string {
  return renderTable(['from', 'to', 'moves', 'people'], flows.map((f) => [f.from, f.to, f.count, f.people.join(', ')]), 60);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('flows', argv, { ...storeOptions, ...outputOptions, since: { type: 'string' }, until: { type: 'string' } });
  const format = outputFormatFrom(values);
  const window = { since: parseWindowBound('since', values.since), until: parseWindowBound('until', values.until), limit: parseCount('limit', values.limit) };
  const store = await openStoreFrom(values, io);
  try {
    const flows = await store.flows(window);
    if (format === 'json') io.out(renderJson(flows));
    else if (format === 'csv') io.out(renderCsv(['from', 'to', 'moves', 'people'], flows.map((f) => [f.from, f.to, f.count, f.people.join(' | ')])));
    else io.out(renderFlows(flows) + `${flows.length} flow${flows.length === 1 ? '' : 's'}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

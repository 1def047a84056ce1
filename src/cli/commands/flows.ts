/** `poachwatch flows`: organization → organization (or team → team) move counts in a window. */
import { queryFlowCounts, queryFlows, type FlowEntry } from '../../queries/index.ts';
import { parseChoice, parseCount, parseVerbArgs, parseWindowBound } from '../args.ts';
import { openStoreFrom, outputFormatFrom, outputOptions, storeOptions } from '../common-options.ts';
import { renderCsv, renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';
import type { FlowRow } from '../../store/index.ts';

export function renderFlows(flows: FlowRow[]): string {
  return renderTable(['from', 'to', 'moves', 'people'], flows.map((f) => [f.from, f.to, f.count, f.people.join(', ')]), 60);
}

const withTeam = (org: string, team: string | null) => (team ? `${org} (${team})` : org);

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('flows', argv, { ...storeOptions, ...outputOptions, since: { type: 'string' }, until: { type: 'string' }, level: { type: 'string' }, org: { type: 'string' } });
  const format = outputFormatFrom(values);
  const query = {
    since: parseWindowBound('since', values.since),
    until: parseWindowBound('until', values.until),
    limit: parseCount('limit', values.limit),
    level: parseChoice('level', values.level, ['org', 'team'] as const),
    org: values.org,
  };
  const store = await openStoreFrom(values, io);
  try {
    // Organization level: the store's SQL counts, in the shape `flows` always printed; team level adds the teams and move ids.
    if (query.level === 'team') {
      const { flows } = await queryFlows(store, query);
      if (format === 'json') io.out(renderJson(flows.map(teamRow)));
      else if (format === 'csv') io.out(renderCsv(['from', 'from_team', 'to', 'to_team', 'moves', 'people'], flows.map((f) => [f.from, f.fromTeam ?? '', f.to, f.toTeam ?? '', f.count, f.people.join(' | ')])));
      else io.out(renderTable(['from', 'to', 'moves', 'people'], flows.map((f) => [withTeam(f.from, f.fromTeam), withTeam(f.to, f.toTeam), f.count, f.people.join(', ')]), 60) + `${flows.length} flow${flows.length === 1 ? '' : 's'}\n`);
      return EXIT.ok;
    }
    const { flows } = await queryFlowCounts(store, query);
    if (format === 'json') io.out(renderJson(flows));
    else if (format === 'csv') io.out(renderCsv(['from', 'to', 'moves', 'people'], flows.map((f) => [f.from, f.to, f.count, f.people.join(' | ')])));
    else io.out(renderFlows(flows) + `${flows.length} flow${flows.length === 1 ? '' : 's'}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

const teamRow = (f: FlowEntry) => ({ from: f.from, fromTeam: f.fromTeam, to: f.to, toTeam: f.toTeam, count: f.count, people: f.people, moveIds: f.moveIds });

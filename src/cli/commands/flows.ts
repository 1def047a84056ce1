/** `poachwatch flows`: organization → organization (or team → team) move counts in a window. */
import { queryFlowCounts, queryFlows, type FlowEntry } from '../../queries/index.ts';
import { parseChoice, parseCount, parseVerbArgs, parseWindowBound } from '../args.ts';
import { openStoreFrom, outputFormatFrom, outputOptions, storeOptions } from '../common-options.ts';
import { renderCsv, renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';
import type { FlowRow } from '../../store/index.ts';

/** With `capped` (--people given), a flow listing fewer people than it has says how many in all. */
export function renderFlows(flows: FlowRow[], capped = false): string {
  return renderTable(['from', 'to', 'moves', 'people'], flows.map((f) => [f.from, f.to, f.count, capped ? listCapped(f.people, f.peopleCount) : f.people.join(', ')]), 60);
}

function listCapped(people: string[], peopleCount: number): string {
  return peopleCount > people.length ? `${[...people, '…'].join(', ')} (${peopleCount} in all)` : people.join(', ');
}

const withTeam = (org: string, team: string | null) => (team ? `${org} (${team})` : org);

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('flows', argv, { ...storeOptions, ...outputOptions, since: { type: 'string' }, until: { type: 'string' }, level: { type: 'string' }, org: { type: 'string' }, people: { type: 'string' } });
  const format = outputFormatFrom(values);
  const query = {
    since: parseWindowBound('since', values.since),
    until: parseWindowBound('until', values.until),
    limit: parseCount('limit', values.limit),
    level: parseChoice('level', values.level, ['org', 'team'] as const),
    org: values.org,
    // People listed per flow (the earliest); all when absent, as `flows` always printed.
    peopleLimit: parseCount('people', values.people, 0),
  };
  const store = await openStoreFrom(values, io);
  try {
    // Organization level: the store's SQL counts, in the shape `flows` always printed; team level adds the teams and move ids.
    if (query.level === 'team') {
      const { flows } = await queryFlows(store, query).then((r) => ({ flows: r.flows.map((f) => capPeople(f, query.peopleLimit)) }));
      if (format === 'json') io.out(renderJson(flows.map(teamRow)));
      else if (format === 'csv') io.out(renderCsv(['from', 'from_team', 'to', 'to_team', 'moves', 'people'], flows.map((f) => [f.from, f.fromTeam ?? '', f.to, f.toTeam ?? '', f.count, f.people.join(' | ')])));
      else io.out(renderTable(['from', 'to', 'moves', 'people'], flows.map((f) => [withTeam(f.from, f.fromTeam), withTeam(f.to, f.toTeam), f.count, f.people.join(', ')]), 60) + `${flows.length} flow${flows.length === 1 ? '' : 's'}\n`);
      return EXIT.ok;
    }
    const { flows } = await queryFlowCounts(store, query);
    if (format === 'json') io.out(renderJson(flows));
    else if (format === 'csv') io.out(renderCsv(['from', 'to', 'moves', 'people'], flows.map((f) => [f.from, f.to, f.count, f.people.join(' | ')])));
    else io.out(renderFlows(flows, query.peopleLimit !== undefined) + `${flows.length} flow${flows.length === 1 ? '' : 's'}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

const teamRow = (f: FlowEntry & { peopleCount: number }) => ({ from: f.from, fromTeam: f.fromTeam, to: f.to, toTeam: f.toTeam, count: f.count, people: f.people, peopleCount: f.peopleCount, moveIds: f.moveIds });

/** Team-level flows are computed from the moves in full; --people only shortens what is printed. */
const capPeople = (f: FlowEntry, peopleLimit: number | undefined) => ({ ...f, people: peopleLimit === undefined ? f.people : f.people.slice(0, peopleLimit), peopleCount: f.people.length });

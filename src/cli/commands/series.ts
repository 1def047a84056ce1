/** `poachwatch series`: monthly arrivals/departures/net of one organization, or month × flow counts. */
import { querySeries, type SeriesResult } from '../../queries/index.ts';
import { parseChoice, parseVerbArgs, parseWindowBound } from '../args.ts';
import { openStoreFrom, outputFormatFrom, outputOptions, storeOptions } from '../common-options.ts';
import { renderCsv, renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';

const withTeam = (org: string, team: string | null) => (team ? `${org} (${team})` : org);

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('series', argv, {
    ...storeOptions, ...outputOptions, org: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, level: { type: 'string' },
  });
  const format = outputFormatFrom(values);
  const query = {
    org: values.org, from: values.from, to: values.to,
    since: parseWindowBound('since', values.since), until: parseWindowBound('until', values.until),
    level: parseChoice('level', values.level, ['org', 'team'] as const),
  };
  const store = await openStoreFrom(values, io);
  try {
    const result = await querySeries(store, query);
    if (format === 'json') io.out(renderJson(result));
    else {
      const { headers, rows } = tabulate(result);
      io.out(format === 'csv' ? renderCsv(headers, rows) : renderTable(headers, rows, 60) + footer(result));
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

/** One row per month (year-only buckets last, labelled by their year) or per month and flow. */
function tabulate(r: SeriesResult): { headers: string[]; rows: Array<Array<string | number>> } {
  if (r.kind === 'org') {
    return {
      headers: ['period', 'arrivals', 'departures', 'net', 'by report day'],
      rows: [
        ...r.months.map((m) => [m.month, m.arrivals, m.departures, m.net, m.byReportedDay]),
        ...r.yearOnly.map((y) => [`${y.year} (year only)`, y.arrivals, y.departures, y.net, y.byReportedDay]),
      ],
    };
  }
  return {
    headers: ['period', 'from', 'to', 'moves'],
    rows: r.cells.map((c) => [c.period.length === 4 ? `${c.period} (year only)` : c.period, withTeam(c.from, c.fromTeam), withTeam(c.to, c.toTeam), c.count]),
  };
}

function footer(r: SeriesResult): string {
  const lines: string[] = [];
  if (r.kind === 'org') lines.push(`${r.org}: ${r.months.length} month${r.months.length === 1 ? '' : 's'}${r.yearOnly.length ? ` and ${r.yearOnly.length} year-only bucket${r.yearOnly.length === 1 ? '' : 's'}` : ''}`);
  else lines.push(`${r.cells.length} month × flow cell${r.cells.length === 1 ? '' : 's'} over ${r.months.length} month${r.months.length === 1 ? '' : 's'}${r.years.length ? ` and year-only buckets ${r.years.join(', ')}` : ''}`);
  lines.push('Moves known only to the year are counted in their own bucket, never spread over months; undated moves in the month they were first reported.');
  if (r.undatable.length) lines.push(`${r.undatable.length} move${r.undatable.length === 1 ? ' has' : 's have'} no date and no dated source, and are not placed`);
  return lines.join('\n') + '\n';
}

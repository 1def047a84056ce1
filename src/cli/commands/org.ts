/** `poachwatch org <name>`: inflow, outflow, net, top counterparts and recent departures of one organization. */
import { InputError } from '../../core/errors.ts';
import { parseVerbArgs, parseWindowBound } from '../args.ts';
import { openStoreFrom, storeOptions } from '../common-options.ts';
import { moveTableHeaders, moveTableRow, moveToJson } from '../format-moves.ts';
import { renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';
import type { OrgSummary } from '../../store/index.ts';

export function renderOrgSummary(s: OrgSummary): string {
  const head = `${s.name}${s.verified ? '' : ' (recognised from context, not in the gazetteer)'}\n`
    + (s.aliases.length ? `  also: ${s.aliases.slice(0, 12).join(', ')}\n` : '')
    + `  inflow ${s.inflow}  outflow ${s.outflow}  net ${s.net >= 0 ? '+' : ''}${s.net}\n\n`;
  const counterparts = renderTable(['top destinations', 'n'], s.topDestinations.map((d) => [d.org, d.count]))
    + '\n' + renderTable(['top sources', 'n'], s.topSources.map((d) => [d.org, d.count]));
  return head + counterparts + '\nrecent departures\n' + renderTable(moveTableHeaders, s.recentDepartures.map(moveTableRow))
    + '\nrecent arrivals\n' + renderTable(moveTableHeaders, s.recentArrivals.map(moveTableRow));
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseVerbArgs('org', argv, { ...storeOptions, json: { type: 'boolean' }, since: { type: 'string' }, until: { type: 'string' } });
  const name = positionals.join(' ').trim();
  if (!name) throw new InputError('usage', 'org: no organization given (e.g. poachwatch org Apple)');
  const window = { since: parseWindowBound('since', values.since), until: parseWindowBound('until', values.until) };
  const store = await openStoreFrom(values, io);
  try {
    const summary = await store.orgSummary(name, window);
    if (!summary) {
      if (values.json) io.out('null\n');
      else io.out(`no organization named "${name}" in the store\n`);
      return EXIT.inputFailed;
    }
    io.out(values.json
      ? renderJson({ ...summary, recentDepartures: summary.recentDepartures.map(moveToJson), recentArrivals: summary.recentArrivals.map(moveToJson) })
      : renderOrgSummary(summary));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

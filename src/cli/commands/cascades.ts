/** `poachwatch cascades`: a leader's departure followed by colleagues to the same destination. */
import { queryCascades } from '../../queries/index.ts';
import { parseCount, parseVerbArgs } from '../args.ts';
import { openStoreFrom, storeOptions } from '../common-options.ts';
import { renderJson, renderTable } from '../render.ts';
import { EXIT, type CliIO } from '../io.ts';

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseVerbArgs('cascades', argv, { ...storeOptions, json: { type: 'boolean' }, days: { type: 'string' }, org: { type: 'string' } });
  const days = parseCount('days', values.days);
  const store = await openStoreFrom(values, io);
  try {
    const { cascades } = await queryCascades(store, { days, org: values.org });
    if (values.json) io.out(renderJson(cascades));
    else {
      io.out(renderTable(['from', 'to', 'leader', 'followers', 'days', 'confidence'], cascades.map((c) => [
        c.team ? `${c.org} (${c.team})` : c.org, c.to, `${c.leader.person} ${c.leader.date}`, c.followers.map((f) => `${f.person} ${f.date}`).join(', '), c.spanDays, c.confidence,
      ]), 60));
      io.out(`${cascades.length} cascade${cascades.length === 1 ? '' : 's'} (followers within ${days ?? 90} days)\n`);
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

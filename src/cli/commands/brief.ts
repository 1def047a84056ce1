/** `poachwatch brief`: a Markdown briefing on one organization: numbers, movers, bursts, cascades, forecast, sources. */
import { InputError } from '../../core/errors.ts';
import type { CliIO } from '../io.ts';

export async function run(_argv: string[], _io: CliIO): Promise<number> {
  throw new InputError('usage', 'brief: not implemented yet');
}

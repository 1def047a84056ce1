/** `poachwatch series`: monthly organization to organization move counts (a time series). */
import { InputError } from '../../core/errors.ts';
import type { CliIO } from '../io.ts';

export async function run(_argv: string[], _io: CliIO): Promise<number> {
  throw new InputError('usage', 'series: not implemented yet');
}

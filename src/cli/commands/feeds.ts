/** `poachwatch feeds`: watched feeds with their health. */
import { InputError } from '../../core/errors.ts';
import type { CliIO } from '../io.ts';

export async function run(_argv: string[], _io: CliIO): Promise<number> {
  throw new InputError('usage', 'feeds: not implemented yet');
}

/** `poachwatch curate`: record a human decision: accept, reject or edit a claim; merge or split people. */
import { InputError } from '../../core/errors.ts';
import type { CliIO } from '../io.ts';

export async function run(_argv: string[], _io: CliIO): Promise<number> {
  throw new InputError('usage', 'curate: not implemented yet');
}

/** `poachwatch worker`: process fetch and extract jobs from the PostgreSQL queue. */
import { InputError } from '../../core/errors.ts';
import type { CliIO } from '../io.ts';

export async function run(_argv: string[], _io: CliIO): Promise<number> {
  throw new InputError('usage', 'worker: not implemented yet');
}

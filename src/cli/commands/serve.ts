/** `poachwatch serve`: serve the dashboard and the HTTP API. */
import { InputError } from '../../core/errors.ts';
import type { CliIO } from '../io.ts';

export async function run(_argv: string[], _io: CliIO): Promise<number> {
  throw new InputError('usage', 'serve: not implemented yet');
}

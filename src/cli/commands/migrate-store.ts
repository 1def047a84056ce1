/** `poachwatch migrate-store`: copy a store into another (e.g. SQLite into PostgreSQL). */
import { InputError } from '../../core/errors.ts';
import type { CliIO } from '../io.ts';

export async function run(_argv: string[], _io: CliIO): Promise<number> {
  throw new InputError('usage', 'migrate-store: not implemented yet');
}

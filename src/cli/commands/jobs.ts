/** `poachwatch jobs`: enqueue inputs for workers; list queued and dead-lettered jobs. */
import { InputError } from '../../core/errors.ts';
import type { CliIO } from '../io.ts';

export async function run(_argv: string[], _io: CliIO): Promise<number> {
  throw new InputError('usage', 'jobs: not implemented yet');
}

/** `poachwatch alerts`: alert rules and the alerts they fired; deliver pending webhooks. */
import { InputError } from '../../core/errors.ts';
import type { CliIO } from '../io.ts';

export async function run(_argv: string[], _io: CliIO): Promise<number> {
  throw new InputError('usage', 'alerts: not implemented yet');
}

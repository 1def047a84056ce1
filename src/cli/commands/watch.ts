/** `poachwatch watch`: poll feeds (RSS, Atom, JSON Feed, OPML) and ingest new items. */
import { InputError } from '../../core/errors.ts';
import type { CliIO } from '../io.ts';

export async function run(_argv: string[], _io: CliIO): Promise<number> {
  throw new InputError('usage', 'watch: not implemented yet');
}

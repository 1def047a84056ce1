/** Runs the CLI in-process with captured output, as citty's tests drive runMain with rawArgs. */
import { Readable } from 'node:stream';
import { runMain } from '../src/cli/main.ts';

export interface CliResult { code: number; stdout: string; stderr: string }

export async function cli(args: string[], opts: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runMain(args, {
    out: (t) => { stdout += t; },
    err: (t) => { stderr += t; },
    stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
    env: { ...withoutStoreEnv(process.env), ...opts.env },
  });
  return { code, stdout, stderr };
}

/** The environment minus a store URL the developer may have set, so tests never touch their store. */
function withoutStoreEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { POACHWATCH_DB: _omit, ...rest } = env;
  return rest;
}

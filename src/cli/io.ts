/** Where a command writes and reads: the process's streams, or buffers in tests. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export function processIO(): CliIO {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    stdin: process.stdin,
    env: process.env,
  };
}

/** Exit codes: 0 all went well; 1 some input failed (the rest was processed); 2 usage or configuration error; 70 a bug. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2, internal: 70 } as const;

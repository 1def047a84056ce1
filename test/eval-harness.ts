/** Runs the CLI and the shared scorers as child processes, as a user would. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const evalDir = fileURLToPath(new URL('../../shared/eval/', import.meta.url));
export const devTexts = join(evalDir, 'dev/texts');
export const haveEval = existsSync(join(evalDir, 'score.mjs')) && existsSync(devTexts);
export const skipWithoutEval = haveEval ? false : 'skipped: ../shared/eval is not beside the repository';

export function poachwatch(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin/poachwatch.js'), ...args], {
    encoding: 'utf8', cwd: repoRoot, input: opts.input, env: { ...process.env, ...opts.env }, maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'poachwatch-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs a scorer script of ../shared/eval and returns the value of its last line (`fact-F1 x` / `world-F1 x`). */
export function score(script: 'score.mjs' | 'score-world.mjs', args: string[]): { value: number; output: string } {
  const r = spawnSync(process.execPath, [join(evalDir, script), ...args], { encoding: 'utf8' });
  const m = /-F1 ([\d.]+)\s*$/.exec(r.stdout);
  if (!m) throw new Error(`${script} printed no score:\n${r.stdout}\n${r.stderr}`);
  return { value: Number(m[1]), output: r.stdout };
}

export function writeTemp(dir: string, name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export const samplesDir = fileURLToPath(new URL('../samples/', import.meta.url));
export const heldoutDir = (set: 'heldout' | 'heldout2' | 'heldout3') => fileURLToPath(new URL(`./${set}/`, import.meta.url));

/** The sample files that samples/answers.jsonl has a key for, in its order. */
export function sampleAnswerFiles(): string[] {
  const answers = readFileSync(join(samplesDir, 'answers.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; lang: string });
  return answers.map((a) => join(samplesDir, a.lang, readdirSync(join(samplesDir, a.lang)).find((f) => f.replace(/\.[^.]+$/, '') === a.id)!));
}

/** The scorer's organization tables for a held-out set: the shared one plus the set's own aliases. */
export const heldoutOrgArgs = (dir: string) => ['--orgs', join(evalDir, 'orgs.json'), '--orgs', join(dir, 'orgs-extra.json')];

/** Runs `poachwatch extract --format jsonl` on `inputs` and writes its output to a temporary file for a scorer. */
export function extractToFile(inputs: string[]) {
  const r = poachwatch(['extract', '--format', 'jsonl', ...inputs]);
  return { ...r, path: writeTemp(tempDir(), 'pred.jsonl', r.stdout) };
}

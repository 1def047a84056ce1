/** Walks a directory tree lazily, in sorted order, yielding the files that match include patterns. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { matchGlob } from './match-glob.ts';

export interface WalkEntry {
  /** A matching file, or a directory that could not be listed, joined onto the walked directory. */
  path: string;
  /** Why the directory at `path` could not be listed; null for files. */
  error: NodeJS.ErrnoException | null;
}

/**
 * Yields the files under `dir` whose path relative to `dir` matches one of `include`, and any
 * directory that cannot be listed (the walk goes on past it). Entries are visited in sorted order,
 * one directory listing at a time; hidden entries (`.git`, `.cache`) and `node_modules` are skipped;
 * symbolic links to directories are not followed, so a link cycle cannot trap the walk.
 */
export async function* walkDirectory(dir: string, include: string[]): AsyncGenerator<WalkEntry> {
  // A stack of pending relative paths; children pushed in reverse so they pop in sorted order.
  const stack: Array<{ rel: string; isDir: boolean }> = [{ rel: '', isDir: true }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (!entry.isDir) {
      yield { path: join(dir, entry.rel), error: null };
      continue;
    }
    let children;
    try {
      children = await readdir(join(dir, entry.rel), { withFileTypes: true });
    } catch (err) {
      yield { path: join(dir, entry.rel), error: err as NodeJS.ErrnoException };
      continue;
    }
    const next: Array<{ rel: string; isDir: boolean }> = [];
    for (const child of children) {
      if (child.name.startsWith('.') || child.name === 'node_modules') continue;
      const rel = entry.rel ? `${entry.rel}/${child.name}` : child.name;
      if (child.isDirectory()) next.push({ rel, isDir: true });
      else if ((child.isFile() || child.isSymbolicLink()) && include.some((p) => matchGlob(rel, p))) next.push({ rel, isDir: false });
    }
    next.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
}

/** A tiny glob matcher for include patterns: `**` (any number of directories), `*` and `?` within a name. */

/**
 * Tells whether a relative path (`/`-separated) matches `pattern`. `**\/` matches zero or more
 * directories, `*` any run of characters except `/`, `?` one such character; matching ignores case.
 * A pattern without `/` is matched against the file name alone.
 * @example matchGlob('news/ko/0003.txt', '**\/*.txt') // true
 */
export function matchGlob(path: string, pattern: string): boolean {
  const raw = pattern.includes('/') ? pattern.split('/') : ['**', pattern];
  // Runs of `**` mean the same as one.
  const segs = raw.filter((s, i) => s !== '**' || raw[i - 1] !== '**');
  const parts = path.split('/');
  // Dynamic programming over (path part, pattern segment): at most parts × segments steps, never exponential.
  let reach = new Array<boolean>(parts.length + 1).fill(false);
  reach[0] = true;
  for (const seg of segs) {
    const next = new Array<boolean>(parts.length + 1).fill(false);
    if (seg === '**') {
      let any = false;
      for (let i = 0; i <= parts.length; i++) next[i] = any ||= reach[i];
    } else {
      for (let i = 0; i < parts.length; i++) if (reach[i] && matchName(parts[i], seg)) next[i + 1] = true;
    }
    reach = next;
  }
  return reach[parts.length];
}

/** Wildcard match of one name with the classic two-pointer algorithm: linear, no backtracking blow-up. */
function matchName(name: string, pattern: string): boolean {
  const s = name.toLowerCase();
  const p = pattern.toLowerCase();
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (i < s.length) {
    if (j < p.length && (p[j] === '?' || p[j] === s[i])) {
      i++;
      j++;
    } else if (j < p.length && p[j] === '*') {
      star = j++;
      mark = i;
    } else if (star !== -1) {
      j = star + 1;
      i = ++mark;
    } else {
      return false;
    }
  }
  while (j < p.length && p[j] === '*') j++;
  return j === p.length;
}

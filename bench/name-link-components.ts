/**
 * Groups of person names as the incremental resolver's index joins them (same written name, or a
 * bucket pair with a strong transliteration link), over a list of names, one per line: how crowded
 * the buckets are (pairs compared) and how large the groups grow. The tool for tuning name keys.
 *
 *   node bin/run-ts.js bench/name-link-components.ts names.txt
 *   (names of a store: sqlite3 store.sqlite "select name from resolve_names order by id" > names.txt)
 */
import { readFileSync } from 'node:fs';
import { nameLinkKeys, nameLinkStrength, bucketPairs } from '../src/resolve/name-links.ts';
const names = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const parent = names.map((_, i) => i);
const find = (x: number): number => { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; };
const byKey = new Map<string, number[]>();
names.forEach((n, i) => { const k = nameLinkKeys(n); for (const key of new Set([...k.exact, ...k.buckets])) { const l = byKey.get(key); if (l) l.push(i); else byKey.set(key, [i]); } });
let compared = 0; const seen = new Set<number>(); let strongEdges = 0, weakEdges = 0;
const t0 = performance.now();
for (const [key, list] of byKey) {
  for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) {
    const [i, j] = [list[a], list[b]];
    if (key.startsWith('E:')) { parent[find(i)] = find(j); continue; }
    const [ki, kj] = [nameLinkKeys(names[i]), nameLinkKeys(names[j])];
    if (!bucketPairs(key, ki, kj)) continue;
    const id = i < j ? i * 1e6 + j : j * 1e6 + i; if (seen.has(id)) continue; seen.add(id);
    if (find(i) === find(j)) continue;
    compared++;
    const s = nameLinkStrength(names[i], names[j]);
    if (s >= 2) { strongEdges++; parent[find(i)] = find(j); } else if (s === 1) weakEdges++;
  }
}
const sizes = new Map<number, number>();
names.forEach((_, i) => sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1));
const sorted = [...sizes.values()].sort((a, b) => b - a);
console.log(`${names.length} names, ${sizes.size} components, largest ${sorted.slice(0, 8).join(' ')}; ${compared} compared, ${strongEdges} strong unions, ${weakEdges} weak; ${((performance.now() - t0) / 1000).toFixed(1)} s`);

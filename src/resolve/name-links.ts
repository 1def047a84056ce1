/**
 * Which person names clustering can ever link, as a property of the pair alone: the basis of
 * incremental resolution, which re-clusters only the connected group of names new claims touch.
 */
import { analyzeName, isCompactKorean, type NameInfo } from './_name-info.ts';
import { personNameKeys } from './person-name-keys.ts';
import { matchNameInfos } from './same-person-name.ts';
import { RecentCache } from './_recent-cache.ts';

/** The keys under which a name finds the names it may link with (see {@link namesLinked}). */
export interface NameLinkKeys {
  /** `E:` exact keys: the same written name; they also join claims of one document into one group. */
  exact: string[];
  /** Bucket keys (personNameKeys): transliterations meet there. */
  buckets: string[];
  latin: boolean;
  /** The name reads as Chinese (family + Pinyin given name): it meets other such names in `ZH:` buckets only. */
  chinese: boolean;
  /** The name reads as Korean (family name + given name, in either script). */
  korean: boolean;
  /** A Korean name written solid in Hangul (김태현): it meets Latin and other such names through exact and `KO:` keys only. */
  compactKorean: boolean;
}

const cache = new RecentCache<string, NameLinkKeys>(20_000);

/** Keys of a name: names sharing none with it are never linked with it (cached, like analyzeName). */
export function nameLinkKeys(name: string): NameLinkKeys {
  const hit = cache.get(name);
  if (hit) return hit;
  const info = analyzeName(name);
  const keys = { exact: info.exactKeys.map((k) => `E:${k}`), buckets: personNameKeys(info.raw), latin: info.script === 'latin', chinese: info.chinese.length > 0, korean: info.korean.length > 0, compactKorean: isCompactKorean(info) };
  cache.set(name, keys);
  return keys;
}

/**
 * The strength of the link clustering gives two names a bucket compares: 0 none, 1 weak (usable
 * only with a shared move), 2 strong, 3 the same written name. Two Hangul names are also tried in
 * the other order (their token alignment starts from the first) and the stronger result kept;
 * every other combination is symmetric by construction.
 */
export function nameLinkStrength(a: string, b: string): number {
  return nameInfoLinkStrength(analyzeName(a), analyzeName(b));
}

/**
 * {@link nameLinkStrength} for comparing many names: each is taken apart once for as long as the
 * function lives (one indexing batch), where the shared cache, sized for flat memory, would evict
 * and redo the names of crowded buckets over and over.
 */
export function createLinkStrength(): (a: string, b: string) => number {
  const infos = new Map<string, NameInfo>();
  const info = (name: string) => {
    let hit = infos.get(name);
    if (!hit) infos.set(name, (hit = analyzeName(name)));
    return hit;
  };
  return (a, b) => nameInfoLinkStrength(info(a), info(b));
}

/** {@link nameLinkStrength} of two names already taken apart (a caller comparing many holds them itself). */
export function nameInfoLinkStrength(ia: NameInfo, ib: NameInfo): number {
  const s = strengthOf(matchNameInfos(ia, ib).strength);
  if (s >= 2 || ia.script !== 'hangul' || ib.script !== 'hangul') return s;
  return Math.max(s, strengthOf(matchNameInfos(ib, ia).strength));
}

const strengthOf = (m: 'exact' | 'strong' | 'weak' | 'none') => (m === 'exact' ? 3 : m === 'strong' ? 2 : m === 'weak' ? 1 : 0);

/** What decides which names a bucket compares: the script, Chinese and Korean readings, a compact Korean form. */
export type BucketSide = Pick<NameLinkKeys, 'latin' | 'chinese' | 'korean' | 'compactKorean'>;

const SIDE_BITS = ['latin', 'chinese', 'korean', 'compactKorean'] as const;
/** Every side, by index (one bit per property, in SIDE_BITS order): for callers that file names by side. */
export const BUCKET_SIDES: readonly BucketSide[] = Array.from({ length: 1 << SIDE_BITS.length }, (_, n) => ({
  latin: (n & 1) !== 0,
  chinese: (n & 2) !== 0,
  korean: (n & 4) !== 0,
  compactKorean: (n & 8) !== 0,
}));
/** The index of a side in {@link BUCKET_SIDES}. */
export const bucketSideIndex = (s: BucketSide): number => SIDE_BITS.reduce((n, bit, i) => n | (Number(s[bit]) << i), 0);

/**
 * Whether two names sharing bucket `key` are compared by clustering: SUB and KOL buckets compare
 * every pair; P, KO and ZH buckets pair a Latin name only with another script, and two non-Latin
 * names with each other; S buckets pair Latin with non-Latin only. Skipped are pairs that can link
 * only in another way (matchNameInfos): two compact Korean names (the same written name, or two
 * people); in P and S buckets, two names that both read as Chinese (ZH keys hold every such pair)
 * and a compact Korean name with a Latin one (KO keys, or ZH ones when both read as Chinese); in
 * ZH buckets, a compact Korean name with a Latin name that reads as Korean (KO keys only).
 * Mirrors linkNames in cluster-people.ts.
 */
export function bucketPairs(key: string, a: BucketSide, b: BucketSide): boolean {
  if (key.startsWith('SUB:') || key.startsWith('KOL:')) return true;
  if (a.compactKorean && b.compactKorean) return false;
  const [compact, latin] = a.compactKorean && b.latin ? [a, b] : b.compactKorean && a.latin ? [b, a] : [undefined, undefined];
  if (key.startsWith('P:') || key.startsWith('S:')) {
    if ((a.chinese && b.chinese) || compact) return false;
  } else if (key.startsWith('ZH:') && compact && latin.korean) return false;
  if (a.latin !== b.latin) return true;
  return !a.latin && !key.startsWith('S:');
}

/**
 * True when clustering could link the two names (an exact or transliteration link of any
 * strength): they share an exact key, or a bucket that compares them and the names match.
 * Errs towards true (both argument orders are tried), which only makes groups larger, never wrong.
 */
export function namesLinked(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = nameLinkKeys(a);
  const kb = nameLinkKeys(b);
  if (ka.exact.some((k) => kb.exact.includes(k))) return true;
  const compared = ka.buckets.some((k) => kb.buckets.includes(k) && bucketPairs(k, ka, kb));
  return compared && nameLinkStrength(a, b) > 0;
}

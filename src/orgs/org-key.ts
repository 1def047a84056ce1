/** The lookup key of an organization name: the same folding as the evaluation scorer's `norm`. */

/** Folds case, width and spacing so "Open AI", "openai" and "ＯｐｅｎＡＩ" meet. */
export function orgKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\-_.,'’`"·・()（）[\]]/g, '');
}

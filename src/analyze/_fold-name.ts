/** Folds organization and team names so that case, width and spacing do not split one name in two. */

/** NFKC, lower case, inner whitespace collapsed. */
export function foldName(name: string): string {
  return name.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean).join(' ');
}

/** True when `name` is the side's organization or its team. */
export function sideMatches(side: { org: string; team: string | null } | null, folded: string): boolean {
  if (!side) return false;
  return foldName(side.org) === folded || (side.team !== null && foldName(side.team) === folded);
}

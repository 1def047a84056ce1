/** Tables of migration 0007 (the incremental resolution's index). Placeholder until that work lands. */

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ResolutionTables {}

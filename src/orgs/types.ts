/** Shapes of the organization gazetteer. */

export type OrgKind = 'company' | 'lab' | 'startup' | 'university' | 'institute' | 'unit' | 'government' | 'other';

export interface OrgEntry {
  /** Stable slug, e.g. `google-deepmind`. */
  id: string;
  /** Canonical display name, e.g. `Google DeepMind`. */
  name: string;
  /** Other names in any script (Latin, Hangul, Han, Kana), abbreviations included. */
  aliases: string[];
  /** The id of the owning organization (DeepMind → google), or null for a top-level one. */
  parent: string | null;
  kind: OrgKind;
  /** ISO 3166 alpha-2 country of the headquarters, when known. */
  country?: string;
}

/** A place in a text where a gazetteer name occurs. */
export interface OrgMention {
  start: number;
  end: number;
  text: string;
  entry: OrgEntry;
}

export interface Gazetteer {
  readonly entries: readonly OrgEntry[];
  byId(id: string): OrgEntry | undefined;
  /** The entry a name denotes (canonical name or alias, any script, case- and space-insensitive), or undefined. */
  lookup(name: string): OrgEntry | undefined;
  /** The top-level ancestor of an entry (itself when it has no parent). */
  topLevel(entry: OrgEntry): OrgEntry;
  /** Every gazetteer name in `text`, longest match first, non-overlapping, in order; linear in the text's length. */
  findMentions(text: string): OrgMention[];
}

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
  /**
   * The id of the company that owns a separately branded subsidiary (GitHub → microsoft, Instagram → meta).
   * Unlike `parent`, `topLevel()` does not follow it: news names such a subsidiary as the employer.
   */
  owner?: string | null;
  /**
   * Names that are also common words, surnames or platforms ("Scale", "메타" for Mehta, "LinkedIn"):
   * `true` for every name of the entry, or the list of the ambiguous ones. They match only as written
   * (or in capitals), and their mentions carry `ambiguous: true` so an extractor can ask for context.
   */
  ambiguous?: boolean | string[];
}

/** A place in a text where a gazetteer name occurs. */
export interface OrgMention {
  start: number;
  end: number;
  text: string;
  entry: OrgEntry;
  /** The gazetteer name that matched (canonical name or alias, as the gazetteer writes it). */
  alias?: string;
  /** True when the matched name is marked ambiguous: the caller should confirm it from context. */
  ambiguous?: boolean;
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

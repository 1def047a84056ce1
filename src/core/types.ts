/** Shared data shapes that flow between the stages: ingest → extract → resolve → store → analyze. */

export type Lang = 'ko' | 'en' | 'other';

/** A date at the precision the text supports: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

/** A document as ingest hands it on. Evidence offsets index into `text`. */
export interface Article {
  /** The path, URL or `-` (stdin) the document came from. */
  source: string;
  /** The final URL after redirects, for fetched documents. */
  url: string | null;
  title: string | null;
  /** Main text (for HTML: the readable article body, title excluded), NFC-normalised. */
  text: string;
  lang: Lang;
  /** Publication date, `YYYY-MM-DD` (or coarser) or null when unknown. */
  published: PartialDate | null;
  /** Where `published` came from: meta, jsonld, time, dateline, cli, … */
  publishedFrom: string | null;
  /** sha256 (hex) of `text`: the same content re-ingested is a no-op. */
  contentHash: string;
  mediaType: 'text/plain' | 'text/html' | 'text/markdown';
  /** Character encoding the bytes were decoded from. */
  charset: string;
  /** Size of the raw input in bytes. */
  bytes: number;
}

/** A stretch of an article's text, `text === article.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One side of a move: the top-level organization and, when named, the unit inside it. */
export interface OrgSlot {
  /** Canonical top-level name ("Google" for DeepMind); for organizations no gazetteer knows, the name as written. */
  org: string;
  /** Team, lab or unit when the text names one ("Apple Foundation Models", "Superintelligence Labs"). */
  team: string | null;
  /** False when the organization was recognised from context only and is not in the gazetteer. */
  verified: boolean;
  /** The words the text used for it. */
  mention: string;
}

export interface Compensation {
  /** The phrase as the text words it. */
  text: string;
  /** An amount in US dollars when the text states one in dollars (a lower bound for "more than"), else null. */
  usd: number | null;
  /** The amount in the currency the text states it in (2억 달러 → 200000000 USD; 10억 원 → 1000000000 KRW), when there is one. */
  amount?: number | null;
  /** ISO 4217 code of `amount`: USD, KRW, EUR, CNY, JPY, GBP. */
  currency?: string | null;
}

/** One move as a single document states it: the unit extract produces. */
export interface MoveClaim {
  /** The fullest form of the person's name in the document. */
  person: string;
  /** Every other full form of the name in the document, any script ("루오밍 팡" for "Ruoming Pang"). */
  aliases: string[];
  from: OrgSlot | null;
  to: OrgSlot | null;
  date: PartialDate | null;
  /** Role or title at the destination (or origin) when stated. */
  role: string | null;
  compensation: Compensation | null;
  /** 0..1: how sure the extractor is that this is a stated move. */
  confidence: number;
  /** Career history (an earlier step in a biography), as opposed to the news itself. */
  history: boolean;
  evidence: Span[];
}

/** What extract returns for one article. */
export interface Extraction {
  source: string;
  lang: Lang;
  published: PartialDate | null;
  title: string | null;
  moves: MoveClaim[];
  /** name@version of the extractor that produced the claims. */
  extractor: string;
}

/** A claim as the store holds it: what extract said, plus where it came from. */
export interface StoredClaim extends MoveClaim {
  id: number;
  documentId: number;
  /** The document's source (path or URL). */
  source: string;
  /** The document's publication date. */
  published: PartialDate | null;
  lang: Lang;
  extractor: string;
}

/** A person after resolution across scripts and documents. */
export interface ResolvedPerson {
  /** Stable key derived from the person's names and organizations; unique in a Resolution. */
  key: string;
  /** Display name (Latin form preferred when one is known). */
  name: string;
  /** Every form of the name seen, any script. */
  names: string[];
}

/** An organization after resolution: a gazetteer entry, or one recognised from context only (verified false). */
export interface ResolvedOrg {
  key: string;
  name: string;
  verified: boolean;
  /** Key of the parent organization, when known. */
  parent: string | null;
  /** Every form of the name seen or known. */
  aliases: string[];
}

export interface ResolvedSide {
  orgKey: string;
  team: string | null;
}

/** One real-world move, merged from every claim that reports it. */
export interface ResolvedMove {
  key: string;
  personKey: string;
  from: ResolvedSide | null;
  to: ResolvedSide | null;
  /** The most precise date any report gives. */
  date: PartialDate | null;
  role: string | null;
  /** Every distinct stated figure, side by side, with the claim that states it. */
  compensation: Array<Compensation & { claimId: number }>;
  confidence: number;
  /** True only when every report is career history. */
  history: boolean;
  claimIds: number[];
}

export interface Resolution {
  people: ResolvedPerson[];
  orgs: ResolvedOrg[];
  moves: ResolvedMove[];
}

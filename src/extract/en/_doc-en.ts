/** Shapes shared inside the English pack: an analysed sentence, a person mention, a raw claim before merging. */
import type { Span } from '../../core/types.ts';
import type { OrgRef, SentenceMentions } from './find-mentions-en.ts';
import type { Token } from './tokenize-en.ts';
import type { Trigger } from './find-triggers-en.ts';

export interface PersonMention {
  /** Canonical full name. */
  name: string;
  tokStart: number;
  tokEnd: number;
  poss: boolean;
  /** A surname or given-name mention resolved to a full name. */
  single: boolean;
}

export interface Sentence {
  idx: number;
  start: number;
  end: number;
  /** Line (paragraph) number: sentences of one bullet item share it. */
  line: number;
  tokens: Token[];
  /** First token after a bullet mark or a wire dateline. */
  contentStart: number;
  mentions: SentenceMentions;
  persons: PersonMention[];
  /** For each token, the index into `persons` of the mention starting there, or -1. */
  personStart: number[];
  triggers: Trigger[];
  /** 1 where a token sits inside quotation marks. */
  quoted: number[];
}

export interface Side {
  org: string;
  team: string | null;
  verified: boolean;
  mention: string;
}

export const sideOf = (o: OrgRef | Side): Side => ({ org: o.org, team: o.team, verified: o.verified, mention: o.mention });

export type DateKind = 'depart' | 'join' | 'other';

/** One move as one trigger (or one frame) states it, before the claims of a person are merged. */
export interface RawClaim {
  person: string;
  from: Side | null;
  to: Side | null;
  /** The origin was stated for this claim ("from X", "left X"), not inferred from an appositive or a frame. */
  fromExplicit: boolean;
  dates: Array<{ value: string; kind: DateKind }>;
  back: boolean;
  weak: boolean;
  /** Says only when someone starts; contributes a date to the person's move. */
  dateOnly: boolean;
  /** Stated as background: past perfect, or inside a relative clause. */
  background: boolean;
  /** The origin must stay empty (a part-time role kept alongside a post). */
  noFrom: boolean;
  sentence: number;
  evidence: Span[];
  role: string | null;
  confidence: number;
  /** Stated by an intransitive going ("moved earlier this month"): kept only when the article's framing gives both sides. */
  bare?: boolean;
}

/** A transition the text states; `unnamed` when nobody is named ("two researchers who left OpenAI for Meta"). */
export interface Flow { from: string; to: string; sentence: number; unnamed: boolean }

/** What the analysis of earlier sentences leaves for later ones. */
export interface DocState {
  text: string;
  published: string | null;
  sentences: Sentence[];
  /** The person(s) each analysed sentence is about, for pronouns in later sentences. */
  subjects: Array<string[] | null>;
  lastHireAgent: Side | null;
  lastFounded: Side | null;
  /** The latest "hired six researchers" / "has lost seven people": fills list items that follow. */
  countFrame: { from: Side | null; to: Side | null; date: string | null; sentence: number } | null;
  /** Transitions stated in the document, named or not ("two researchers who left OpenAI for Meta"). */
  flows: Flow[];
  /** Departures of unnamed groups ("several researchers have left OpenAI"), for the named people listed after them. */
  groupDepartures?: Array<{ sentence: number; side: Side }>;
  /** The writer, when the document opens with a bare name line (a social post): "I" in the text is this person. */
  author?: string | null;
  /** Where the latest named mover went: what "join us" refers to. */
  lastDestination?: Side | null;
  /** The date of the latest move told in a main clause: what "in the same month" refers to. */
  lastDate?: string | null;
  /** A founding whose organization is not named yet ("to co-found an AI startup"), for a following "The startup, called X". */
  pendingFounding?: { sentence: number; movers: string[]; date: string | null } | null;
}


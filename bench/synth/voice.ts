/** What a language supplies to render a story: sentence builders the article renderer assembles and sizes. */
import type { DatePhrase, Day } from './describe-date.ts';
import type { Pen } from './open-pen.ts';
import type { Aside, Compensation, PlannedMove, Story } from './create-market.ts';
import type { SynthOrg } from './synth-orgs.ts';

export type Style = 'wire' | 'blog' | 'newsletter' | 'press';

/** Words the renderer has already fixed for a move: the name as mentioned here, the date phrase, a title. */
export interface MoveWords {
  name: string;
  when: string;
  /** Title at the destination, for press releases. */
  title: string;
  /** The cascade's leader as mentioned here, for followers. */
  leader: { name: string; she: boolean } | null;
}

export interface Masthead {
  outlet: string;
  reporter: string;
  editor: string;
  email: string;
  /** The publication date as the page prints it. */
  dateLine: string;
  city: string;
}

export interface Voice {
  headline(story: Story, leadName: string | null, title: string, issue: number): string;
  /** Lines between the headline and the body: byline, date line. */
  opening(style: Style, m: Masthead): string[];
  /** Text put before the first body paragraph (a wire dateline), or ''. */
  dateline(style: Style, m: Masthead, published: Day): string;
  /** The newsletter's section heading before the moves, and the one before the asides. */
  sections: { moves: string; others: string; intro: string };
  /** A bullet's heading for a move in a newsletter ("OpenAI → Anthropic."). */
  bulletHead(pen: Pen, m: PlannedMove): string;
  moveSentence(pen: Pen, m: PlannedMove, story: Story, index: number, w: MoveWords): string;
  earlierSentence(pen: Pen, m: PlannedMove, name: string): string;
  /** Something the mover said, or did not say (`name` is the form already chosen for this mention). */
  moverQuote(pen: Pen, m: PlannedMove, name: string, variant: number): string;
  compPhrase(c: Compensation): string;
  compSentence(pen: Pen, m: PlannedMove, name: string, phrase: string): string;
  asideSentence(pen: Pen, a: Aside, name: string): string;
  unnamedSentence(pen: Pen, story: Story): string;
  analystSentence(pen: Pen, name: string, firm: string, quote: number): string;
  spokespersonSentence(pen: Pen, name: string | null, org: SynthOrg): string;
  ceoQuote(pen: Pen, name: string, org: SynthOrg, hire: string): string;
  aboutBlock(org: SynthOrg, contact: string): string;
  fillers(focus: SynthOrg, seed: number): string[];
  closing(style: Style, m: Masthead): string[];
  effective(d: Day): DatePhrase;
  pressTitles: readonly string[];
  firms: readonly string[];
  outlets: readonly string[];
}

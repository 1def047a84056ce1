/** English sentences for the synthetic corpus: moves, career history, pay, asides and filler, in several registers. */
import { formatDay, monthNameEn, toCalendar } from './describe-date.ts';
import type { Pen } from './open-pen.ts';
import type { Compensation, PlannedMove } from './create-market.ts';
import type { SynthOrg } from './synth-orgs.ts';
import type { Voice } from './voice.ts';

const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);
const subj = (p: { she: boolean }): string => (p.she ? 'she' : 'he');
const poss = (p: { she: boolean }): string => (p.she ? 'her' : 'his');
const obj = (p: { she: boolean }): string => (p.she ? 'her' : 'him');
/** "Meta's", "Samsung Electronics'". */
const of = (w: string): string => `${w}'${w.endsWith('s') ? '' : 's'}`;
const an = (w: string): string => `${'aeiou'.includes(w[0].toLowerCase()) ? 'an' : 'a'} ${w}`;

/** "Google DeepMind", "Mistral AI's pretraining team", or just the organization. */
const place = (pen: Pen, o: SynthOrg | null, t: PlannedMove['fromTeam']): string => (o && t ? pen.team(o, t) : o ? pen.org(o) : '');

function compPhrase(c: Compensation): string {
  const about = c.atLeast ? 'more than' : 'about';
  if (c.currency === 'KRW') {
    const won = c.amount >= 10 ? `${c.amount / 10} billion won` : `${c.amount * 100} million won`;
    return `${about} ${won} a year`;
  }
  const span = c.years ? ` over ${c.years} years` : c.perYear ? ' a year' : '';
  return `${about} $${c.amount} million${span}`;
}

const QUOTES = [
  'The best researchers now pick a lab the way athletes pick a team: for the people and the pay',
  'Compensation at the top of this market has gone up every quarter, and nobody expects that to stop',
  'A lab can lose a roadmap faster than it loses money, and this is how it happens',
  'Teams move together because the knowledge lives in the group, not in any one person',
  'What matters is not one hire but whether the rest of the group follows in the next few weeks',
];

const FILLERS: ReadonlyArray<(o: SynthOrg, n: number) => string> = [
  (o, n) => `${o.en} has been hiring steadily this year. Its careers page lists about ${n * 3} open research and engineering roles, most of them in ${o.city.en}.`,
  (_o, n) => `Competition for experienced model builders has intensified since last year, when several labs began offering multi-year stock grants to hold on to senior staff. Recruiters say packages for the top ${n * 10} or so researchers are now negotiated one by one.`,
  (o) => `The company did not say how the change would affect its product plans. People close to ${o.en} said the work on ${o.work[0].en} would continue under its existing leadership.`,
  (_o, n) => `Industry trackers counted roughly ${n * 20} publicly reported moves between the largest AI developers in the past twelve months, up sharply from the year before. Most involved engineers rather than executives.`,
  (o) => `${o.en} declined to comment on its hiring plans, citing a policy of not discussing personnel matters. It has said in the past that it expects to keep growing its research headcount.`,
  (_o, n) => `Investors have poured money into the sector this year, and startups founded by former big-company researchers have raised about $${n} billion, according to one count, often before shipping a product.`,
  () => `Lawyers who work with the labs say non-compete clauses play little role in these moves, since they are largely unenforceable in California. Confidentiality obligations remain, and departing staff are routinely reminded of them.`,
  (o) => `Analysts say the movement of people is the clearest signal of which projects a company is prioritising. When a group at ${o.en} loses several members in a short period, a reorganisation often follows.`,
  (_o, n) => `The pace of hiring has also pushed up pay for less senior staff. Engineers with ${n} or more years of experience training large models are fielding several offers at once, recruiters said.`,
  () => `Some researchers say the money is only part of the story. Access to computing power, the freedom to publish and the chance to work with particular colleagues weigh as heavily in their decisions.`,
  (o, n) => `${o.en} employs about ${n * 150} people in research roles worldwide, according to its most recent disclosures, a figure that has roughly doubled in three years.`,
];

/** The English voice. */
export const VOICE_EN: Voice = {
  headline(story, lead, title, issue) {
    const m = story.moves[0];
    if (!m || !lead) return `${story.focus.en} keeps its researchers, for now, as offers pile up`;
    switch (story.kind) {
      case 'burst': return `${story.moves.length} researchers leave ${m.from?.en} for ${m.to?.en} in a matter of weeks`;
      case 'cascade': return `${m.to?.en} hires more of ${of(lead)} former team from ${m.from?.en}`;
      case 'founding': return `${lead} leaves ${m.from?.en} to start ${m.to?.en}`;
      case 'press': return `${m.to?.en} Appoints ${lead} as ${title}`;
      case 'boomerang': return `${lead} returns to ${m.to?.en}`;
      case 'roundup': return `The Talent Ledger — Issue #${issue}`;
      default:
        if (m.from && m.to) return `${m.to.en} hires ${of(m.from.en)} ${lead}`;
        return m.from ? `${lead} leaves ${m.from.en}` : `${lead} joins ${m.to?.en}`;
    }
  },
  opening(style, m) {
    if (style === 'newsletter') return [m.dateLine];
    if (style === 'press') return [];
    if (style === 'blog') return [`Posted by ${m.reporter} · ${m.dateLine}`];
    return [`By ${m.reporter} | ${m.dateLine}`];
  },
  dateline(style, m, published) {
    const c = toCalendar(published);
    if (style === 'wire') return `${m.city.toUpperCase()}, ${monthNameEn(c.month).slice(0, 3)} ${c.day} (${m.outlet}) - `;
    if (style === 'press') return `${m.city.toUpperCase()}, ${monthNameEn(c.month)} ${c.day}, ${c.year} -- `;
    return '';
  },
  sections: {
    intro: 'Welcome back. Here is who moved this week. A move only makes this list when the company or the person confirms it.',
    moves: 'CONFIRMED MOVES',
    others: 'NOT MOVES (but you will hear about them)',
  },
  bulletHead(pen, m) {
    if (!m.to) return `• Departed: ${pen.org(m.from!)}.`;
    if (!m.from) return `• New at ${pen.org(m.to)}.`;
    return `• ${pen.org(m.from)} → ${pen.org(m.to)}.`;
  },
  moveSentence(pen, m, story, index, w) {
    const r = pen.rng;
    const A = m.from ? pen.org(m.from) : '';
    const B = m.to ? pen.org(m.to) : '';
    const from = place(pen, m.from, m.fromTeam);
    const to = place(pen, m.to, m.toTeam);
    switch (m.kind) {
      case 'leave':
        return r.pick([
          `${w.name}, who worked on ${m.work.en} at ${from}, left the company ${w.when}. ${cap(subj(m))} has not said where ${subj(m)} is going next.`,
          `${A} also lost ${w.name}, ${an(m.role.en)}, who left ${w.when}; ${poss(m)} next employer was not disclosed.`,
        ]);
      case 'join':
        return r.pick([
          `${B} added ${w.name} to its ${m.to!.city.en} office ${w.when}. ${cap(poss(m))} previous employer was not disclosed.`,
          `${w.name} joined ${to} ${w.when} as ${an(m.role.en)}; ${B} did not say where ${subj(m)} came from.`,
        ]);
      case 'found':
        return r.pick([
          `${w.name}, ${an(m.role.en)} at ${from}, left the company ${w.when} to found ${B}, a startup building ${m.product?.en ?? m.work.en}.`,
          `${w.name} left ${A} ${w.when} and co-founded a startup called ${B}, which is building ${m.product?.en ?? m.work.en}.`,
        ]);
      case 'boomerang':
        return r.pick([
          `${w.name} rejoined ${to} ${w.when}, after a stint at ${A}.`,
          `${w.name} returned to ${B} ${w.when}, leaving ${from}, where ${subj(m)} worked on ${m.work.en}.`,
        ]);
      default:
        break;
    }
    if (story.kind === 'press') {
      return index === 0
        ? `${B} today announced that ${w.name} will join the company as ${w.title}, effective ${w.when}. ${cap(m.name.shortEn)} joins from ${from}, where ${subj(m)} led work on ${m.work.en}.`
        : `The company also named ${w.name}, formerly of ${A}, as ${w.title}, effective immediately.`;
    }
    if (story.kind === 'cascade' && index > 0 && w.leader) {
      return r.pick([
        `${w.name}, who worked for ${w.leader.name} at ${A}, followed ${obj(w.leader)} to ${to} ${w.when}.`,
        `${w.name}, ${an(m.role.en)} on ${of(w.leader.name)} team at ${A}, joined ${B} ${w.when}.`,
      ]);
    }
    if (story.kind === 'founding' && index > 0) {
      return `${w.name}, ${an(m.role.en)} at ${from}, joined ${B} as a co-founder ${w.when}.`;
    }
    return r.pick([
      `${w.name}, ${an(m.role.en)} at ${from}, joined ${to} ${w.when}, according to people familiar with the matter.`,
      `${B} hired ${w.name} from ${from} ${w.when}. ${cap(subj(m))} worked on ${m.work.en}.`,
      `${w.name} left ${A} ${w.when} to join ${to} as ${an(m.role.en)}.`,
      `${w.name}, who worked on ${m.work.en} at ${from}, moved to ${to} ${w.when}.`,
    ]);
  },
  earlierSentence(pen, m, name) {
    const e = m.earlier!;
    if (m.kind === 'boomerang') return `${name} first left ${pen.org(e.from!)} for ${pen.org(e.to)} in ${e.year}.`;
    if (!e.from) return `${name} joined ${pen.org(e.to)} in ${e.year}, ${poss(m)} first job after graduate school.`;
    return pen.rng.pick([
      `${name} joined ${pen.org(e.to)} from ${pen.org(e.from)} in ${e.year}.`,
      `Before ${pen.org(e.to)}, ${name} worked at ${pen.org(e.from)}, which ${subj(m)} left in ${e.year}.`,
    ]);
  },
  moverQuote(_pen, m, name, n) {
    return [
      `"I wanted to work on harder problems with a smaller team," ${name} said in a post on LinkedIn.`,
      `${name} thanked former colleagues in a message on social media and said ${subj(m)} would keep working on ${m.work.en}.`,
      `${name} did not respond to a request for comment.`,
    ][n % 3];
  },
  compPhrase,
  compSentence(pen, m, name, phrase) {
    return pen.rng.pick([
      `${of(name)} package is worth ${phrase}, according to a person familiar with the terms.`,
      `${m.to ? pen.org(m.to) : 'The new employer'} is paying ${obj(m)} ${phrase}, people familiar with the matter said.`,
    ]);
  },
  asideSentence(pen, a, name) {
    const O = pen.org(a.org);
    const X = pen.org(a.other);
    switch (a.kind) {
      case 'declined': return pen.rng.pick([
        `Not everyone has been tempted. ${name}, ${an(a.role.en)} at ${O}, turned down an offer from ${X} and is staying at ${O}.`,
        `${name} of ${O} declined an offer from ${X}, two people said.`,
      ]);
      case 'rumour': return pen.rng.pick([
        `${X} is said to be in talks with ${name}, ${an(a.role.en)} at ${O}, though no agreement has been reached.`,
        `${name} of ${O} has been approached by ${X}, according to one person; ${subj(a)} has not decided.`,
      ]);
      case 'promotion': return `${O} promoted ${name} to ${pen.rng.pick(['head of research', 'vice president', 'chief scientist'].filter((t) => t !== a.role.en))}, filling the post from within.`;
      case 'expected': return `${name}, another ${a.role.en} at ${O}, is expected to follow, colleagues said.`;
    }
  },
  unnamedSentence(pen, story) {
    return `About ${story.unnamedCount} other employees of ${pen.org(story.focus)} have left in the past year, according to people familiar with the matter, though most have not been named.`;
  },
  analystSentence(_pen, name, firm, quote) {
    return `"${QUOTES[quote % QUOTES.length]}," said ${name}, an analyst at ${firm}.`;
  },
  spokespersonSentence(pen, name, org) {
    if (!name) return `A spokesperson for ${pen.org(org)} declined to comment on individual hires.`;
    return `"We wish our former colleagues well, and we continue to hire," said ${name}, a spokesperson for ${pen.org(org)}.`;
  },
  ceoQuote(pen, name, org, hire) {
    return `"${hire} brings exactly the experience we need for the next stage of our work," said ${name}, chief executive of ${pen.org(org)}.`;
  },
  aboutBlock(org, contact) {
    return `About ${org.en}\n${org.en} is headquartered in ${org.city.en} and works on ${org.work[0].en}.\n\nMedia Contact:\n${contact}\npress@example.com`;
  },
  fillers(focus, seed) {
    return FILLERS.map((f, i) => f(focus, 2 + ((seed + i * 7) % 9)));
  },
  closing(style, m) {
    if (style === 'wire') return [`(Reporting by ${m.reporter}; Editing by ${m.editor})`];
    if (style === 'newsletter') return ["That's it for this week. Tips, corrections and denials go to the usual address.", `— ${m.reporter}`];
    if (style === 'blog') return ['Thanks for reading. Subscribe for more on who is moving where.'];
    return [];
  },
  effective(d) {
    const c = toCalendar(d);
    return { text: `${monthNameEn(c.month)} ${c.day}, ${c.year}`, truth: formatDay(d) };
  },
  pressTitles: ['Chief Scientist', 'Chief Technology Officer', 'Vice President of Engineering', 'Head of Research', 'Head of Applied AI'],
  firms: ['Castellan Research', 'Ferncliff Partners', 'Harbourview Securities', 'Greyline Capital', 'Redwater Advisory', 'Ashgrove Research'],
  outlets: ['Meridian Wire', 'Northfield News', 'The Compute Ledger', 'Frontier Dispatch', 'Pacific Tech Review'],
};

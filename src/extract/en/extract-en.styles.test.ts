/** Real-world phrasings of talent news (wire, business press, blogs, press releases) with invented people, checked against the English rule pack. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, MoveClaim } from '../../core/types.ts';
import { defaultGazetteer } from '../../orgs/index.ts';
import { extractMovesEn } from './extract-en.ts';

const run = (text: string, published: string | null = '2025-08-14') => {
  const article: Article = {
    source: 'test', url: null, title: null, text, lang: 'en', published, publishedFrom: 'test',
    contentHash: '', mediaType: 'text/plain', charset: 'utf-8', bytes: text.length,
  };
  return extractMovesEn({ article, gazetteer: defaultGazetteer() });
};
const news = (moves: MoveClaim[]) => moves.filter((m) => !m.history).map((m) => `${m.person}: ${m.from?.org ?? '-'} -> ${m.to?.org ?? '-'} @${m.date ?? '-'}`).sort();

const cases: Array<[string, string, string[]]> = [
  ['business press: possessive origin, "is leaving for"',
    "Apple Inc.'s top AI executive for robotics, Jian Zhang, is leaving for Meta Platforms Inc., according to people familiar with the matter.",
    ['Jian Zhang: Apple -> Meta @-']],
  ['a long descriptor before the appositive name',
    "Meta has poached Apple's top executive in charge of AI models, Lin Qiaoming, people with knowledge of the matter said.",
    ['Lin Qiaoming: Apple -> Meta @-']],
  ['two co-founders hired together',
    'Google has hired Tom Reyna and Priya Das, the co-founders of coding startup Windsurf, along with several researchers.',
    ['Priya Das: Windsurf -> Google @-', 'Tom Reyna: Windsurf -> Google @-']],
  ['previously at, joined a unit',
    'Jane Park, previously a principal scientist at Amazon, has joined Microsoft AI to work on reasoning.',
    ['Jane Park: Amazon -> Microsoft @-']],
  ['former CTO joining',
    "Shopify's former CTO Ana Lima is joining Cohere as president, the company said on Tuesday.",
    ['Ana Lima: Shopify -> Cohere @-']],
  ['departed to lead a new venture, this week',
    "Scale AI's chief strategy officer Daniel Wu departed this week to lead a new venture.",
    ['Daniel Wu: Scale AI -> - @2025-08']],
  ['a speaker announcing his own departure: "said he is leaving the company"',
    "Meta's chief AI scientist Pavel Orlov said he is leaving the company to launch a startup.",
    ['Pavel Orlov: Meta -> - @-']],
  ['two hires in one sentence by two companies',
    'Google hired Ada Obi from Meta in July, while Meta hired Ben Kurt from Google.',
    ['Ada Obi: Meta -> Google @2025-07', 'Ben Kurt: Google -> Meta @-']],
  ['passive appointment with an appositive origin',
    'Rosa Delgado, formerly of Salesforce, has been named chief executive of Runway, effective September 1.',
    ['Rosa Delgado: Salesforce -> Runway @2025-09-01']],
  ['professor of a university joins a lab; leave and join in two clauses',
    'Professor Anya Petrov of MIT will join Google DeepMind in October. Mira Chen will leave Nvidia at the end of the month and join Apple in September.',
    ['Anya Petrov: MIT -> Google @2025-10', 'Mira Chen: Nvidia -> Apple @2025-09']],
  ['a promotion and a retirement are not moves; a spokesperson is not a mover',
    'Intel promoted Sara Lindqvist to chief technology officer. Carl Mendez, who has led the lab for a decade, will retire in December, a company spokesperson, Ed Park, said.',
    []],
  ['a title-case headline: its capitalised words are not names unless the body confirms them',
    'Sources Say Google Engineer Kim Lee Quits For Startup\n\nGoogle engineer Kim Lee has quit the company to found Nimbus Labs, people familiar said.',
    ['Kim Lee: Google -> Nimbus Labs @-']],
  ['other senses of the trigger words: a meeting left, forces joined, a product launched, a board seat',
    "Rosa Reyes, who leads Google's speech team, left the meeting early. Meta joined forces with Google on the standard. Omar Diaz launched Gemini 2.0 at a Google event. Priya Shah joined the board of Stripe in May. White House adviser Dev Sachs left the administration.",
    []],
  ['moved from A to B, jumped ship, switched from, in one paragraph',
    'Priya Natarajan moved from Google to Meta in May, while Leo Zhang jumped ship to xAI. Sam Otieno switched from Amazon to Anthropic last week.',
    ['Leo Zhang: - -> xAI @-', 'Priya Natarajan: Google -> Meta @2025-05', 'Sam Otieno: Amazon -> Anthropic @2025-08']],
  ['a wire story with an ousting, a firing and a quoted executive with a history',
    'LONDON (Reuters) - Anthropic has hired Sophie Laurent, who led a safety evaluation team at OpenAI, the company said on Thursday.\n\n"We are delighted," said Kate Mirren, who herself left Google DeepMind for Anthropic in 2022.\n\nSeparately, Meta fired Tomás Rivera, a director in its generative AI group, last week. Ian Feld was ousted as chief executive of Quantum Leap Labs on Friday.',
    ['Ian Feld: Quantum Leap Labs -> - @2025-08-08', 'Sophie Laurent: OpenAI -> Anthropic @-', 'Tomás Rivera: Meta -> - @2025-08']],
  ['a newsletter tally with arrows',
    'Departures this month:\n- Emily Zhao (Apple → Anthropic), effective August 3\n- Raj Patel: Google -> OpenAI',
    ['Emily Zhao: Apple -> Anthropic @2025-08-03', 'Raj Patel: Google -> OpenAI @-']],
  ['an unnamed lede, then the name: the person takes the destination the lede states',
    "Samsung's head of chip design software is leaving for Nvidia, people familiar with the matter said. Hyun-woo Baek, who ran the team for five years at Samsung, is departing this month. Baek is the latest high-profile hire for Nvidia's Korean unit.",
    ['Hyun-woo Baek: Samsung -> Nvidia @2025-08']],
  ['tapped to lead; most recently served as',
    'Lena Fischer has been tapped to lead the robotics group at Amazon. Marco Ruiz, who most recently served as chief scientist at Cohere, will join Perplexity next month.',
    ['Marco Ruiz: Cohere -> Perplexity @2025-09']],
  ['leaving a founder\'s startup to launch a named firm; a relative-clause move completed by a naming',
    "xAI co-founder Pavel Dvorak is leaving Elon Musk's AI startup to launch his own venture capital firm, Dvorak Ventures. Nadia Koval, a co-creator of ChatGPT who left OpenAI for Meta in June, has been named chief scientist of Meta Superintelligence Labs.",
    ['Nadia Koval: OpenAI -> Meta @2025-06', 'Pavel Dvorak: xAI -> Dvorak Ventures @-']],
  ['em-dash asides around a relative clause',
    'Lina Ortiz — who left Google in May — joined Anthropic this week.',
    ['Lina Ortiz: Google -> Anthropic @2025-08']],
  ['a document framed by losses gives listed people their origin',
    "Apple's AI team keeps losing researchers\n\nOmid Farahani also left last month. Lea Wong went to OpenAI.",
    ['Lea Wong: Apple -> OpenAI @-', 'Omid Farahani: Apple -> - @2025-07']],
  ['a lost lawsuit frames nothing',
    'Meta lost a patent lawsuit on Monday\n\nGoogle hired Ravi Menon this week.',
    ['Ravi Menon: - -> Google @2025-08']],
  ['joining with no object joins the organization reporting it; an unknown rival after "from" is the origin',
    'Stripe said Omar Haddad would join as chief technology officer from rival Adyen.',
    ['Omar Haddad: Adyen -> Stripe @-']],
  ["one person's move does not lend its destination to the next person's departure",
    'Former Meta AI research director Joan Pellet has joined Cohere as chief AI officer. Yves Laurent is leaving Meta to start his own company.',
    ['Joan Pellet: Meta -> Cohere @-', 'Yves Laurent: Meta -> - @-']],
];

for (const [name, text, expected] of cases) {
  test(name, () => assert.deepEqual(news(run(text)), expected));
}

/** More real-news styles with invented people: wire ledes, em-dash asides, social posts, press releases, obituaries, acquisitions, lists. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newsLines, runEn } from './_test-helpers-en.ts';

// Thursday 5 March 2026.
const run = (text: string, published: string | null = '2026-03-05') => runEn(text, published);
const news = newsLines;

const cases: Array<[string, string, string[], string?]> = [
  ['wire lede: hired with an appositive origin, the attribution day is not the move day',
    'SAN FRANCISCO, March 4 (Reuters) - Anthropic has hired Priyanka Deshmukh, a former Google DeepMind research director, to lead its interpretability team, the company said on Tuesday.',
    ['Priyanka Deshmukh: Google -> Anthropic @-']],
  ['business press: corporate suffixes and a possessive unit after "from"',
    "Microsoft Corp. poached Elias Brandt from Amazon.com Inc.'s cloud unit, according to people familiar with the matter, in the latest sign of an escalating fight for AI talent.",
    ['Elias Brandt: Amazon -> Microsoft @-']],
  ['em-dash aside holding the origin',
    'Marta Kowalczyk — who spent six years building recommendation systems at Netflix — has joined Stripe as head of machine learning, the company confirmed.',
    ['Marta Kowalczyk: Netflix -> Stripe @-']],
  ['press release with a wire dateline, "the appointment of", "effective immediately", a title that is no organization',
    'PALO ALTO, Calif., Jan. 12, 2026 /PRNewswire/ -- Veridian Robotics today announced the appointment of Samuel Okafor as Chief Operating Officer, effective immediately. Okafor joins Veridian from General Motors, where he led autonomous vehicle operations.',
    ['Samuel Okafor: General Motors -> Veridian Robotics @2026-01-12'], '2026-01-12'],
  ['business-wire dateline in parentheses: the wire is not the hiring company',
    'TORONTO--(BUSINESS WIRE)--June 2, 2026--Cohere, the enterprise AI company, today named Dmitri Sokolov, formerly of Nvidia, as Head of Research.',
    ['Dmitri Sokolov: Nvidia -> Cohere @2026-06-02'], '2026-06-02'],
  ['a Korean company in English: "said Tuesday it had appointed … formerly of …"',
    'Samsung Electronics said Tuesday it had appointed Jung Ha-neul, formerly of Qualcomm, as head of its AI center.',
    ['Jung Ha-neul: Qualcomm -> Samsung @2026-03-03']],
  ['an obituary: a founder who died made no move',
    'Harold Finch, who co-founded Northwind Systems in 1998 and later led research at IBM, died on Sunday at 81.',
    []],
  ['a retirement and an acquisition with unnamed engineers are not moves',
    'After 30 years at Intel, Margaret Ochoa will retire at the end of the year. Acme acquired Beta Robotics last week; its 40 engineers will join Acme.',
    []],
  ["an acquisition: the acquired company's chief executive joins the buyer",
    "Veltrix acquired Quorra Labs in June. Quorra's chief executive, Lena Fischer, joins Veltrix as vice president of engineering.",
    ['Lena Fischer: Quorra Labs -> Veltrix @-']],
  ['"among those who left are …" after an unnamed group departure',
    'Several senior researchers have left OpenAI in recent weeks. Among those who left are Nadia Brennan and Tomas Ruiz.',
    ['Nadia Brennan: OpenAI -> - @-', 'Tomas Ruiz: OpenAI -> - @-']],
  ['"moved to a city, where she now teaches at" names the employer',
    'Han Yu-jin left LG AI Research in March and moved to Daejeon, where she now teaches at KAIST.',
    ['Han Yu-jin: LG -> KAIST @2026-03']],
  ['talks to hire are not a move',
    'Apple is in advanced talks to hire Gideon Marsh from Tesla, people familiar with the matter said.',
    []],
  ['a passive naming with the origin after an inserted attribution',
    'Dr. Farah Qureshi has been named chief scientist at Cohere, the company said, after nearly a decade at Microsoft Research.',
    ['Farah Qureshi: Microsoft -> Cohere @-']],
  ['stepping down from a role at an unknown company, then joining another next month',
    'Rafael Costa stepped down as chief technology officer of Revolut on Friday and will join Mistral AI next month.',
    ['Rafael Costa: Revolut -> Mistral AI @2026-04']],
  ['a social post: "I" is the name on the first line; a fronted "after N years at" gives the origin',
    "Dana Whitfield\nAfter four wonderful years at IBM, I'm excited to share that I've joined Cohere as a Staff Research Scientist!",
    ['Dana Whitfield: IBM -> Cohere @-']],
  ['a hiring list whose items carry their own descriptors and appositives',
    "In the past month, Kestrel Dynamics has hired Google DeepMind's Ivo Marinov, former Nvidia simulation engineer Sara Lindgren, and Teo Baptiste, who most recently ran controls research at Figure AI.",
    ['Ivo Marinov: Google -> Kestrel Dynamics @-', 'Sara Lindgren: Nvidia -> Kestrel Dynamics @-', 'Teo Baptiste: Figure AI -> Kestrel Dynamics @-']],
  ['an unnamed count with the names after a colon',
    'Meta also poached two researchers from Google DeepMind earlier this month, the memo said: Ana Ferraz, who worked on long-context retrieval, and Jin Ho-seok, a speech specialist.',
    ['Ana Ferraz: Google -> Meta @2026-03', 'Jin Ho-seok: Google -> Meta @2026-03']],
  ['a founding told in the passive, by the founder who left to start it',
    'Larkspur Robotics, based in Denver, was founded in January by Mateus Rocha, who left Boston Dynamics at the time to start it.',
    ['Mateus Rocha: Boston Dynamics -> Larkspur Robotics @2026-01']],
  ['a startup named in the next sentence; a co-founder "with" a partner and an em-dash apposition',
    'Wen Jiahao left DeepSeek this month to co-found an AI compiler startup in Hangzhou. The startup, called Tidal Loop, has not announced funding.\n\nIrene Vasquez quit Anthropic to launch her own company — a stealth startup called Brightwell — with Omar Saleh, a longtime Stripe engineer.',
    ['Irene Vasquez: Anthropic -> Brightwell @-', 'Omar Saleh: Stripe -> Brightwell @-', 'Wen Jiahao: DeepSeek -> Tidal Loop @2026-03']],
  ['a transfer within one company is no move; a pronoun skips the name after "unlike"',
    "Lee Dong-min recently moved from Samsung's foundry division to its memory business. Then there is Yara Haddad, who exited xAI last week and — unlike Lee — has already landed: she joined Anthropic on Monday.",
    ['Yara Haddad: xAI -> Anthropic @2026-03-02']],
  ['a hard-wrapped newsletter item is one paragraph',
    '- **Boomerang.** Ravi Menon is back at Google DeepMind as of Monday, after two years at\n  Microsoft, where he built evaluation tooling. He left DeepMind for\n  Microsoft in 2024.',
    ['Ravi Menon: Microsoft -> Google @2026-03-02']],
  ['an unknown organization named in full once, then by its first word',
    'Orrery Intelligence has hired a third member of Mistral AI\'s pretraining team. Chen Yiming left Mistral on Monday and started at Orrery the same day.',
    ['Chen Yiming: Mistral AI -> Orrery Intelligence @2026-03-02']],
  ['a two-word startup with no organization suffix, used only where an employer fits',
    'Bae Min-ho, a research lead at Quiet Harbor, joined Alibaba on Monday. Nam Ji-su left Quiet Harbor in January to join Naver.',
    ['Bae Min-ho: Quiet Harbor -> Alibaba @2026-03-02', 'Nam Ji-su: Quiet Harbor -> Naver @2026-01']],
  ['the family name He is not the pronoun when a given name follows',
    'He Mingjie, a principal scientist at ByteDance, joined Google in February. He said the move was overdue.',
    ['He Mingjie: ByteDance -> Google @2026-02']],
  ['a one-word brand with inner capitals is an employer; a two-word name that hires is an organization',
    'Kai Brenner left NeuroFlux on Friday to join Alibaba. Silver Birch hired Ola Nordmann from NeuroFlux in January.',
    ['Kai Brenner: NeuroFlux -> Alibaba @2026-02-27', 'Ola Nordmann: NeuroFlux -> Silver Birch @2026-01']],
];

for (const [name, text, expected, published] of cases) {
  test(name, () => assert.deepEqual(news(run(text, published)), expected));
}

test('evidence spans of the new styles are exact slices of the text', () => {
  for (const [, text] of cases) {
    for (const m of run(text)) for (const e of m.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  }
});

/** Round-4 styles with invented people: roster sentences after a counted hiring, "whom X brought on", first-person essays under a byline, founders' partners, board seats. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newsLines, runEn } from './_test-helpers-en.ts';

// Thursday 5 March 2026.
const run = (text: string, published: string | null = '2026-03-05') => runEn(text, published);
const news = newsLines;

const cases: Array<[string, string, string[], string?]> = [
  ['a roster split by semicolons after "has hired four engineers": each item gives its own origin',
    'Amazon has hired four senior engineers from rival labs for its Berlin office. The new hires, who started last week, are former Meta engineer Lukas Hoffmann; Sara Lindgren, who previously ran inference at Cohere; Nvidia\'s Tomasz Zielinski; and Ines Duarte, most recently a staff researcher at Mistral AI.',
    ['Ines Duarte: Mistral AI -> Amazon @2026-02', 'Lukas Hoffmann: Meta -> Amazon @2026-02', 'Sara Lindgren: Cohere -> Amazon @2026-02', 'Tomasz Zielinski: Nvidia -> Amazon @2026-02']],
  ['a roster with commas and "include"',
    'Apple poached three researchers from Google this month. The recruits include Omar Haddad, Priya Natarajan and Felix Wagner.',
    ['Felix Wagner: Google -> Apple @2026-03', 'Omar Haddad: Google -> Apple @2026-03', 'Priya Natarajan: Google -> Apple @2026-03']],
  ['no roster without a counted hiring before it',
    'The panelists are Omar Haddad of Google, Priya Natarajan of Apple and Felix Wagner of Meta.',
    []],
  ['"whom X brought on from Y" names the hired person before "whom", with the relative clause\'s own date',
    'The lab will be run by Daniela Costa, whom Nvidia brought on from Intel in January to lead its Lisbon office.',
    ['Daniela Costa: Intel -> Nvidia @2026-01']],
  ['a first-person essay under a byline: "I" is the writer; "to start Acme" names an unknown company',
    'Why I quit Google to build Brightwater Tools\nby Marcus Feld · 5 min read\n\nLast month I left Google to start Brightwater Tools, a company that makes test harnesses.',
    ['Marcus Feld: Google -> Brightwater Tools @2026-02']],
  ['a reporter\'s byline on a third-person story names no mover',
    'Startup raids Google\nBy Hannah Cole\n\nOpenAI hired Dmitri Volkov from Google on Monday. I asked the company for comment.',
    ['Dmitri Volkov: Google -> OpenAI @2026-03-02']],
  ['"her co-founder is X" right after a founding joins the company; "a startup called X" is no person',
    'Amara Nwosu left Microsoft in January to launch a startup called Tidal Ledger. Her co-founder is Jonas Berg, a former Stripe engineer.',
    ['Amara Nwosu: Microsoft -> Tidal Ledger @2026-01', 'Jonas Berg: Stripe -> Tidal Ledger @-']],
  ['a board seat is not a job; a capitalised "Company" in a headline is no organization',
    'Company also names Intel veteran Rafael Moreno CTO and adds Oxford\'s Helen Park to its board\n\nVantage Labs said Rafael Moreno, formerly of Intel, has joined as chief technology officer. Moreno, who came aboard in February, spent a decade at Intel.',
    ['Rafael Moreno: Intel -> Vantage Labs @2026-02']],
  ['a list item under an arrow heading: the name after the arrow is the destination, not a person',
    'NEW COMPANIES\n\n→ OpenAI ➜ Quarry Works (new)\n• Leah Moss left OpenAI this month to start a stealth startup called Quarry Works.',
    ['Leah Moss: OpenAI -> Quarry Works @2026-03']],
  ['"After a decade with X, she …" gives the origin of the person just named',
    'Maya Roth joined Figma this week as design systems lead. After a decade with Microsoft, she wanted a smaller team.',
    ['Maya Roth: Microsoft -> Figma @2026-03']],
  ['a social post: "After four years at X — …— I decided" gives the author\'s origin',
    'Tariq Aziz\nEngineer at Spotify\n\nI\'ve joined Spotify as a staff engineer! After four wonderful years at Intel — where I built compilers — I decided it was time for something new.',
    ['Tariq Aziz: Intel -> Spotify @-']],
  ['"X, a colleague on the same team who moved to Y": the origin of the mover told just before',
    'Cohere has hired Ngozi Eze from Google, where she worked on retrieval. Her move follows that of Bruno Matos, a colleague on the same team who moved to Cohere in January.',
    ['Bruno Matos: Google -> Cohere @2026-01', 'Ngozi Eze: Google -> Cohere @-']],
];

for (const [name, text, expected, published] of cases) {
  test(name, () => assert.deepEqual(news(run(text, published)), expected));
}

test('evidence spans of the roster styles are exact slices of the text', () => {
  for (const [, text] of cases) {
    for (const m of run(text)) for (const e of m.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  }
});

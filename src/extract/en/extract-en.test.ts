/** Tests of the English rule pack on sentences written for these tests: other people, other organizations, other phrasings than the dev corpus. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, MoveClaim } from '../../core/types.ts';
import { defaultGazetteer } from '../../orgs/index.ts';
import { extractMovesEn } from './extract-en.ts';

function article(text: string, published: string | null = '2025-06-12'): Article {
  return {
    source: 'test', url: null, title: null, text, lang: 'en', published, publishedFrom: 'test',
    contentHash: '', mediaType: 'text/plain', charset: 'utf-8', bytes: text.length,
  };
}
const run = (text: string, published?: string | null) => extractMovesEn({ article: article(text, published), gazetteer: defaultGazetteer() });
const brief = (m: MoveClaim) => `${m.person}: ${m.from?.org ?? '-'} -> ${m.to?.org ?? '-'} @${m.date ?? '-'}${m.history ? ' (history)' : ''}`;
const news = (moves: MoveClaim[]) => moves.filter((m) => !m.history).map(brief).sort();

test('a wire story: hired from a rival, origin in the appositive, the reporting date is not the move date', () => {
  const moves = run('Nvidia has poached Priya Raghunathan, a distinguished engineer at Intel, to lead its new CPU architecture group, the company said on Wednesday.\n\n"We are thrilled," said Mark Olsen, an analyst at Bernstein.');
  assert.deepEqual(news(moves), ['Priya Raghunathan: Intel -> Nvidia @-']);
});

test('founding a startup after leaving: an unknown organization is kept, unverified, with a clean name', () => {
  const moves = run('After seven years at Apple, Marcus Oyelaran quit in March to start Tidewater Robotics, a startup building warehouse robots.');
  assert.deepEqual(news(moves), ['Marcus Oyelaran: Apple -> Tidewater Robotics @2025-03']);
  assert.equal(moves[0].to?.verified, false);
  assert.equal(moves[0].to?.org, 'Tidewater Robotics');
});

test('a press release: "joined the company" resolves to the announcer, "joins from" gives the origin, the title is stripped', () => {
  const moves = run('TORONTO, June 10, 2025 -- Cohere today announced that Dr. Ingrid Solberg has joined the company as Chief Scientist. Dr. Solberg joins from Google DeepMind, where she led work on retrieval.');
  assert.deepEqual(news(moves), ['Ingrid Solberg: Google -> Cohere @2025-06-12']);
  assert.equal(moves[0].role, 'Chief Scientist');
});

test('talks, plans, declined offers and "no plans to leave" are not moves', () => {
  const moves = run([
    'Microsoft is in talks to hire Daniel Reyes-Kim, people familiar with the matter said.',
    "Anthropic's Tomás Ibarra has no plans to leave the company, a spokesperson said.",
    'Google tried to recruit Helena Vogt this spring, but she turned the offer down and remains at Meta.',
    'Wen Jiahao may join xAI later this year.',
  ].join(' '));
  assert.deepEqual(moves.map(brief), []);
});

test('passive hiring with an explicit origin, and a boomerang with "after two years at"', () => {
  const moves = run('Amelia Hart was hired by Amazon from Salesforce in April. Separately, Kenji Morita has rejoined Sony after two years at Preferred Networks.');
  assert.deepEqual(news(moves), ['Amelia Hart: Salesforce -> Amazon @2025-04', 'Kenji Morita: Preferred Networks -> Sony @-']);
});

test('a surname resolves to the full name and the two statements merge into one move', () => {
  const moves = run('Sanjay Mehra has left Microsoft after a decade. Mehra will join OpenAI in January, a person familiar with the plan said.', '2025-11-20');
  assert.deepEqual(news(moves), ['Sanjay Mehra: Microsoft -> OpenAI @2026-01']);
  assert.equal(moves[0].evidence.length, 2);
});

test('stepping down from a named role gives the origin; the coordinated clause gives the destination; weekdays resolve backwards', () => {
  const moves = run('Rebecca Alvarado stepped down as chief technology officer of Stripe on Friday and will join OpenAI as head of payments.', '2025-06-10');
  assert.deepEqual(news(moves), ['Rebecca Alvarado: Stripe -> OpenAI @2025-06-06']);
});

test('unnamed counts, bylines and quoted people are never movers', () => {
  const moves = run('By Laura Chen\n\nMeta hired four researchers from OpenAI last week, and about a dozen engineers left Google for startups.\n\n"People leave when they stop learning," said Tobias Brandt, a partner at Redwood Search.');
  assert.deepEqual(moves.map(brief), []);
});

test('a "former X engineer" modifier gives the origin; a relative clause names the mover', () => {
  const moves = run('Former Tesla engineer Wen Jiahao joined xAI on Monday. The lab replaces Clara Osei, who left xAI in May to join Mistral AI.', '2025-06-12');
  assert.deepEqual(news(moves), ['Clara Osei: xAI -> Mistral AI @2025-05', 'Wen Jiahao: Tesla -> xAI @2025-06-09']);
});

test('career history is marked, the news is not', () => {
  const moves = run('Lina Haddad, who joined Google in 2016 from IBM Research, left Google last month to join Databricks as a principal scientist.', '2025-06-12');
  const main = moves.find((m) => !m.history)!;
  assert.equal(brief(main), 'Lina Haddad: Google -> Databricks @2025-05');
  const hist = moves.filter((m) => m.history).map(brief);
  assert.deepEqual(hist, ['Lina Haddad: IBM -> Google @2016 (history)']);
});

test('every evidence span is an exact slice of the text', () => {
  const text = 'SEOUL — Naver has hired Kim Do-hyun, a researcher at Kakao, the company said. Kim will start on July 1.';
  const moves = run(text);
  assert.ok(moves.length > 0);
  for (const m of moves) for (const e of m.evidence) assert.equal(e.text, text.slice(e.start, e.end));
  assert.deepEqual(news(moves), ['Kim Do-hyun: Kakao -> Naver @2025-07-01']);
});

test('compensation in dollars and in won', () => {
  const a = run('Meta hired Ola Nordmann from OpenAI on Monday. Nordmann received a package worth more than $150 million over four years.', '2025-06-12');
  assert.equal(a[0].compensation?.usd, 150_000_000);
  assert.match(a[0].compensation?.text ?? '', /more than \$150 million over four years/);
  const b = run('Samsung hired Park Min-jun from LG in May with a salary of 2 billion won a year.', '2025-06-12');
  assert.equal(b[0].compensation?.amount, 2_000_000_000);
  assert.equal(b[0].compensation?.currency, 'KRW');
  assert.equal(b[0].compensation?.usd, null);
});

test('an undated article keeps absolute dates and drops relative ones', () => {
  const moves = run('Hugo Brandt left Perplexity last month to join Anthropic. Brandt had joined Perplexity in March 2023 from Google.', null);
  assert.deepEqual(news(moves), ['Hugo Brandt: Perplexity -> Anthropic @-']);
});

/** Tests of start dates said in the present or future, moves whose sides come from the article's framing, and dates given by reference ("the same month", "her last day"). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, MoveClaim } from '../../core/types.ts';
import { defaultGazetteer } from '../../orgs/index.ts';
import { extractMovesEn } from './extract-en.ts';

const gazetteer = defaultGazetteer();
function run(text: string, published: string | null): MoveClaim[] {
  const article: Article = {
    source: 'test', url: null, title: null, text, lang: 'en', published, publishedFrom: 'test',
    contentHash: '', mediaType: 'text/plain', charset: 'utf-8', bytes: text.length,
  };
  const moves = extractMovesEn({ article, gazetteer });
  for (const m of moves) for (const e of m.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  return moves;
}
const brief = (m: MoveClaim) => `${m.person}: ${m.from?.org ?? '-'} -> ${m.to?.org ?? '-'} @${m.date ?? '-'}`;
const news = (moves: MoveClaim[]) => moves.filter((m) => !m.history).map(brief).sort();

test('a headline\'s present tense is not a plan: "Velu joins Snowflake" with a date stays in the past', () => {
  const moves = run('Velu joins Snowflake from Databricks on Monday\n\nPriyanka Velu, a principal engineer at Databricks, has joined Snowflake.', '2026-03-10');
  assert.deepEqual(news(moves), ['Priyanka Velu: Databricks -> Snowflake @2026-03-09']);
});

test('a start date said in the present resolves forward, across the year end', () => {
  const moves = run('Priyanka Velu, a principal engineer at Databricks, is leaving the company. She starts at Snowflake on January 5 as head of query optimization.', '2025-12-20');
  assert.deepEqual(news(moves), ['Priyanka Velu: Databricks -> Snowflake @2026-01-05']);
});

test('a past joining date stays in the past; "will join next month" is the month after publication', () => {
  assert.deepEqual(news(run('Tobias Brandt joined Cohere on March 2 after four years at Salesforce.', '2026-03-10')), ['Tobias Brandt: Salesforce -> Cohere @2026-03-02']);
  assert.deepEqual(news(run('Tobias Brandt, who ran applied research at Salesforce, will join Cohere next month.', '2026-03-10')), ['Tobias Brandt: Salesforce -> Cohere @2026-04']);
  assert.deepEqual(news(run('Tobias Brandt left Salesforce on December 28.', '2026-01-05')), ['Tobias Brandt: Salesforce -> - @2025-12-28']);
});

test('"begins his new role at", "is joining … on Monday" and "effective" dates', () => {
  assert.deepEqual(news(run('Tobias Brandt has resigned from Salesforce and begins his new role at Cohere in April.', '2026-03-10')), ['Tobias Brandt: Salesforce -> Cohere @2026-04']);
  // Published on a Tuesday: the coming Monday, not the day before.
  assert.deepEqual(news(run('Salesforce veteran Tobias Brandt is joining Cohere on Monday, the company said.', '2026-03-10')), ['Tobias Brandt: Salesforce -> Cohere @2026-03-16']);
  // A past verb with an effective date: the nearer January 31, not next year's.
  assert.deepEqual(news(run('Tobias Brandt left Salesforce, effective January 31, and has not said where he will go.', '2026-02-05')), ['Tobias Brandt: Salesforce -> - @2026-01-31']);
});

const LAKESTREAM = [
  'Databricks loses two engineers to Lakestream',
  '',
  'SAN FRANCISCO (Reuters) - Two infrastructure engineers have left Databricks for Lakestream Labs, a year-old startup.',
  '',
  "Mateo Quispe, who built the company's streaming engine, moved last week. Ngozi Eze was the first to go, in April. Ilse Janssens is the latest to leave.",
  '',
  '"We wish them well," said Arvid Holm, a Databricks spokesman.',
].join('\n');

test('intransitive goings in an article framed as one flow take both its ends, with lower confidence', () => {
  const moves = run(LAKESTREAM, '2026-06-02');
  assert.deepEqual(news(moves), [
    'Ilse Janssens: Databricks -> Lakestream Labs @-',
    'Mateo Quispe: Databricks -> Lakestream Labs @2026-05',
    'Ngozi Eze: Databricks -> Lakestream Labs @2026-04',
  ]);
  for (const m of moves) assert.ok(m.confidence <= 0.7);
  assert.equal(moves.find((m) => m.person === 'Ilse Janssens')?.to?.verified, false);
});

test('a lede about an unnamed hire gives the flow: "Cohere has hired a third engineer from Google DeepMind"', () => {
  const moves = run("Cohere has hired a third engineer from Google DeepMind's Gemini team in as many months, people familiar with the matter said.\n\nMateo Quispe, who worked on long-context evaluation at DeepMind, moved last week.", '2026-06-02');
  assert.deepEqual(news(moves), ['Mateo Quispe: Google -> Cohere @2026-05']);
});

test('no framing, a framing about another organization, two flows in the lede, or a move to a new team: no borrowed sides', () => {
  assert.deepEqual(news(run('Mateo Quispe moved last week. Ngozi Eze was the first to go, in April.', '2026-06-02')), []);
  assert.deepEqual(news(run('Databricks loses two engineers to Lakestream\n\nSeparately, at Snowflake, Mateo Quispe has also departed. Ngozi Eze moved to a new team in May.', '2026-06-02')), ['Mateo Quispe: Snowflake -> - @-']);
  assert.deepEqual(news(run('Two engineers left Databricks for Lakestream Labs and three left Snowflake for Cohere this spring.\n\nMateo Quispe moved last week.', '2026-06-02')), []);
  assert.deepEqual(news(run('Databricks loses two engineers to Lakestream\n\nMateo Quispe moved quickly to hire replacements. Ngozi Eze moved into a management role.', '2026-06-02')), []);
});

test('"in the same month" takes the month of the move told before it', () => {
  const moves = run('Ngozi Eze left Snowflake for Cohere in April. In the same month, Mateo Quispe joined Databricks from Google.', '2026-06-02');
  assert.deepEqual(news(moves), ['Mateo Quispe: Google -> Databricks @2026-04', 'Ngozi Eze: Snowflake -> Cohere @2026-04']);
});

test('"her last day … was in mid-May", "Last Friday was my first day", "X\'s departure was effective on" date the move; "her last day is Friday" looks forward', () => {
  const past = run('Ngozi Eze has left Snowflake. Her last day at the company was in mid-May, two colleagues said.', '2026-06-02');
  assert.deepEqual(news(past), ['Ngozi Eze: Snowflake -> - @2026-05']);
  assert.equal(past[0].evidence.length, 2);
  assert.deepEqual(news(run('Ngozi Eze is leaving Snowflake for Cohere. Her last day is Friday.', '2026-06-02')), ['Ngozi Eze: Snowflake -> Cohere @2026-06-05']);
  // A post by the person: "my first day" is the author's.
  const post = run("Dmitri Volkov\nStaff Engineer at Anthropic\n\nSome personal news: after six years at Stripe, I've joined Anthropic!\n\nLast Friday was my first day.", '2026-05-18');
  assert.deepEqual(news(post), ['Dmitri Volkov: Stripe -> Anthropic @2026-05-15']);
  // A wire story's nominal departure with an effective date.
  const exit = run('Ana Lucía Ferreyra stepped down as Stripe\'s head of fraud modelling to found Quetzal Labs. Ferreyra\'s departure was effective on October 2, she said.', '2026-10-07');
  assert.deepEqual(news(exit), ['Ana Lucía Ferreyra: Stripe -> Quetzal Labs @2026-10-02']);
  // "the last day of the conference" has no owner: no date.
  assert.deepEqual(news(run('Ngozi Eze has left Snowflake. She spoke on the last day of the conference in March.', '2026-06-02')), ['Ngozi Eze: Snowflake -> - @-']);
});

test('"later that month" and "the same day" refer back to the previous move', () => {
  const moves = run('Ngozi Eze left Snowflake for Cohere on April 7. Ilse Janssens quit Google the same day. Later that month, Mateo Quispe joined Databricks from Google.', '2026-06-02');
  assert.deepEqual(news(moves), ['Ilse Janssens: Google -> - @2026-04-07', 'Mateo Quispe: Google -> Databricks @2026-04', 'Ngozi Eze: Snowflake -> Cohere @2026-04-07']);
});

test('"started his career in 2016" does not date the news', () => {
  const moves = run('Anthropic has hired Eli Marom, the Nvidia engineer who led its inference compiler work.\n\nMarom started his career in 2016 at Mellanox.', null);
  assert.deepEqual(news(moves), ['Eli Marom: Nvidia -> Anthropic @-']);
});

test('a loss framing does not turn a spokesman, a house move or lost market share into moves', () => {
  const moves = run('OpenAI loses researchers to Meta\n\nJohn Smith, an OpenAI spokesman, said the company moved quickly. Jane Park moved to Seoul last year with her family. Intel loses market share to AMD.', '2025-07-10');
  assert.deepEqual(news(moves), []);
  const other = run('Intel loses market share to AMD\n\nLisa Novak, an Intel engineer, moved last week.', '2025-07-10');
  assert.deepEqual(news(other), []);
});

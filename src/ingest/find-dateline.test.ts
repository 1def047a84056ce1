import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findDateline } from './find-dateline.ts';

const evalDir = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
const haveEval = existsSync(evalDir + 'dev/gold.jsonl');

test('dev corpus: the dateline finder gives every text its gold publication day', { skip: haveEval ? false : `no eval corpus at ${evalDir}` }, () => {
  const lines = readFileSync(evalDir + 'dev/gold.jsonl', 'utf8').split('\n').filter(Boolean);
  assert.ok(lines.length >= 39);
  const wrong: string[] = [];
  for (const line of lines) {
    const gold = JSON.parse(line) as { id: string; published: string | null };
    const text = readFileSync(`${evalDir}dev/texts/${gold.id}.txt`, 'utf8');
    const got = findDateline(text);
    if (got !== gold.published) wrong.push(`${gold.id}: got ${got}, want ${gold.published}`);
  }
  assert.deepEqual(wrong, []);
});

test('Korean header styles', () => {
  assert.equal(findDateline('제목\n\n입력 2025.08.14 09:12\n\n본문'), '2025-08-14');
  assert.equal(findDateline('제목\n2025-07-02 10:30\n본문입니다.'), '2025-07-02');
  assert.equal(findDateline('제목\n\n2025년 7월 29일\n\n본문'), '2025-07-29');
  assert.equal(findDateline('제목\n기사입력 2025.07.29. 오전 9:00\n본문'), '2025-07-29');
  assert.equal(findDateline('제목\n(서울=연합뉴스) 홍길동 기자 = 2025.07.29\n카카오가 영입했다.'), '2025-07-29');
  assert.equal(findDateline('제목\n기사입력 2025. 7. 29. 오전 9:00\n본문'), '2025-07-29');
});

test('English header styles', () => {
  assert.equal(findDateline('Title\n\nSAN FRANCISCO, Aug. 4, 2025 (Reuters) - Meta hired a researcher.'), '2025-08-04');
  assert.equal(findDateline('Title\nPublished July 8, 2025\nBody.'), '2025-07-08');
  assert.equal(findDateline('Title\n\nAugust 4, 2025 — Meta hired a researcher on Monday, the company said.'), '2025-08-04');
  assert.equal(findDateline('Title\nPosted on 2025-07-08 by admin\nBody.'), '2025-07-08');
  assert.equal(findDateline('Title\nBy Jane Roe | 4 August 2025\nBody.'), '2025-08-04');
});

test('press-release datelines: date in parentheses, agency between slashes', () => {
  assert.equal(findDateline('Title\n\nBy A. Writer\n\nPALO ALTO, Calif. (Oct. 27, 2026) — Two engineers left Tesla last month, Nowicki said in an interview.'), '2026-10-27');
  assert.equal(findDateline('Title\n\nAUSTIN, Texas (March 3, 2026) -- Acme Corp. named a new chief scientist today, it said.'), '2026-03-03');
  assert.equal(findDateline('Title\n\nSEOUL, South Korea, Oct. 27, 2026 /PRNewswire/ -- Acme hired a researcher from Naver, the company said today.'), '2026-10-27');
  assert.equal(findDateline('Title\n\nTOKYO, Nov. 2, 2026 /PRNewswire-Asia/ — Acme opened a lab in Tokyo and hired two researchers to run it.'), '2026-11-02');
  // A parenthesised date inside a sentence, with no dash after it, is not a dateline.
  assert.equal(findDateline('Title\n\nThe company said its founder (who left on Oct. 27, 2026) will advise the board, which meets monthly.'), null);
  assert.equal(findDateline('Title\n\nShe left Acme (Oct. 27, 2026) and joined Beta a week later, according to two people.'), null);
});

test('day-month-year stamps; a publication stamp wins over an update stamp', () => {
  assert.equal(findDateline('Title\nUpdated/Published: 27 October 2026\nBody of the story goes on for a while here.'), '2026-10-27');
  assert.equal(findDateline('Title\nPublished: 27 Oct. 2026 09:00 KST\nBody of the story goes on for a while here.'), '2026-10-27');
  assert.equal(findDateline('Title\nBy Jane Roe. Updated: 28 Oct 2026, Published: 26 October 2026\nBody.'), '2026-10-26');
  assert.equal(findDateline('Title\nUpdated 28 October 2026\nBy Jane Roe\nPublished 26 October 2026\nBody.'), '2026-10-26');
  assert.equal(findDateline('Title\nLast updated: 28 October 2026\nBody of the story goes on for a while here.'), '2026-10-28');
  assert.equal(findDateline('제목\n수정 2025.08.15 10:00 입력 2025.08.14 09:12\n본문'), '2025-08-14');
  assert.equal(findDateline('제목\n수정 2025.08.15 10:00\n본문입니다.'), '2025-08-15');
});

test('dates inside body sentences are not datelines', () => {
  assert.equal(findDateline('Title\n\nKim joined Samsung on March 3, 2019 and left for Google in 2021 after a long stint there.\n\nMore text.'), null);
  assert.equal(findDateline('제목\n\n그는 2019년 3월 5일 구글에 입사했다.\n\n본문'), null);
  assert.equal(findDateline('Title\nShe joined on May 4, 2019.\nBody.'), null);
});

test('the footer is searched, the middle of the body never', () => {
  const body = 'x'.repeat(2000);
  assert.equal(findDateline(`제목\n${body}\n2025/07/29 09:00 송고`), '2025-07-29');
  assert.equal(findDateline(`Title\n${'y'.repeat(700)}\n2025-07-29\n${'z'.repeat(700)}`), null);
});

test('a megabyte without line or sentence breaks is scanned in linear time', () => {
  const big = 'Word '.repeat(200_000) + 'January 5, 2025';
  const t0 = performance.now();
  assert.equal(findDateline(big), null);
  const caps = 'Aaaaa Bbbbb '.repeat(100_000);
  assert.equal(findDateline(caps), null);
  assert.ok(performance.now() - t0 < 500);
});

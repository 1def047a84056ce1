/** Korean compensation phrases ("2억 달러가 넘는 보상", "연봉 10억 원 이상", "수천만 달러 규모의 보상") with their amounts. */
import type { Compensation } from '../../core/types.ts';
import { KO_CURRENCIES, KO_NUMBER_UNITS } from './ko-lexicon.ts';

// An amount: digits with optional unit groups ("1,380억", "2억 5000만", "1000만") or a vague "수천만"/"수십억".
// Each part is bounded; the pieces never overlap, so there is no backtracking blow-up.
const AMOUNT = '(?:\\d[\\d,]{0,12}(?:\\.\\d{1,3})?\\s?(?:조|억|만|천)?(?:\\s?\\d[\\d,]{0,6}\\s?(?:억|만|천))?(?:\\s?만)?|수\\s?(?:십|백|천)?\\s?(?:조|억|만)(?:\\s?만)?|수\\s?(?:십|백|천))';
const MONEY_RE = new RegExp(
  '(?:(연봉|연간|연|최대|약|총|\\d{1,2}년간|\\d{1,2}년에 걸쳐|\\d{1,2}년 동안)\\s{1,2})?(?:(최대|약|총)\\s{1,2})?'
  + `(${AMOUNT})\\s?(달러|유로|위안|파운드|엔|원)`
  + '(\\s?(?:대의|대|(?:가|이) 넘는|을 넘는|를 넘는|이상의|이상|규모의|규모|수준의|수준|상당의|상당|에 이르는|에 달하는|에 육박하는|가량의|가량))?'
  + '(\\s?\\([^)]{1,30}\\))?'
  // "6,000만 달러(약 830억 원) 규모의 보상": the size word may follow the bracketed conversion.
  + '(\\s?(?:규모의|규모|수준의|수준|상당의|이상의|이상))?'
  + '(?:(의|과|와)?\\s?((?:별도의 |사이닝 |계약 |성과 |주식 |파격적인 |특별한 )?(?:보상 패키지|주식 보상|성과 보상|보상|연봉|보너스|사이닝 보너스|패키지|주식|지분|계약금|스톡옵션|처우|조건)(?:(?:과|와) (?:별도의 |성과 |주식 )?(?:보상|주식|보너스|지분))?))?',
  'g',
);

/** Words that show a money phrase is about pay rather than funding or revenue. */
const PAY_WORDS = /보상|연봉|패키지|보너스|주식|지분|처우|몸값|계약금|스톡옵션|사이닝|받는|받았|약속|제시/;

/** Parses a Korean amount ("2억" → 2e8, "1,380억" → 1.38e11, "2억 5000만" → 2.5e8); null for vague ones ("수천만"). */
export function parseKoAmount(s: string): number | null {
  const t = s.replace(/[\s,]/g, '');
  if (t.startsWith('수')) return null;
  let total = 0;
  let num = '';
  for (const ch of t) {
    if ((ch >= '0' && ch <= '9') || ch === '.') { num += ch; continue; }
    const unit = KO_NUMBER_UNITS[ch];
    if (unit === undefined) return null;
    if (num === '') {
      // "1000만" already folded the digits: a unit after a unit multiplies the running total ("억 만" is not Korean, "천만" is).
      total = (total || 1) * unit;
    } else {
      total += Number(num) * unit;
      num = '';
    }
  }
  if (num !== '') total += Number(num);
  return Number.isFinite(total) && total > 0 ? total : null;
}

/**
 * Finds pay phrases in `text[start, end)`. A phrase counts when it or its sentence speaks of pay
 * (보상, 연봉, 보너스, 주식 …), so a funding round ("120억 원 규모의 시드 투자") does not.
 */
export function findCompensationsKo(text: string, start: number, end: number): Array<Compensation & { start: number; end: number }> {
  const slice = text.slice(start, end);
  if (!PAY_WORDS.test(slice)) return [];
  const out: Array<Compensation & { start: number; end: number }> = [];
  MONEY_RE.lastIndex = 0;
  for (let m = MONEY_RE.exec(slice); m; m = MONEY_RE.exec(slice)) {
    if (m.index === MONEY_RE.lastIndex) MONEY_RE.lastIndex++;
    const before = slice[m.index - 1];
    if (before && /[\d가-힣]/.test(before) && !m[1]) continue;
    const currency = KO_CURRENCIES[m[4]];
    if (m[4] === '원' && /[가-힣]/.test(slice[m.index + m[0].indexOf('원') + 1] ?? '') && !m[5] && !m[9]) {
      // "원" glued to a following syllable is a word ("원칙"), not the currency.
      continue;
    }
    let phrase = m[0];
    // Drop the bracketed conversion from the phrase only when nothing follows it.
    if (m[6] && !m[7] && !m[9]) phrase = phrase.slice(0, phrase.length - m[6].length);
    phrase = phrase.trimEnd();
    const amount = parseKoAmount(m[3]);
    const s = start + m.index;
    out.push({ text: phrase, usd: currency === 'USD' ? amount : null, amount, currency, start: s, end: s + phrase.length });
  }
  return out;
}

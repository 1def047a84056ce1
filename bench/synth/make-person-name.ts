/** Person names assembled from syllable tables, in Latin and Hangul at once (never a list of real people). */
import type { Rng } from './create-rng.ts';

export type NameOrigin = 'korean' | 'chinese' | 'indian' | 'western';

export interface PersonName {
  origin: NameOrigin;
  /** Full name as English text writes it ("Min-jun Kim", "Zhang Hao", "Marten Halwick"). */
  en: string;
  /** Full name as Korean text writes it ("김민준", "장 하오", "마르텐 할윅"). */
  ko: string;
  /** The short form a text uses after the first mention. */
  shortEn: string;
  shortKo: string;
  /** Korean articles write foreign names with the Latin form in brackets at first mention. */
  koWithLatin: boolean;
}

type Part = readonly [en: string, ko: string];

const KO_FAMILY: readonly Part[] = [
  ['Kim', '김'], ['Lee', '이'], ['Park', '박'], ['Choi', '최'], ['Jung', '정'], ['Kang', '강'], ['Cho', '조'], ['Yoon', '윤'],
  ['Jang', '장'], ['Lim', '임'], ['Han', '한'], ['Oh', '오'], ['Seo', '서'], ['Shin', '신'], ['Kwon', '권'], ['Hwang', '황'],
  ['Ahn', '안'], ['Song', '송'], ['Ryu', '류'], ['Hong', '홍'], ['Moon', '문'], ['Bae', '배'], ['Baek', '백'], ['Nam', '남'],
];
const KO_GIVEN: readonly Part[] = [
  ['min', '민'], ['seo', '서'], ['ji', '지'], ['hyun', '현'], ['jun', '준'], ['woo', '우'], ['ye', '예'], ['ha', '하'],
  ['eun', '은'], ['do', '도'], ['yoon', '윤'], ['su', '수'], ['young', '영'], ['tae', '태'], ['jin', '진'], ['hee', '희'],
  ['sung', '성'], ['jae', '재'], ['yu', '유'], ['na', '나'], ['gyu', '규'], ['rin', '린'], ['ho', '호'], ['bin', '빈'],
];
const ZH_FAMILY: readonly Part[] = [
  ['Wang', '왕'], ['Li', '리'], ['Zhang', '장'], ['Liu', '류'], ['Chen', '천'], ['Yang', '양'], ['Zhao', '자오'], ['Huang', '황'],
  ['Zhou', '저우'], ['Wu', '우'], ['Xu', '쉬'], ['Sun', '쑨'], ['Guo', '궈'], ['Lin', '린'], ['He', '허'], ['Gao', '가오'],
];
const ZH_GIVEN: readonly Part[] = [
  ['Wei', '웨이'], ['Hao', '하오'], ['Ming', '밍'], ['Jie', '제'], ['Lan', '란'], ['Xin', '신'], ['Yu', '위'], ['Tian', '톈'],
  ['Jun', '쥔'], ['Fang', '팡'], ['Yi', '이'], ['Ting', '팅'], ['Chen', '천'], ['Rui', '루이'], ['Qing', '칭'], ['Bo', '보'],
];
const IN_FIRST_A: readonly Part[] = [['Ar', '아르'], ['Ka', '카'], ['Ni', '니'], ['Ra', '라'], ['Vi', '비'], ['Pra', '프라'], ['A', '아'], ['Su', '수'], ['De', '데'], ['Ma', '마']];
const IN_FIRST_B: readonly Part[] = [['jun', '준'], ['vya', '비아'], ['sha', '샤'], ['hul', '훌'], ['kram', '크람'], ['tik', '티크'], ['nand', '난드'], ['mit', '미트'], ['dhi', '디'], ['nav', '나브']];
const IN_LAST_A: readonly Part[] = [['Bhat', '바트'], ['Kri', '크리'], ['Meh', '메'], ['Sri', '스리'], ['Rag', '라그'], ['Ve', '베'], ['Cha', '차'], ['Iy', '아이']];
const IN_LAST_B: readonly Part[] = [['nagar', '나가르'], ['shnan', '슈난'], ['ta', '타'], ['vastava', '바스타바'], ['havan', '하반'], ['nkatesh', '엔카테시'], ['turvedi', '투르베디'], ['engar', '엔가르']];
const WE_FIRST_A: readonly Part[] = [
  ['Mar', '마르'], ['El', '엘'], ['Lu', '루'], ['Da', '다'], ['Ri', '리'], ['So', '소'], ['Ca', '카'], ['Is', '이스'],
  ['Ni', '니'], ['Ol', '올'], ['Ro', '로'], ['Ste', '스테'], ['Te', '테'], ['Vi', '비'], ['Ma', '마'], ['Jo', '조'],
];
const WE_FIRST_B: readonly Part[] = [
  ['ten', '텐'], ['ena', '에나'], ['ren', '렌'], ['ias', '이아스'], ['ina', '이나'], ['el', '엘'], ['ika', '이카'], ['o', '오'],
  ['anna', '안나'], ['vin', '빈'], ['lia', '리아'], ['ric', '릭'],
];
const WE_LAST_A: readonly Part[] = [
  ['Ber', '베르'], ['Hal', '할'], ['Lind', '린드'], ['Mor', '모르'], ['Wes', '웨스'], ['Kes', '케스'], ['Fal', '팔'], ['Brand', '브랜드'],
  ['Hart', '하트'], ['Ost', '오스트'], ['Vand', '반드'], ['Ash', '애시'], ['Cor', '코르'], ['Dun', '던'], ['Gar', '가르'], ['Rad', '라드'],
];
const WE_LAST_B: readonly Part[] = [
  ['ley', '리'], ['man', '먼'], ['ton', '턴'], ['wick', '윅'], ['sen', '센'], ['field', '필드'], ['ier', '이에'], ['ford', '퍼드'],
  ['ova', '오바'], ['ski', '스키'], ['ell', '엘'], ['ström', '스트룀'],
];

const ORIGINS: readonly NameOrigin[] = ['korean', 'korean', 'chinese', 'indian', 'western', 'western'];

/**
 * Assembles a plausible name from syllables; both scripts are built together so they always agree.
 * @example makePersonName(createRng(3)).en // "Marten Halwick"
 */
export function makePersonName(rng: Rng, origin: NameOrigin = rng.pick(ORIGINS)): PersonName {
  if (origin === 'korean') {
    const [fe, fk] = rng.pick(KO_FAMILY);
    const [ae, ak] = rng.pick(KO_GIVEN);
    let [be, bk] = rng.pick(KO_GIVEN);
    if (bk === ak) [be, bk] = KO_GIVEN[(KO_GIVEN.findIndex((p) => p[1] === ak) + 1) % KO_GIVEN.length];
    const given = `${ae[0].toUpperCase()}${ae.slice(1)}-${be}`;
    // English-language outlets in Korea and abroad differ on order; both are real usage.
    const en = rng.chance(0.5) ? `${given} ${fe}` : `${fe} ${given}`;
    return { origin, en, ko: `${fk}${ak}${bk}`, shortEn: fe, shortKo: fk, koWithLatin: false };
  }
  if (origin === 'chinese') {
    const [fe, fk] = rng.pick(ZH_FAMILY);
    const [ge, gk] = rng.pick(ZH_GIVEN);
    const two = rng.chance(0.4) ? rng.pick(ZH_GIVEN) : null;
    const givenEn = two ? `${ge}${two[0].toLowerCase()}` : ge;
    const givenKo = two ? `${gk}${two[1]}` : gk;
    return { origin, en: `${fe} ${givenEn}`, ko: `${fk} ${givenKo}`, shortEn: fe, shortKo: fk, koWithLatin: true };
  }
  const [fa, fb, la, lb] = origin === 'indian'
    ? [IN_FIRST_A, IN_FIRST_B, IN_LAST_A, IN_LAST_B]
    : [WE_FIRST_A, WE_FIRST_B, WE_LAST_A, WE_LAST_B];
  const [f1e, f1k] = rng.pick(fa);
  const [f2e, f2k] = rng.pick(fb);
  const [l1e, l1k] = rng.pick(la);
  const [l2e, l2k] = rng.pick(lb);
  const last = { en: `${l1e}${l2e}`, ko: `${l1k}${l2k}` };
  return {
    origin,
    en: `${f1e}${f2e} ${last.en}`,
    ko: `${f1k}${f2k} ${last.ko}`,
    shortEn: last.en,
    shortKo: last.ko,
    koWithLatin: true,
  };
}

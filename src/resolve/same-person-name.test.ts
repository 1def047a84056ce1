import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bucketPairs, comparePersonNames, nameLinkKeys, namesLinked, personNameKeys, samePersonName } from './index.ts';
import { pinyinToHangul, splitPinyin } from './_encode-pinyin.ts';

// Pairs a reader would call the same name, in the conventions Korean and English news use.
const SAME: Array<[string, string]> = [
  ['Ruoming Pang', '루오밍 팡'],
  ['Ruoming Pang', '루밍 팡'],
  ['Wei Chen', 'Chen Wei'],
  ['Chen Wei', '첸 웨이'],
  ['Wei Chen', '천 웨이'],
  ['첸 웨이', '천 웨이'],
  ['Rachel Albers', '레이첼 알버스'],
  ['Rachel Albers', '레이철 앨버스'],
  ['레이철 앨버스', '레이첼 알버스'],
  ['Lucas Moreau', '루카스 모로'],
  ['Lucas Moreau', '뤼카 모로'],
  ['Tom Gunter', '톰 건터'],
  ['Daniel Kowalski', '다니엘 코발스키'],
  ['Søren Ødegaard', '쇠렌 외데고르'],
  ['Soren Odegaard', 'Søren Ødegaard'],
  ['Katarzyna Wiśniewska', '카타지나 비시니에프스카'],
  ['Zhou Minghao', '저우 밍하오'],
  ['Ryan Parker', '라이언 파커'],
  ['Grace Lim', '그레이스 림'],
  ['Ken Yoshida', '요시다 켄'],
  ['Thomas Brandt', '토마스 브란트'],
  ['John Smith', '존 스미스'],
  ['Sam Altman', '샘 올트먼'],
  ['김태현', 'Tae-hyun Kim'],
  ['김태현', 'Kim Tae-hyun'],
  ['Kim Tae-hyun', 'Taehyun Kim'],
  ['이서연', 'Lee Seo-yeon'],
  ['정민호', 'Min-ho Jung'],
  ['박재형', 'Park Jae-hyung'],
  ['한지우', 'Ji-woo Han'],
  ['정형원', 'Hyung Won Chung'],
  ['Ana Sofia Reyes', 'Ana Reyes'],
  ['Shengjia Zhao', '자오성자'],
  ['Pei Sun', '쑨페이'],
  ['Zhang Hao', '장하오'],
  ['Sergey Brin', '세르게이 브린'],
  ['Aravind Srinivas', '아라빈드 스리니바스'],
  ['Gabriel Lindström', '가브리엘 린드스트룀'],
];

// Different names that sound alike: one vowel, one glide or one final apart.
const DIFFERENT: Array<[string, string]> = [
  ['Chen Wei', '찬 웨이'],
  ['Chen Wei', '첸 왕'],
  ['Wang Ming', '왕 팅'],
  ['Mei Ling', '메이 린'],
  ['Mei Lin', '메이 링'],
  ['Nathan Cho', '네이선 초이'],
  ['이서연', '이수연'],
  ['김태현', '김태훈'],
  ['Kim Tae-hoon', '김태현'],
  ['Park Ji-hoon', '박지환'],
  ['Jung Min-ho', '정민우'],
  ['Seo-yeon Lee', '이소연'],
  ['Su-wan Lee', '이수안'],
  ['Do-geon Lee', '이도권'],
  ['Jae-hyung Park', '박재현'],
  ['Ji-woo Han', '한지유'],
  ['Rahul Bhatnagar', '라훌 샤르마'],
  ['Eric Lindberg', '에릭 란스버그'],
  ['Nora Friedman', '노아 프리드먼'],
  ['Julian Fox', '줄리언 보스'],
  ['Leo Hartmann', '레오 호프만'],
  ['Grace Lim', '그레이스 김'],
  ['Mark Lee', '마크 김'],
  ['Ana Sofia Reyes', 'Ana Maria Reyes'],
  ['Chen Wei', 'Chen Wen'],
];

test('matches name forms across scripts, spellings, orders and romanizations', () => {
  const missed = SAME.filter(([a, b]) => !samePersonName(a, b) || !samePersonName(b, a));
  assert.deepEqual(missed, []);
});

test('keeps apart names that differ by one vowel, glide or final consonant', () => {
  const merged = DIFFERENT.filter(([a, b]) => samePersonName(a, b) || samePersonName(b, a));
  assert.deepEqual(merged, []);
});

test('grades a match: exact for the same written name, strong for a transliteration', () => {
  assert.equal(comparePersonNames('Søren Ødegaard', 'soren odegaard').strength, 'exact');
  assert.equal(comparePersonNames('Wei Chen', 'Chen Wei').strength, 'exact');
  assert.equal(comparePersonNames('Chen Wei', '첸 웨이').strength, 'strong');
  assert.equal(comparePersonNames('Chen Wei', 'Maya Rosen').strength, 'none');
});

test('names that match share a bucket key that compares them, so resolution never needs to compare all pairs', () => {
  for (const [a, b] of SAME) assert.ok(namesLinked(a, b) && namesLinked(b, a), `${a} / ${b}: ${personNameKeys(a)} vs ${personNameKeys(b)}`);
});

test('stays linear on pathological input: a long run of capitalised words', () => {
  const long = Array.from({ length: 5000 }, (_, i) => `Word${i % 7}`).join(' ');
  const started = performance.now();
  assert.equal(samePersonName(long, '첸 웨이'), false);
  personNameKeys(long);
  assert.ok(performance.now() - started < 2000);
});

// Chinese names: the family names must be one (Wang 왕 is not Yang 양, Hong 훙/홍 not 황) and the
// given names agree syllable by syllable, a one-syllable name with little slack.
const CHINESE_SAME: Array<[string, string]> = [
  ['Ruoming Pang', '루오밍 팡'],
  ['Ruoming Pang', '루밍 팡'],
  ['Shengjia Zhao', '자오성자'],
  ['Wei Chen', '천 웨이'],
  ['Li Hao', '리 하오'],
  ['Chen Hao', '천하오'],
  ['Wu Fangyi', '우 팡이'],
  ['He Qinghao', '허 칭하오'],
  ['Li Bochen', '리 보천'],
  ['Chen Chentian', '천 천톈'],
  ['Liu Junjie', '류 쥔제'],
  ['Zhou Weiwei', '저우 웨이웨이'],
  ['Zhou Yitian', '저우 이티엔'],
  ['Huang Wei', '후앙 웨이'],
  ['Liu Yang', '리우 양'],
  ['Xu Jun', '쉬 쥔'],
  ['루오밍 팡', '뤄밍 팡'],
  ['Kwon Jin-hee', '권진희'],
  ['Steren Halsen', '스테렌 할센'],
];

const CHINESE_DIFFERENT: Array<[string, string]> = [
  ['Jun-yu Hong', '황 천이'],
  ['왕 쥔', '양 위쥔'],
  ['Yang Xinyi', '왕 이신'],
  ['Sujun Chaengar', '강서윤'],
  ['Huang Weiyu', '홍예유'],
  ['쑨 신', '신서윤'],
  ['Liu Qing', '류 웨이칭'],
  ['Zhang Chenjie', '장진예'],
  ['Huang Chenjun', '황성윤'],
  ['Zhang Mingyi', '장민지'],
  ['Zhao Jun', '자오 천'],
  ['Li Hao', '리 웨이하오'],
  ['왕 위', '양 위'],
];

test('Chinese names: the same family name and given syllables stay strong matches', () => {
  const missed = CHINESE_SAME.filter(([a, b]) => !samePersonName(a, b) || !samePersonName(b, a));
  assert.deepEqual(missed, []);
  for (const [a, b] of CHINESE_SAME) assert.ok(namesLinked(a, b), `${a} / ${b} are never compared`);
});

test('two names that both read as Chinese meet under their family name and given initials, not in crowded consonant buckets', () => {
  const keys = nameLinkKeys('Chen Wei');
  assert.ok(keys.chinese && nameLinkKeys('천 웨이').chinese);
  assert.ok(keys.buckets.includes('ZH:CN:_'), keys.buckets.join(' '));
  // Another family name or another given initial: no ZH key in common, and P keys do not compare them.
  for (const other of ['Wang Wei', '천 밍', '양 웨이']) {
    assert.ok(!nameLinkKeys(other).buckets.some((k) => k.startsWith('ZH:') && keys.buckets.includes(k)), other);
    assert.equal(namesLinked('Chen Wei', other), false, other);
  }
  assert.equal(bucketPairs('P:CN|_', keys, nameLinkKeys('천 웨이')), false);
  assert.equal(bucketPairs('ZH:CN:_', keys, nameLinkKeys('천 웨이')), true);
  // A name without a Chinese reading still meets a Chinese one in P buckets.
  assert.equal(bucketPairs('P:CN|_', keys, nameLinkKeys('체니 와이')), true);
  // s and ch are one class for a given name: the one consonant edit a Chinese given name allows.
  assert.ok(nameLinkKeys('Li Shuang').buckets.some((k) => nameLinkKeys('리 추앙').buckets.includes(k) && k.startsWith('ZH:')));
});

test('Chinese names: another family name or another given syllable is no match', () => {
  const merged = CHINESE_DIFFERENT.filter(([a, b]) => samePersonName(a, b) || samePersonName(b, a));
  assert.deepEqual(merged, []);
  assert.equal(comparePersonNames('Yang Xinyi', '왕 이신').strength, 'none');
  assert.equal(comparePersonNames('Jun-yu Hong', '황 천이').strength, 'none');
});

test('writes Pinyin syllables the way the standard Korean transcription of Chinese does', () => {
  const hangul = (s: string) => splitPinyin(s)?.map(pinyinToHangul).join(' ');
  assert.equal(hangul('shengjia'), '성 자');
  assert.equal(hangul('ruoming'), '뤄 밍');
  assert.equal(hangul('junyu'), '쥔 위');
  assert.equal(hangul('chentian'), '천 톈');
  assert.equal(hangul('zhao'), '자오');
  assert.equal(hangul('xiong'), '슝');
  assert.equal(hangul('si'), '쓰');
  // Not Pinyin: a syllable inside a word never starts with a vowel ("Dean" is no de + an).
  assert.equal(splitPinyin('dean'), undefined);
  assert.equal(splitPinyin('chaengar'), undefined);
});

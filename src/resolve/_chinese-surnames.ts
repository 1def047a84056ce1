/**
 * Common Chinese family names in Pinyin, and the Hangul Korean news writes them with: the standard
 * transcription (외래어 표기법: Wang 왕, Huang 황, Hong 훙, Zhao 자오), a few customary variants
 * (첸 for Chen, 리우 for Liu) and the Korean reading of the same spelling (Li 이, Lin 임).
 * A gazetteer of family names only; it holds no person's name.
 */
import { hangulSurnamesOf } from './_korean-surnames.ts';
import { pinyinToHangul } from './_encode-pinyin.ts';

const SURNAMES = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he',
  'gao', 'lin', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao',
  'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen',
  'yao', 'fang', 'jin', 'pang', 'qian', 'kong', 'bai', 'shi', 'qin', 'hou', 'meng', 'xiong', 'qiu', 'fu', 'mao', 'zou',
  'wan', 'gu', 'lai', 'wen', 'kang', 'fan', 'hao', 'lei', 'long', 'duan', 'qi', 'shao', 'yan', 'chang', 'bao', 'niu',
  'ou', 'yin', 'zhong', 'xue', 'jia', 'tan', 'lv', 'ni', 'mo', 'qiao', 'hong', 'xing', 'dai', 'fei', 'gong', 'geng',
  'hua', 'ji', 'jiao', 'kuang', 'lan', 'liao', 'lou', 'mei', 'mu', 'nie', 'ning', 'pei', 'qu', 'rao', 'rong', 'ruan',
  'shan', 'shang', 'shu', 'tao', 'teng', 'tong', 'xia', 'xiang', 'xin', 'yi', 'ying', 'yue', 'zhan', 'zhuang', 'zuo',
  'bi', 'bian', 'chai', 'chu', 'cui', 'di', 'gan', 'guan', 'gui', 'hang', 'ke', 'kou', 'lian', 'man', 'miao', 'min',
  'que', 'sang', 'tu', 'xi', 'yun', 'zang', 'zhai', 'an', 'che', 'chi', 'jing', 'lang', 'le', 'leng', 'ling', 'mi',
  'nan', 'ouyang', 'sima', 'zhuge', 'situ', 'shangguan',
];

// Customary non-standard spellings in Korean news, and the ü of Lü written out.
const VARIANTS: Record<string, string[]> = {
  chen: ['첸'], zhang: ['짱'], liu: ['리우'], huang: ['후앙'], zhou: ['조우'], zhao: ['짜오'], xu: ['수'], sun: ['순'],
  luo: ['루오'], liang: ['리앙'], xie: ['시에'], zheng: ['쩡'], zeng: ['정'], tian: ['티엔'], dong: ['동'], yuan: ['위엔'],
  jiang: ['지앙'], lu: ['뤼'], qian: ['치엔'], kong: ['콩'], long: ['롱'], song: ['송'], zhong: ['종'], gong: ['공'],
  yan: ['얀'], wen: ['웬'], xiong: ['시옹'], niu: ['니우'], qiu: ['치우'], lv: ['뤼'],
};
const LATIN_ALIASES: Record<string, string> = { lyu: 'lv', lue: 'lv' };

const BY_PINYIN = new Map<string, string[]>();
const HANGUL = new Set<string>();
for (const s of SURNAMES) {
  // Compound family names (Ouyang, Sima) are written as their syllables run together.
  const parts = s === 'ouyang' ? ['ou', 'yang'] : s === 'sima' ? ['si', 'ma'] : s === 'zhuge' ? ['zhu', 'ge'] : s === 'situ' ? ['si', 'tu'] : s === 'shangguan' ? ['shang', 'guan'] : [s];
  const standard = parts.map(pinyinToHangul).join('');
  const forms = [...new Set([standard, ...(VARIANTS[s] ?? []), ...hangulSurnamesOf(s)])];
  BY_PINYIN.set(s, forms);
  for (const f of forms) HANGUL.add(f);
}
for (const [alias, s] of Object.entries(LATIN_ALIASES)) BY_PINYIN.set(alias, BY_PINYIN.get(s)!);

/** The Hangul forms of a Chinese family name given in folded Latin ("chen" → 천, 첸), or undefined. */
export function chineseSurnameHangul(latinToken: string): string[] | undefined {
  return BY_PINYIN.get(latinToken);
}

/** True when a Hangul token is a form of some Chinese family name (천, 자오, 쑨; also Korean readings such as 이). */
export function isHangulChineseSurname(hangul: string): boolean {
  return HANGUL.has(hangul);
}

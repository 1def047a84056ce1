/** Common Korean family names in Hangul with the Latin spellings people actually use for them. */

// Revised Romanization, McCune–Reischauer and the customary spellings ("Lee", "Park", "Choi").
const SURNAMES: Record<string, string[]> = {
  김: ['kim', 'gim'],
  이: ['lee', 'yi', 'rhee', 'rhie', 'li', 'ri', 'yee'],
  박: ['park', 'bak', 'pak', 'bahk'],
  최: ['choi', 'choe', 'chey'],
  정: ['jung', 'jeong', 'chung', 'cheong', 'jong', 'chong'],
  강: ['kang', 'gang'],
  조: ['cho', 'jo', 'joe', 'choh'],
  윤: ['yoon', 'yun', 'youn'],
  장: ['jang', 'chang', 'jhang'],
  임: ['lim', 'im', 'yim', 'rim'],
  한: ['han', 'hahn'],
  오: ['oh', 'o'],
  서: ['seo', 'suh', 'so', 'sur'],
  신: ['shin', 'sin', 'shinn'],
  권: ['kwon', 'gwon'],
  황: ['hwang'],
  안: ['ahn', 'an'],
  송: ['song'],
  류: ['ryu', 'ryoo', 'yoo', 'yu', 'lyu', 'rhyu'],
  유: ['yoo', 'yu', 'you', 'ryu'],
  전: ['jeon', 'jun', 'chun', 'chon', 'jeun'],
  홍: ['hong'],
  고: ['ko', 'go', 'koh'],
  문: ['moon', 'mun'],
  양: ['yang', 'ryang'],
  손: ['son', 'sohn'],
  배: ['bae', 'bai', 'pae'],
  백: ['baek', 'paek', 'baik', 'paik', 'back'],
  허: ['heo', 'hur', 'huh', 'hu'],
  노: ['noh', 'no', 'roh', 'ro'],
  남: ['nam'],
  심: ['shim', 'sim'],
  하: ['ha'],
  곽: ['kwak', 'gwak'],
  성: ['sung', 'seong'],
  차: ['cha'],
  주: ['joo', 'ju', 'choo', 'chu'],
  우: ['woo', 'wu', 'u'],
  구: ['koo', 'gu', 'ku', 'goo'],
  민: ['min'],
  진: ['jin', 'chin'],
  나: ['na', 'ra'],
  지: ['ji', 'jee', 'chi'],
  엄: ['eom', 'um', 'uhm'],
  채: ['chae'],
  원: ['won', 'weon'],
  천: ['cheon', 'chun', 'chon'],
  방: ['bang', 'pang'],
  공: ['kong', 'gong'],
  현: ['hyun', 'hyeon'],
  함: ['ham'],
  변: ['byun', 'byeon', 'pyun'],
  염: ['yeom', 'yum'],
  여: ['yeo', 'yu'],
  추: ['choo', 'chu'],
  도: ['do', 'doh', 'to'],
  석: ['seok', 'suk'],
  설: ['seol', 'sul'],
  마: ['ma'],
  길: ['gil', 'kil'],
  연: ['yeon', 'yun'],
  위: ['wi', 'wee'],
  표: ['pyo'],
  명: ['myung', 'myeong'],
  기: ['ki', 'gi'],
  반: ['ban', 'pan'],
  왕: ['wang'],
  금: ['keum', 'geum', 'kum'],
  옥: ['ok'],
  육: ['yuk', 'yook'],
  인: ['in'],
  맹: ['maeng'],
  제: ['je', 'jae'],
  모: ['mo'],
  탁: ['tak'],
  국: ['kook', 'guk', 'kuk'],
  봉: ['bong'],
  경: ['kyung', 'gyeong', 'kyeong'],
  라: ['ra', 'la'],
  남궁: ['namgung', 'namkoong', 'namkung'],
  황보: ['hwangbo'],
  제갈: ['jegal'],
  선우: ['sunwoo', 'seonu', 'sunoo'],
  독고: ['dokgo', 'dokko'],
  사공: ['sagong'],
};

const BY_LATIN = new Map<string, string[]>();
for (const [hangul, latins] of Object.entries(SURNAMES)) {
  for (const l of latins) BY_LATIN.set(l, [...(BY_LATIN.get(l) ?? []), hangul]);
}

/** The Hangul family names a folded Latin token may spell ("lee" → 이), or an empty list. */
export function hangulSurnamesOf(latinToken: string): string[] {
  return BY_LATIN.get(latinToken) ?? [];
}

/** The family name at the start of a compact Hangul name (two-syllable ones first), or undefined. */
export function splitKoreanName(hangul: string): { family: string; given: string } | undefined {
  const chars = [...hangul];
  if (chars.length < 2 || chars.length > 4) return undefined;
  const two = chars.slice(0, 2).join('');
  if (chars.length >= 3 && SURNAMES[two]) return { family: two, given: chars.slice(2).join('') };
  if (SURNAMES[chars[0]]) return { family: chars[0], given: chars.slice(1).join('') };
  return undefined;
}

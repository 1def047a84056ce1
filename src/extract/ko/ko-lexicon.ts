/** Korean word lists for the rule pack: particles, titles, trigger verbs with the roles they assign, hedges. */

/** Case and topic particles, longest first so stripping takes the longest match. */
export const PARTICLES: readonly string[] = [
  '에게서는', '으로부터', '에서부터', '으로서는', '에게서', '에서는', '에서도', '에서의', '으로는', '으로도', '으로서', '로서는', '에게는', '에게도',
  '로부터', '이라는', '이라고', '입니다', '이었다', '이었던', '였던', '이던', '이었고', '이며', '이자', '이다', '였다', '이에요', '예요', '였습니다', '이었습니다', '에게', '에서', '으로', '까지', '부터', '처럼',
  '보다', '과는', '와는', '과의', '와의', '과도', '와도', '에는', '에도', '로는', '로도', '로서', '께서', '의', '은', '는', '이', '가', '을', '를', '에', '로', '와', '과', '도',
  '만', '인', '께',
];

/** Particles that mark the subject or topic of a clause. */
export const SUBJECT_PARTICLES = new Set(['이', '가', '은', '는', '도', '께서', '로서는', '역시', '경우']);
/** Particles that mark the object of a clause. */
export const OBJECT_PARTICLES = new Set(['을', '를']);

/** Title and role words that follow a person's name. Compound titles ending in one of these count too. */
export const TITLES: readonly string[] = [
  '수석연구원', '책임연구원', '선임연구원', '연구원', '연구위원', '연구과학자', '연구자', '과학자', '박사', '교수', '부교수', '조교수', '씨', '대표', '대표이사', '사장', '부사장',
  '전무', '상무', '이사', '회장', '부회장', '의장', '리더', '팀장', '실장', '본부장', '센터장', '부문장', '총괄', '소장', '원장', '국장', '부장', '차장', '과장',
  '디렉터', '매니저', '엔지니어', '개발자', '심사역', '파트너', '애널리스트', '대변인', '창업자', '공동창업자', '최고경영자', '최고기술책임자', '최고과학책임자',
  '최고운영책임자', '최고재무책임자', '최고제품책임자', '최고전략책임자', '책임자', '위원', '위원장', '총장', '학장', '기자', '특파원', '편집장', '펠로', '고문', '변호사',
  '수석', '책임', '아키텍트', '사이언티스트', '시니어', '님', '리드', '헤드', '프로', '전문위원', '마스터', '펠로우', '사외이사', '상무보', '그룹장', '랩장', '단장',
  'CEO', 'CTO', 'CSO', 'COO', 'CFO', 'CPO', 'CRO', 'VP', 'PM',
];
const TITLE_SET = new Set(TITLES);

const TITLE_HEADS = new Set(['기자', '특파원', '연구원', '총괄', '리더', '책임자', '부사장', '사장', '센터장', '부문장', '본부장', '팀장', '디렉터', '엔지니어', '과학자', '교수', '소장', '원장', '실장', '단장', '그룹장', '랩장', '연구위원', '이사']);
const isAllHangul = (s: string) => { for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c < 0xac00 || c > 0xd7a3) return false; } return s.length > 0; };

const TITLE_LAST = new Set([...TITLES, ...TITLE_HEADS].map((t) => t.charCodeAt(t.length - 1)));

/** True when a token (particles already removed) is a title word or a compound ending in one ("기술총괄"). */
export function isTitleWord(stem: string): boolean {
  if (!TITLE_LAST.has(stem.charCodeAt(stem.length - 1))) return false;
  if (TITLE_SET.has(stem)) return true;
  for (let n = 2; n <= 4 && n < stem.length; n++) {
    if (TITLE_HEADS.has(stem.slice(stem.length - n)) && isAllHangul(stem)) return true;
  }
  return false;
}

/** Titles that mark the writer of the article, never a mover. */
export const BYLINE_TITLES = new Set(['기자', '특파원', '편집장']);

/** True for a byline title, compounds included ("객원기자", "선임기자"). */
export const isBylineTitle = (t: string): boolean => BYLINE_TITLES.has(t) || t.endsWith('기자') || t.endsWith('특파원');

/**
 * Common Korean family names (a surname list, not a list of people), for spotting
 * three-syllable Korean names such as "정민호".
 */
export const FAMILY_NAMES = new Set([
  '김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '유', '전', '홍', '고', '문', '양', '손',
  '배', '백', '허', '남', '심', '노', '하', '곽', '성', '차', '주', '우', '구', '민', '나', '진', '지', '엄', '채', '원', '천', '방', '공', '현', '함', '변',
  '염', '여', '추', '도', '소', '석', '선', '설', '마', '길', '연', '위', '표', '명', '기', '반', '왕', '금', '옥', '육', '인', '맹', '제', '모', '탁', '국',
  '어', '은', '편', '용', '예', '경', '봉', '사', '부', '황보', '남궁', '제갈', '선우', '독고', '사공', '서문',
]);

/** Words that look like name parts in the positions names take but are ordinary words. */
export const NOT_NAME_WORDS = new Set([
  '여전히', '아무', '아직', '다시', '이미', '또한', '역시', '모두', '함께', '직접', '최상위', '최고', '몇', '약', '총', '다음', '이전', '새로운', '해당', '대부분', '상당수', '일부는',
  '법인', '재단', '자회사', '합작사', '조직', '사업', '이사회', '위원회', '대학원', '한국인', '중국인', '미국인', '일본인', '외국인', '한국계', '중국계', '미국계', '기술진', '경영진', '임원진', '전문가', '정보통신', '사업부', '조직도', '신임',
  '지난달', '이달', '지난주', '지난해', '올해', '다음달', '이번주', '전날', '이날', '당일', '그날', '이', '그', '저', '달', '해', '주', '날', '월', '일', '년', '이번', '지난', '초', '말', '중순', '부메랑', '이름', '경험', '투자', '시드', '올해', '내년', '작년', '최근', '당시', '현재', '이후', '이전', '당초', '다만', '또한', '특히', '한편', '반면', '이어', '이에', '이를', '이들',
  '그는', '그녀', '그의', '그가', '또', '다른', '같은', '새', '전', '현', '신임', '전직', '현직', '핵심', '주요', '일부', '모든', '여러', '각', '두', '세', '네', '한',
  '인력', '인재', '연구진', '연구팀', '직원', '사람', '사람들', '관계자', '업계', '시장', '회사', '기업', '업체', '조직', '부문', '팀', '모델', '연구', '개발',
  '사업', '서비스', '플랫폼', '기술', '분야', '기능', '센터', '본부', '그룹', '랩', '연구소', '연구원', '대학', '엔지니어', '임원', '경영진', '인사', '구성원',
  '유출', '이탈', '이동', '영입', '합류', '이직', '평가', '데이터', '인프라', '학습', '추론', '안전성', '정렬', '제품', '담당', '출신', '명단', '소식', '발표',
  '뒤', '후', '중', '때', '앞', '끝', '것', '수', '데', '바', '점', '곳', '번째',
  '본지', '외신', '현지', '매체', '보도', '소식통', '대변인', '측', '당사자', '후보', '후보자', '인물', '전문가', '주역', '멤버', '리더', '수장', '책임자', '총괄',
  '블룸버그', '로이터', '블룸버그통신', '로이터통신', '뉴욕타임스', '월스트리트저널', '디인포메이션', '파이낸셜타임스', '테크크런치', '씨엔비씨',
]);

/** What a trigger does: which slot an organization fills depends on the kind and the particle it carries. */
export type TriggerKind = 'join' | 'leave' | 'move' | 'found' | 'hire' | 'hired' | 'return' | 'follow' | 'appoint';

export interface TriggerStem {
  stem: string;
  kind: TriggerKind;
  /** Sino-Korean nouns need a verbal ending (했/한/할/됐 …) to count as an event. */
  verbal: boolean;
}

/** Trigger stems, longest first. `hire` has the hiring organization as subject and the person as object. */
export const TRIGGERS: readonly TriggerStem[] = [
  { stem: '스카우트', kind: 'hire', verbal: true },
  { stem: '불러들', kind: 'hire', verbal: false },
  { stem: '데려갔', kind: 'hire', verbal: false }, { stem: '데려가', kind: 'hire', verbal: false }, { stem: '데려간', kind: 'hire', verbal: false },
  { stem: '데려왔', kind: 'hire', verbal: false }, { stem: '데려오', kind: 'hire', verbal: false }, { stem: '데려온', kind: 'hire', verbal: false }, { stem: '데려와', kind: 'hire', verbal: false },
  { stem: '영입', kind: 'hire', verbal: true },
  { stem: '채용', kind: 'hire', verbal: true },
  // Appointments are moves only when the text names an outside origin ("네이버 출신의 X를 CTO로 선임").
  { stem: '선임', kind: 'appoint', verbal: true },
  { stem: '임명', kind: 'appoint', verbal: true },
  { stem: '돌아왔', kind: 'return', verbal: false }, { stem: '돌아오', kind: 'return', verbal: false }, { stem: '돌아온', kind: 'return', verbal: false }, { stem: '돌아와', kind: 'return', verbal: false },
  { stem: '돌아갔', kind: 'return', verbal: false }, { stem: '돌아가', kind: 'return', verbal: false }, { stem: '돌아간', kind: 'return', verbal: false },
  { stem: '복귀', kind: 'return', verbal: true },
  { stem: '합류', kind: 'join', verbal: true },
  { stem: '입사', kind: 'join', verbal: true },
  { stem: '출근', kind: 'join', verbal: true },
  { stem: '이직', kind: 'move', verbal: true },
  { stem: '이동', kind: 'move', verbal: true },
  { stem: '향했', kind: 'move', verbal: false }, { stem: '향한', kind: 'move', verbal: false },
  { stem: '취임', kind: 'appoint', verbal: true },
  { stem: '퇴임', kind: 'leave', verbal: true },
  { stem: '품었', kind: 'hire', verbal: false },
  { stem: '빼갔', kind: 'hire', verbal: false }, { stem: '빼간', kind: 'hire', verbal: false }, { stem: '빼왔', kind: 'hire', verbal: false }, { stem: '빼온', kind: 'hire', verbal: false },
  { stem: '이적', kind: 'move', verbal: true },
  { stem: '옮겼', kind: 'move', verbal: false }, { stem: '옮겨', kind: 'move', verbal: false }, { stem: '옮기', kind: 'move', verbal: false }, { stem: '옮긴', kind: 'move', verbal: false }, { stem: '옮길', kind: 'move', verbal: false },
  { stem: '떠났', kind: 'leave', verbal: false }, { stem: '떠나', kind: 'leave', verbal: false }, { stem: '떠난', kind: 'leave', verbal: false }, { stem: '떠날', kind: 'leave', verbal: false },
  { stem: '퇴사', kind: 'leave', verbal: true },
  { stem: '이탈', kind: 'leave', verbal: true },
  { stem: '빠져나갔', kind: 'leave', verbal: false }, { stem: '빠져나가', kind: 'leave', verbal: false }, { stem: '빠져나간', kind: 'leave', verbal: false },
  { stem: '빠져나왔', kind: 'leave', verbal: false }, { stem: '빠져나온', kind: 'leave', verbal: false }, { stem: '빠져나와', kind: 'leave', verbal: false },
  { stem: '사임', kind: 'leave', verbal: true },
  { stem: '그만뒀', kind: 'leave', verbal: false }, { stem: '그만두', kind: 'leave', verbal: false }, { stem: '그만둔', kind: 'leave', verbal: false },
  { stem: '창업', kind: 'found', verbal: true },
  { stem: '공동창업', kind: 'found', verbal: true },
  { stem: '설립', kind: 'found', verbal: true },
  { stem: '세웠', kind: 'found', verbal: false }, { stem: '세운', kind: 'found', verbal: false }, { stem: '세우', kind: 'found', verbal: false }, { stem: '세워', kind: 'found', verbal: false },
];

// "사의를 표명했다" (offered to resign) is no move until it is accepted or the person leaves, so it is not listed.
/** Verb stems that only trigger right after an object ("회사를 나왔다", "둥지를 틀었다", "사표를 냈다", "뒤를 이었다"). */
export const OBJECT_VERBS: ReadonlyArray<{ object: string; stems: string[]; kind: TriggerKind }> = [
  { object: '*org', stems: ['나왔', '나와', '나온', '나오'], kind: 'leave' },
  { object: '둥지', stems: ['틀', '텄', '튼'], kind: 'join' },
  { object: '사표', stems: ['냈', '내', '낸', '제출'], kind: 'leave' },
  { object: '사직서', stems: ['냈', '내', '낸', '제출'], kind: 'leave' },
  { object: '뒤', stems: ['이었', '이어', '따랐', '따라'], kind: 'follow' },
  // "메타로 간 X", "오픈AI로 갔다": plain "go" counts only after a destination.
  { object: '*to', stems: ['갔다', '갔고', '갔으며', '갔습니다', '간', '가서', '갔던'], kind: 'move' },
  { object: '적', stems: ['옮겼', '옮겨', '옮긴', '옮기'], kind: 'move' },
];

/** Endings that make a Sino-Korean trigger noun a verb: 합류했다, 영입한, 이적합니다, 스카우트되었으며. */
export const VERBAL_ENDINGS: readonly string[] = ['했', '해', '하', '한', '할', '함', '합', '됐', '되', '돼', '된', '될', '시켰', '시킨'];

/** Verbs that make a trigger noun a decided event ("메타 합류를 확정했다"). */
export const CONFIRM_VERBS = ['확정', '시작', '결정', '공식화', '마무리', '완료', '택했', '선택했'];

/** Noun triggers that count without a verb ending when a person's name is their possessor ("팡의 이직은"). */
export const NOMINAL_TRIGGERS = new Set(['이직', '합류', '영입', '이적', '복귀', '스카우트', '이탈', '퇴사', '입사', '출근']);

/** Pronouns that stand for the person the previous sentence was about. */
export const PERSON_PRONOUNS = new Set(['그는', '그가', '그녀는', '그녀가', '그도', '그녀도']);

/** Words in a trigger's clause that make it a rumour, talk, offer, refusal, stay, hedge or negation. */
export const HEDGES: readonly string[] = [
  '검토', '논의', '협상', '제안', '제의', '거절', '고사', '잔류', '남기로', '남았', '남는', '남을', '관측', '전망', '가능성', '소문', '루머', '부인', '고민', '추진',
  '접촉', '타진', '저울질', '생각', '아니', '아닌', '미지수', '불투명', '예상', '희망', '원한', '싶', '여부', '모른', '러브콜', '구애', '물망', '하마평',
  '거론', '유력', '점쳐', '점친', '추정', '가늠', '설이', '설은', '설도', '설을', '설에', '설로', '면접', '계획',
];

/** Trigger-token endings that make the event conditional or questioned ("이적한다면", "합류할지"). */
export const CONDITIONAL_ENDINGS: readonly string[] = ['다면', '하면', '한다면', '할지', '할지는', '할까', '는지', '을지', '려면', '으면'];

/** Connective endings that close a clause ("했지만", "했으나", "했는데", "옮겼고,"). */
export const CLAUSE_ENDINGS: readonly string[] = ['지만', '으나', '했으나', '는데', '면서', '면서도'];
/** Endings that close a clause only when a comma follows ("옮겼고,", "되었으며,"). */
export const COMMA_CLAUSE_ENDINGS: readonly string[] = ['고', '며', '으며', '는데'];

/** Nouns that head an adnominal past: "X에서 …하던 Y", "X 교수였던 Y". */
export const ADNOMINAL_ENDINGS: readonly string[] = ['던', '온', '한', '은', '는', '된', '인', '운', '낸', '쌓은', '이끈', '만든', '맡은', '의', '끈', '든', '린', '긴', '친', '난', '왔던', '였던', '이던'];

/** Nouns for people as a group ("연구원들", "인력"): an organization's possessive over them marks where they come from. */
export const PERSON_NOUNS = ['연구원', '연구원들', '연구진', '인력', '인재', '인재들', '직원', '직원들', '엔지니어', '엔지니어들', '임원', '임원들', '연구자', '연구자들', '멤버', '주역', '출신'];

/** Words that mark an organization mention as the person's background ("애플 출신"). */
export const ORIGIN_WORDS = new Set(['출신', '출신의', '출신인', '출신으로']);

/** Money units and currencies. */
export const KO_NUMBER_UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4, 천: 1e3, 백: 1e2, 십: 10 };
export const KO_CURRENCIES: Record<string, string> = { 달러: 'USD', 원: 'KRW', 유로: 'EUR', 위안: 'CNY', 엔: 'JPY', 파운드: 'GBP' };

/** Nouns that mark an unknown name right after or before them as an organization. */
export const ORG_CONTEXT_WORDS = new Set(['스타트업', '회사', '기업', '업체', '벤처', '법인', '연구소', '신생', '신생기업', '스타트업인', 'AI스타트업']);

/** Latin words that make a capitalised phrase an organization or product rather than a person. */
export const LATIN_ORG_WORDS = new Set([
  'Labs', 'Lab', 'AI', 'Models', 'Model', 'Science', 'Research', 'Intelligence', 'Robotics', 'Systems', 'Technologies', 'Technology', 'Inc', 'Inc.', 'Corp', 'Corp.',
  'Capital', 'Partners', 'Ventures', 'Group', 'Team', 'Cloud', 'Brain', 'Foundation', 'Institute', 'University', 'Street', 'Journal', 'News', 'Times', 'Post',
  'Machines', 'Learning', 'Network', 'Networks', 'Data', 'Dynamics', 'Studio', 'Studios', 'Health', 'Bio', 'Semiconductor', 'Electronics', 'Motors', 'Bank',
  'Fund', 'Insight', 'Insights', 'Analytics', 'Software', 'Computing', 'Platform', 'Platforms', 'Agent', 'Agents', 'Services', 'Media', 'Center', 'Centre',
  'Superintelligence', 'Safety', 'Alignment', 'Applied', 'Deep', 'Foundations', 'Office', 'Division', 'Unit', 'Company', 'Co', 'Co.', 'Ltd', 'LLC', 'GmbH',
]);

/** Hangul transliterations of words that end a company name ("타이드워터 로보틱스", "노스포인트 캐피털"): such a phrase is never a person. */
export const HANGUL_ORG_WORDS = new Set([
  '로보틱스', '랩스', '랩', '테크놀로지스', '테크놀로지', '시스템즈', '시스템스', '벤처스', '캐피털', '캐피탈', '파트너스', '인텔리전스', '테크', '솔루션즈', '다이내믹스',
  '네트웍스', '네트워크', '네트워크스', '바이오', '헬스', '모터스', '인베스트먼트', '컴퍼니', '스튜디오', '스튜디오스', '미디어', '홀딩스', '파운데이션', '인스티튜트',
  '리서치', '사이언스', '머신즈', '컴퓨팅', '소프트', '일렉트로닉스', '세미컨덕터', '에이아이', '클라우드', '애널리틱스', '인사이트', '디바이스', '모빌리티', '에너지',
]);

/** Korean words that end a unit or team name ("초지능 연구소", "정렬 과학 팀"). */
export const TEAM_HEAD_WORDS = ['팀', '연구소', '조직', '부문', '랩', '센터', '본부', '사무소', '연구실', '그룹', '사업부', '실', '과학'];

/** Posts held beside one's job (outside director, adviser): being appointed to one is not a move. */
export const SIDE_POST_RE = /사외이사|고문|자문|겸임|겸직|비상임/;

/** Copula endings on a name that identify it ("…하던 X입니다", "X예요"): the next sentences are about that person. */
export const COPULA_PARTICLES = new Set(['입니다', '이다', '이에요', '예요', '였습니다', '이었습니다', '였다', '이었다']);

/** Chinese family names as Hangul writes them ("천하오", "리웨이", "왕팅"): a surname list, not a list of people. */
export const CHINESE_FAMILY_NAMES = new Set(['리', '왕', '장', '류', '천', '양', '자오', '황', '저우', '우', '쉬', '쑨', '마', '주', '후', '궈', '허', '가오', '린', '뤄', '정', '량', '셰', '쑹', '탕', '한', '펑', '덩', '차오', '쩡', '샤오', '톈', '판', '위안', '루', '장', '웨이', '첸', '쉐', '옌', '팡', '구', '멍', '친', '진']);

/** Adverbs, connectives and time words that often stand right before a subject; never the first word of a name. */
export const LEAD_WORDS = new Set([
  '결국', '끝내', '마침내', '드디어', '실제로', '지금', '오늘', '어제', '곧', '바로', '그리고', '하지만', '그러나', '따라서', '그런데', '즉', '이른바', '소위',
  '덕분에', '때문에', '뒤', '후', '만에', '동안', '사이', '사이에', '가운데', '중', '당장', '이제', '본격적으로', '잇따라', '연이어', '속속', '대거', '추가로', '새로',
  '처음', '처음으로', '먼저', '가장', '더', '또다시', '결과적으로', '이로써', '그러자', '이후에는', '최근에는', '당시에는', '올해는', '특히나', '무엇보다', '게다가',
  '같은', '다른', '그', '이', '저', '해당', '이번', '지난', '한', '어느', '모든', '각', '여러', '몇몇', '일부', '전체', '공동', '전', '현', '前', '現', '신임', '유명',
  // Places and kinds of people or companies that stand before a subject noun ("미국 빅테크가", "축구 선수가").
  '미국', '중국', '한국', '일본', '영국', '독일', '프랑스', '유럽', '인도', '캐나다', '대만', '싱가포르', '이스라엘', '실리콘밸리', '국내', '해외', '글로벌', '현지', '서울', '판교',
  '빅테크', '스타트업', '선수', '가수', '배우', '감독', '코치', '유튜버', '작가', '투자자', '창업가', '사업가', '개발사', '제조사', '운영사', '경쟁사', '협력사', '모회사', '베테랑',
]);

/** The fixed table of organizations the simulated talent market moves people between. */

export interface Unit {
  en: string;
  ko: string;
}

export interface SynthOrg {
  /** Canonical name: the gazetteer's for known organizations, the name as written for invented startups. */
  name: string;
  /** How English text writes it. */
  en: string;
  /** How Korean text writes it. */
  ko: string;
  city: Unit;
  kind: 'company' | 'university' | 'startup';
  teams: Unit[];
  /** What its people work on, as a verb phrase ("worked on …", "…을 맡아 왔다"). */
  work: Unit[];
}

const u = (en: string, ko: string): Unit => ({ en, ko });

function org(name: string, ko: string, city: Unit, teams: Unit[], work: Unit[], en = name, kind: SynthOrg['kind'] = 'company'): SynthOrg {
  return { name, en, ko, city, kind, teams, work };
}

const SF = u('San Francisco', '샌프란시스코');
const SEOUL = u('Seoul', '서울');

/** Real and invented organizations, canonical names as in the project's gazetteer. */
export const SYNTH_ORGS: readonly SynthOrg[] = [
  org('Apple', '애플', u('Cupertino', '쿠퍼티노'), [u('Apple Foundation Models', '파운데이션 모델 팀'), u('Siri team', '시리 팀')], [u('on-device language models', '온디바이스 언어모델 개발')]),
  org('Meta', '메타', u('Menlo Park', '멘로파크'), [u('Superintelligence Labs', '초지능 연구소'), u('FAIR', 'FAIR')], [u('large-scale pretraining', '대규모 사전학습')]),
  org('Google', '구글', u('Mountain View', '마운틴뷰'), [u('Google DeepMind', '구글 딥마인드'), u('Gemini team', '제미나이 팀')], [u('long-context reasoning', '장문 추론 연구')]),
  org('OpenAI', '오픈AI', SF, [u('post-training team', '사후학습 팀'), u('reasoning team', '추론 팀')], [u('reinforcement learning for reasoning models', '추론 모델의 강화학습')]),
  org('Anthropic', '앤트로픽', SF, [u('interpretability team', '해석 가능성 팀'), u('alignment team', '정렬 팀')], [u('model interpretability', '모델 해석 가능성 연구')]),
  org('Microsoft', '마이크로소프트', u('Redmond', '레드먼드'), [u('Microsoft AI', '마이크로소프트 AI'), u('Azure AI team', '애저 AI 팀')], [u('inference infrastructure', '추론 인프라 구축')]),
  org('Amazon', '아마존', u('Seattle', '시애틀'), [u('AGI team', 'AGI 팀'), u('Alexa team', '알렉사 팀')], [u('speech models', '음성 모델 개발')]),
  org('Nvidia', '엔비디아', u('Santa Clara', '샌타클래라'), [u('autonomous-vehicle research group', '자율주행 연구 조직'), u('Isaac robotics team', '아이작 로보틱스 팀')], [u('simulation for robots', '로봇 시뮬레이션 개발')]),
  org('xAI', 'xAI', u('Palo Alto', '팰로앨토'), [u('Grok team', '그록 팀')], [u('training infrastructure', '학습 인프라 구축')]),
  org('Samsung', '삼성전자', u('Suwon', '수원'), [u('Samsung Research', '삼성리서치'), u('Gauss team', '가우스 팀')], [u('on-device AI', '온디바이스 AI 개발')], 'Samsung Electronics'),
  org('Naver', '네이버', u('Seongnam', '성남'), [u('HyperCLOVA X team', '하이퍼클로바X 팀'), u('Naver Cloud', '네이버클라우드')], [u('search ranking models', '검색 랭킹 모델 개발')]),
  org('Kakao', '카카오', u('Seongnam', '성남'), [u('Kanana team', '카나나 팀'), u('AI platform team', 'AI 플랫폼 팀')], [u('recommendation systems', '추천 시스템 개발')]),
  org('LG', 'LG AI연구원', SEOUL, [u('EXAONE team', '엑사원 팀')], [u('foundation models', '초거대 모델 개발')], 'LG AI Research'),
  org('SK Telecom', 'SK텔레콤', SEOUL, [u('A. assistant team', '에이닷 팀')], [u('AI assistants', 'AI 비서 개발')]),
  org('Upstage', '업스테이지', SEOUL, [u('Solar team', '솔라 팀')], [u('document AI', '문서 인식 AI 개발')]),
  org('Mistral AI', '미스트랄AI', u('Paris', '파리'), [u('pretraining team', '사전학습팀')], [u('data mixtures for pretraining', '사전학습 데이터 설계')]),
  org('Safe Superintelligence', '세이프 슈퍼인텔리전스', u('Tel Aviv', '텔아비브'), [], [u('safety research', '안전성 연구')]),
  org('Thinking Machines Lab', '싱킹 머신즈', SF, [], [u('multimodal models', '멀티모달 모델 개발')]),
  org('Tesla', '테슬라', u('Austin', '오스틴'), [u('Optimus team', '옵티머스 팀'), u('Autopilot team', '오토파일럿 팀')], [u('robot perception', '로봇 시각 인식 개발')]),
  org('Baidu', '바이두', u('Beijing', '베이징'), [u('ERNIE team', '어니 팀')], [u('inference serving', '추론 서빙')]),
  org('Alibaba', '알리바바', u('Hangzhou', '항저우'), [u('Qwen team', '큐원 팀')], [u('reasoning models', '추론 모델 개발')]),
  org('ByteDance', '바이트댄스', u('Beijing', '베이징'), [u('Seed team', '시드 팀')], [u('video generation', '동영상 생성 모델 개발')]),
  org('Tencent', '텐센트', u('Shenzhen', '선전'), [u('Hunyuan team', '훈위안 팀')], [u('multimodal pretraining', '멀티모달 사전학습')]),
  org('DeepSeek', '딥시크', u('Hangzhou', '항저우'), [], [u('mixture-of-experts training', '전문가 혼합 모델 학습')]),
  org('Stanford University', '스탠퍼드대', u('Stanford', '스탠퍼드'), [], [u('robot learning', '로봇 학습 연구')], 'Stanford University', 'university'),
  org('KAIST', '카이스트', u('Daejeon', '대전'), [], [u('speech processing', '음성 처리 연구')], 'KAIST', 'university'),
  org('Seoul National University', '서울대', SEOUL, [], [u('computer vision', '컴퓨터 비전 연구')], 'Seoul National University', 'university'),
  org('Helix Intelligence', '헬릭스 인텔리전스', u('London', '런던'), [], [u('pretraining at scale', '대규모 사전학습')]),
  org('Cobalt Labs', '코발트 랩스', u('Seattle', '시애틀'), [], [u('inference efficiency', '추론 효율화')]),
  org('Lumen Robotics', '루멘 로보틱스', u('Palo Alto', '팰로앨토'), [], [u('robot foundation models', '로봇 기반 모델 개발')]),
  org('Nova Reason', '노바 리즌', SF, [], [u('code reasoning', '코드 추론 모델 개발')]),
  org('DeepGrain', '딥그레인', SEOUL, [], [u('agricultural vision models', '농업용 비전 모델 개발')]),
];

const STARTUP_HEADS: readonly Unit[] = [
  u('Quarry', '쿼리'), u('Lantern', '랜턴'), u('Harbor', '하버'), u('Meridian', '머리디언'), u('Northwind', '노스윈드'),
  u('Cinder', '신더'), u('Juniper', '주니퍼'), u('Basalt', '바솔트'), u('Kestrel', '케스트럴'), u('Tessera', '테세라'),
  u('Willow', '윌로'), u('Saffron', '사프란'), u('Orchard', '오처드'), u('Granite', '그래닛'), u('Solstice', '솔스티스'),
];
const STARTUP_TAILS: readonly Unit[] = [u('Labs', '랩스'), u('AI', 'AI'), u('Robotics', '로보틱스'), u('Systems', '시스템즈'), u('Intelligence', '인텔리전스'), u('Works', '웍스')];
const PRODUCTS: readonly Unit[] = [
  u('agents that automate back-office work', '사무 업무를 자동화하는 AI 에이전트'),
  u('dexterous hands for warehouse robots', '물류 로봇용 정밀 로봇 손'),
  u('cheaper inference chips for language models', '언어모델용 저전력 추론 칩'),
  u('evaluation tools for AI models', 'AI 모델 평가 도구'),
  u('speech models for call centers', '콜센터용 음성 모델'),
];

/** Invents a startup no gazetteer knows; its canonical name is the name as each language writes it. */
export function inventStartup(pick: <T>(items: readonly T[]) => T, city: Unit): SynthOrg & { product: Unit } {
  const head = pick(STARTUP_HEADS);
  const tail = pick(STARTUP_TAILS);
  const en = `${head.en} ${tail.en}`;
  return { ...org(en, `${head.ko}${tail.ko}`, city, [], [pick(PRODUCTS)], en, 'startup'), product: pick(PRODUCTS) };
}

/** The canonical name a text in `lang` gives `o`: the gazetteer name, or for startups the name as written. */
export function orgKey(o: SynthOrg, lang: 'ko' | 'en'): string {
  return o.kind === 'startup' ? (lang === 'ko' ? o.ko : o.en) : o.name;
}

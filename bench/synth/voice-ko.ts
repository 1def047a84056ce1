/** Korean sentences for the synthetic corpus: moves, career history, pay, asides and filler, in several registers. */
import { addParticle as p } from './add-particle.ts';
import { formatDay, toCalendar } from './describe-date.ts';
import type { Pen } from './open-pen.ts';
import type { Compensation, PlannedMove } from './create-market.ts';
import type { SynthOrg } from './synth-orgs.ts';
import type { Voice } from './voice.ts';

/** Only the particle, for words that get quoted ('새벽랩스'를). */
const only = (word: string, particle: Parameters<typeof p>[1]): string => p(word, particle).slice(word.length);

const place = (pen: Pen, o: SynthOrg | null, t: PlannedMove['fromTeam']): string => (o && t ? pen.team(o, t) : o ? pen.org(o) : '');

/** 4,500만 달러, 1억 5,000만 달러. */
function dollars(millions: number): string {
  const eok = Math.floor(millions / 100);
  const man = (millions % 100) * 100;
  const manText = man ? `${man.toLocaleString('en-US')}만` : '';
  return `${eok ? `${eok}억${man ? ' ' : ''}` : ''}${manText} 달러`;
}

function compPhrase(c: Compensation): string {
  if (c.currency === 'KRW') return `연봉 ${c.amount}억 원${c.atLeast ? ' 이상' : ''}`;
  const span = c.years ? `${c.years}년간 ` : c.perYear ? '연간 ' : '';
  const amount = dollars(c.amount);
  return c.atLeast ? `${span}${amount}가 넘는 보상` : `${span}${amount} 규모의 보상`;
}

const QUOTES = [
  '최상위 연구자들은 이제 보상과 함께 일할 동료를 보고 회사를 고른다',
  '인재 확보 경쟁이 모델 경쟁의 승부를 가르는 국면에 들어섰다',
  '한 명이 옮기면 몇 주 안에 팀원들이 따라가는 일이 잦아지고 있다',
  '보상 수준은 앞으로도 더 오를 가능성이 크다',
  '연구 인력의 이동을 보면 각 회사가 어디에 힘을 싣는지가 보인다',
];

const FILLERS: ReadonlyArray<(o: SynthOrg, n: number) => string> = [
  (o, n) => `${p(o.ko, '은')} 올해 들어 채용을 꾸준히 늘려 왔다. 회사 채용 페이지에는 연구·엔지니어링 직군 공고가 ${n * 3}건가량 올라 있다.`,
  (_o, n) => `업계에서는 최근 1년 새 빅테크와 AI 스타트업 사이에서 공개적으로 알려진 이직만 ${n * 20}건 안팎에 이른다고 본다. 대부분은 임원이 아닌 실무 연구자와 엔지니어다.`,
  (o) => `${o.ko} 측은 이번 인사가 제품 계획에 미칠 영향에 대해서는 말을 아꼈다. 다만 ${p(o.work[0].ko, '은')} 기존 조직을 중심으로 계속 진행된다고 밝혔다.`,
  (_o, n) => `헤드헌팅 업계에 따르면 대형 모델 학습 경험이 ${n}년 이상인 엔지니어는 동시에 여러 곳에서 제안을 받는 경우가 흔하다. 수억 원대 사이닝 보너스도 드물지 않다.`,
  () => `인재 쟁탈전이 거세지면서 주요 기업들은 수년에 걸쳐 나눠 지급하는 주식 보상으로 핵심 인력을 붙잡는 데 공을 들이고 있다.`,
  (_o, n) => `투자도 몰리고 있다. 대기업 연구자 출신이 세운 AI 스타트업들은 올해에만 ${n}조 원이 넘는 투자를 유치한 것으로 집계됐다.`,
  () => `연구자들은 돈이 전부는 아니라고 말한다. 쓸 수 있는 연산 자원, 논문 발표의 자유, 함께 일할 동료가 이직 결정에 못지않게 중요하다는 것이다.`,
  (o) => `전문가들은 인력 이동이 기업의 우선순위를 보여 주는 가장 분명한 신호라고 본다. ${o.ko}의 한 조직에서 짧은 기간에 여러 명이 빠져나가면 조직 개편이 뒤따르는 경우가 많다는 설명이다.`,
  (o, n) => `${p(o.ko, '은')} 전 세계에서 연구 인력 ${n * 150}명가량을 두고 있으며, 이 숫자는 3년 새 두 배 가까이 늘었다.`,
  () => `미국 캘리포니아주에서는 경업금지 약정이 사실상 효력이 없어 인력 이동이 자유로운 편이다. 다만 영업비밀 유지 의무는 그대로 남는다.`,
  (_o, n) => `국내 기업들도 해외 인재 유치에 나서고 있지만 보상 격차가 걸림돌로 꼽힌다. 업계에서는 상위 연구자의 연봉 차이가 ${n}배 안팎에 이른다고 본다.`,
];

/** The Korean voice. */
export const VOICE_KO: Voice = {
  headline(story, lead, title, issue) {
    const m = story.moves[0];
    if (!m || !lead) return `인재 영입 제안 잇따르지만…${story.focus.ko} 핵심 인력은 '잔류'`;
    switch (story.kind) {
      case 'burst': return `${m.from?.ko} 연구원 ${story.moves.length}명, 한 달 새 ${m.to?.ko}행`;
      case 'cascade': return `${lead} 따라 ${m.from?.ko} 팀원들 ${p(m.to?.ko ?? '경쟁사', '으로')}…'연쇄 이동'`;
      case 'founding': return `${m.from?.ko} 떠난 ${lead}, 스타트업 '${m.to?.ko}' 창업`;
      case 'press': return `[보도자료] ${m.to?.ko}, ${m.from?.ko} 출신 ${lead} ${title} 영입`;
      case 'boomerang': return `${lead}, ${p(m.to?.ko ?? '친정', '으로')} 복귀`;
      case 'roundup': return `이번 주 AI 인재 이동 — 제${issue}호`;
      default:
        if (m.from && m.to) return `${m.to.ko}, ${m.from.ko} ${lead} 영입`;
        return m.from ? `${lead}, ${m.from.ko} 떠나` : `${m.to?.ko}, ${lead} 영입`;
    }
  },
  opening(style, m) {
    if (style === 'wire') return [`[${m.outlet} ${m.reporter} 기자] ${m.dateLine}`];
    if (style === 'blog') return [`작성자: ${m.reporter} | ${m.dateLine}`];
    return [m.dateLine];
  },
  dateline(style, m, published) {
    const c = toCalendar(published);
    if (style === 'press') return `(${m.city}=${c.year}년 ${c.month}월 ${c.day}일) `;
    return '';
  },
  sections: {
    intro: '이번 주 확인된 인재 이동을 정리했습니다. 회사나 본인이 확인한 경우만 싣습니다.',
    moves: '■ 확인된 이동',
    others: '■ 이동이 아닌 소식',
  },
  bulletHead(pen, m) {
    if (!m.to) return `▶ ${pen.org(m.from!)} 퇴사:`;
    if (!m.from) return `▶ ${pen.org(m.to)} 합류:`;
    return `▶ ${pen.org(m.from)} → ${pen.org(m.to)}:`;
  },
  moveSentence(pen, m, story, index, w) {
    const r = pen.rng;
    const A = m.from ? pen.org(m.from) : '';
    const B = m.to ? pen.org(m.to) : '';
    const from = place(pen, m.from, m.fromTeam);
    const to = place(pen, m.to, m.toTeam);
    const who = `${w.name} ${m.role.ko}`;
    const short = `${m.name.shortKo} ${m.role.ko}`;
    switch (m.kind) {
      case 'leave':
        return r.pick([
          `${from}에서 ${p(m.work.ko, '을')} 이끌던 ${p(who, '은')} ${w.when} 회사를 떠났다. 행선지는 알려지지 않았다.`,
          `${A}에서는 ${p(who, '이')} ${w.when} 퇴사했다. ${short}의 다음 행보는 공개되지 않았다.`,
        ]);
      case 'join':
        return r.pick([
          `${p(B, '은')} ${w.when} ${p(who, '을')} 영입했다. ${short}의 이전 소속은 공개되지 않았다.`,
          `${p(who, '이')} ${w.when} ${to}에 합류했다. 어디에서 옮겼는지는 알려지지 않았다.`,
        ]);
      case 'found':
        return r.pick([
          `${from}에서 ${p(m.work.ko, '을')} 맡아 온 ${p(who, '이')} ${w.when} 회사를 떠나 스타트업 '${B}'${only(B, '을')} 창업했다. ${p(B, '은')} ${p(m.product?.ko ?? m.work.ko, '을')} 개발한다.`,
          `${p(who, '은')} ${w.when} ${p(A, '을')} 떠나 스타트업 '${B}'${only(B, '을')} 공동 창업했다.`,
        ]);
      case 'boomerang':
        return r.pick([
          `${p(who, '이')} ${w.when} ${p(to, '으로')} 복귀했다. ${A}에서 일한 지 몇 년 만의 귀환이다.`,
          `${A}에서 ${p(m.work.ko, '을')} 맡아 온 ${p(who, '이')} ${w.when} 친정인 ${p(B, '으로')} 돌아갔다.`,
        ]);
      default:
        break;
    }
    if (story.kind === 'press') {
      const day = toCalendar(pen.published).day;
      return index === 0
        ? `${p(B, '은')} ${A} 출신의 ${p(w.name, '을')} ${p(w.title, '으로')} 영입했다고 ${day}일 밝혔다. ${p(m.name.shortKo, '은')} ${w.when}부로 ${B}에 합류해 ${p(m.work.ko, '을')} 총괄한다.`
        : `${p(B, '은')} 또 ${from}에서 ${p(m.work.ko, '을')} 맡아 온 ${p(w.name, '을')} ${p(w.title, '으로')} 영입했다. ${p(m.name.shortKo, '은')} 이날부터 업무를 시작했다.`;
    }
    if (story.kind === 'cascade' && index > 0 && w.leader) {
      return r.pick([
        `${A}에서 ${p(w.leader.name, '과')} 함께 일한 ${who}도 ${w.when} ${to}에 합류했다.`,
        `${w.leader.name}의 최측근으로 꼽히는 ${who}도 ${w.when} ${p(A, '을')} 떠나 ${p(B, '으로')} 자리를 옮겼다.`,
      ]);
    }
    if (story.kind === 'founding' && index > 0) {
      return `공동창업자로는 ${from}에서 일해 온 ${p(who, '이')} ${w.when} 합류했다.`;
    }
    return r.pick([
      `${from}에서 ${p(m.work.ko, '을')} 맡아 온 ${p(who, '이')} ${w.when} ${to}에 합류했다.`,
      `${p(B, '이')} ${from}의 ${p(who, '을')} 영입했다. ${p(short, '은')} ${w.when} ${to}에 첫 출근했다.`,
      `${p(who, '은')} ${w.when} ${p(A, '을')} 떠나 ${p(to, '으로')} 자리를 옮겼다.`,
      `${A} 출신의 ${p(who, '이')} ${w.when} ${p(to, '으로')} 이직했다.`,
    ]);
  },
  earlierSentence(pen, m, name) {
    const e = m.earlier!;
    const who = `${name} ${m.role.ko}`;
    if (m.kind === 'boomerang') return `${p(who, '은')} ${e.year}년 ${p(pen.org(e.from!), '을')} 떠나 ${p(pen.org(e.to), '으로')} 옮긴 바 있다.`;
    if (!e.from) return `${p(who, '은')} ${e.year}년 ${pen.org(e.to)}에 입사했다.`;
    return pen.rng.pick([
      `${p(who, '은')} ${e.year}년 ${pen.org(e.from)}에서 ${p(pen.org(e.to), '으로')} 옮겼다.`,
      `${pen.org(e.to)}에 오기 전에는 ${pen.org(e.from)}에서 일했다. ${p(who, '은')} ${e.year}년 ${p(pen.org(e.from), '을')} 떠났다.`,
    ]);
  },
  moverQuote(_pen, m, name, n) {
    const who = `${name} ${m.role.ko}`;
    return [
      `${p(who, '은')} "새로운 환경에서 더 큰 문제에 도전하고 싶었다"고 말했다.`,
      `${p(who, '은')} 자신의 SNS에 "함께 일했던 동료들에게 감사한다"는 글을 남겼다.`,
      `${p(who, '은')} 새 회사에서 ${p(m.work.ko, '을')} 계속 맡을 예정이다.`,
    ][n % 3];
  },
  compPhrase,
  compSentence(pen, m, name, phrase) {
    const who = `${name} ${m.role.ko}`;
    return pen.rng.pick([
      `업계에서는 ${p(who, '이')} ${p(phrase, '을')} 받는 것으로 보고 있다.`,
      `소식통에 따르면 ${p(m.to ? pen.org(m.to) : '새 회사', '은')} ${who}에게 ${p(phrase, '을')} 약속했다.`,
    ]);
  },
  asideSentence(pen, a, name) {
    const O = pen.org(a.org);
    const X = pen.org(a.other);
    const who = `${name} ${a.role.ko}`;
    switch (a.kind) {
      case 'declined': return pen.rng.pick([
        `모든 영입 시도가 성공한 것은 아니다. ${O}의 ${p(who, '은')} ${X}의 제안을 거절하고 ${O}에 남기로 했다.`,
        `${O}의 ${p(who, '은')} ${X}의 제안을 고사한 것으로 전해졌다.`,
      ]);
      case 'rumour': return `${O}의 ${p(who, '이')} ${p(X, '과')} 이직을 논의하고 있다는 얘기도 나오지만 확인되지 않았다.`;
      case 'promotion': return `${p(O, '은')} ${p(who, '을')} ${p(pen.rng.pick(['연구 총괄', '부사장', '최고과학책임자'].filter((t) => t !== a.role.ko)), '으로')} 승진시켰다.`;
      case 'expected': return `${who}도 조만간 ${X}에 합류할 것이라는 관측이 나온다.`;
    }
  },
  unnamedSentence(pen, story) {
    return `업계에서는 올해 들어 ${pen.org(story.focus)}에서 ${story.unnamedCount}명 안팎의 인력이 빠져나간 것으로 본다. 이들의 이름은 공개되지 않았다.`;
  },
  analystSentence(_pen, name, firm, quote) {
    return `${firm}의 ${name} 애널리스트는 "${QUOTES[quote % QUOTES.length]}"고 말했다.`;
  },
  spokespersonSentence(pen, _name, org) {
    return `${pen.org(org)} 측은 "개별 인사에 대해서는 언급할 수 없다"는 입장이다.`;
  },
  ceoQuote(pen, name, org, hire) {
    return `${pen.org(org)} ${p(`${name} 대표`, '은')} "${hire}의 합류로 연구 역량이 한층 강화될 것"이라고 말했다.`;
  },
  aboutBlock(org, contact) {
    return `■ ${org.ko} 개요\n${p(org.ko, '은')} ${org.city.ko}에 본사를 둔 기업으로, ${org.work[0].ko}에 주력하고 있다.\n\n■ 문의\n${org.ko} 홍보팀 ${contact} press@example.com`;
  },
  fillers(focus, seed) {
    return FILLERS.map((f, i) => f(focus, 2 + ((seed + i * 7) % 9)));
  },
  closing(style, m) {
    if (style === 'wire') return [`${m.reporter} 기자 ${m.email}`];
    if (style === 'newsletter') return ['제보와 정정 요청은 언제든 환영합니다.', `— ${m.reporter}`];
    if (style === 'blog') return ['읽어 주셔서 감사합니다.'];
    return [];
  },
  effective(d) {
    const c = toCalendar(d);
    return { text: `${c.month}월 ${c.day}일`, truth: formatDay(d) };
  },
  pressTitles: ['최고과학책임자(CSO)', '최고기술책임자(CTO)', '연구 총괄', '엔지니어링 부사장'],
  firms: ['한빛증권', '리버뱅크증권', '한울리서치', '가람투자증권', '새솔리서치'],
  outlets: ['한빛일보', '테크한빛', '디지털아침', '이코노테크', '한결뉴스'],
};

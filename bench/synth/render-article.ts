/** Renders a planned story as one news text of about 2–4 KB, with the answer key for exactly what the text states. */
import type { Rng } from './create-rng.ts';
import { describePastDay, describePublished, formatDay } from './describe-date.ts';
import { makePersonName, type PersonName } from './make-person-name.ts';
import { openPen, type Pen, type Truth, type TruthMove } from './open-pen.ts';
import type { PlannedMove, Story } from './create-market.ts';
import type { Unit } from './synth-orgs.ts';
import type { Masthead, MoveWords, Style, Voice } from './voice.ts';
import { VOICE_EN } from './voice-en.ts';
import { VOICE_KO } from './voice-ko.ts';

export interface RenderedArticle {
  text: string;
  truth: Truth;
}

/** Upper bound on a text's size in UTF-8 bytes; the lower one is what filler tops up to. */
export const MAX_BYTES = 4000;
export const MIN_BYTES = 2000;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

interface Block {
  text: string;
  commit?: () => void;
}

/** Collects paragraphs under a byte budget; a block that does not fit leaves no trace in the key. */
class Page {
  readonly paras: string[] = [];
  used = 0;
  constructor(private readonly pen: Pen, private readonly reserve: number) {}

  add(build: () => Block | null, required = false): boolean {
    const restore = this.pen.mark();
    const block = build();
    if (!block) return false;
    const size = bytes(block.text) + 2;
    if (!required && this.used + size + this.reserve > MAX_BYTES) {
      restore();
      return false;
    }
    this.paras.push(block.text);
    this.used += size;
    block.commit?.();
    return true;
  }

  /** Like `add`, but appends to the last paragraph (a newsletter bullet keeps its details). */
  extend(build: () => Block | null): boolean {
    const restore = this.pen.mark();
    const block = build();
    if (!block || !this.paras.length) return false;
    const size = bytes(block.text) + 1;
    if (this.used + size + this.reserve > MAX_BYTES) {
      restore();
      return false;
    }
    this.paras[this.paras.length - 1] += ` ${block.text}`;
    this.used += size;
    block.commit?.();
    return true;
  }

  get total(): number {
    return this.used + this.reserve;
  }
}

function styleOf(story: Story, rng: Rng): Style {
  if (story.kind === 'roundup') return 'newsletter';
  if (story.kind === 'press') return 'press';
  return rng.chance(0.65) ? 'wire' : 'blog';
}

/** A generated name for someone quoted or credited; Korean outlets mostly have Korean staff. */
function bystander(rng: Rng, lang: 'ko' | 'en'): PersonName {
  return makePersonName(rng, lang === 'ko' && rng.chance(0.8) ? 'korean' : undefined);
}

const unitText = (lang: 'ko' | 'en', t: Unit | null): string | null => (t ? (lang === 'ko' ? t.ko : t.en) : null);

/**
 * Writes `story` in `lang`. The key lists each stated move (career history as optional), every
 * full name form the text uses, and the named people who do not move.
 */
export function renderArticle(story: Story, lang: 'ko' | 'en', rng: Rng, id: string): RenderedArticle {
  const voice: Voice = lang === 'ko' ? VOICE_KO : VOICE_EN;
  const style = styleOf(story, rng);
  const pen = openPen(rng, lang, story.published);
  const reporterName = bystander(rng, lang);
  const editorName = bystander(rng, lang);
  const masthead: Masthead = {
    outlet: rng.pick(voice.outlets),
    reporter: style === 'press' ? '' : pen.fullName(reporterName),
    editor: style === 'wire' && lang === 'en' ? pen.fullName(editorName) : '',
    email: `${reporterName.shortEn.toLowerCase().replace(/[^a-z]/g, '')}@news.example`,
    dateLine: describePublished(lang, story.published, rng),
    city: lang === 'ko' ? rng.pick(['서울', '샌프란시스코', '판교']) : rng.pick(['San Francisco', 'New York', 'London', 'Seoul', 'Seattle']),
  };
  if (masthead.reporter) pen.recordNonMover(reporterName);
  if (masthead.editor) pen.recordNonMover(editorName);

  const lead = story.moves[0];
  const pressTitle = rng.pick(voice.pressTitles);
  const title = voice.headline(story, lead ? (lang === 'ko' ? lead.name.ko : lead.name.en) : null, pressTitle, rng.between(10, 400));
  const opening = [title, ...voice.opening(style, masthead)];
  const closing = voice.closing(style, masthead);
  const aboutContact = style === 'press' ? bystander(rng, lang) : null;
  const about = aboutContact && story.focus ? voice.aboutBlock(story.focus, pen.fullName(aboutContact)) : '';
  if (aboutContact) pen.recordNonMover(aboutContact);
  const tail = about ? [about, ...closing] : closing;
  const reserve = [...opening, ...tail].reduce((n, s) => n + bytes(s) + 2, 0);
  const page = new Page(pen, reserve);
  const target = rng.between(MIN_BYTES + 200, MAX_BYTES - 600);

  if (style === 'newsletter') page.add(() => ({ text: voice.sections.intro }), true);
  if (style === 'newsletter' && story.moves.length) page.add(() => ({ text: voice.sections.moves }), true);
  let prefix = voice.dateline(style, masthead, story.published);

  if (!lead) {
    const intro = lang === 'ko'
      ? `${story.focus.ko}의 핵심 연구 인력을 둘러싼 영입 경쟁이 뜨겁지만, 실제로 회사를 옮긴 사람은 아직 없다.`
      : `Rivals have been courting researchers at ${story.focus.en} for months, but so far nobody has actually left.`;
    page.add(() => ({ text: prefix + intro }), true);
    prefix = '';
  }

  story.moves.forEach((m, index) => {
    // Some reports give no date at all; the key then has none either.
    const undated = story.kind !== 'press' && rng.chance(0.08);
    const when: { text: string; truth: string | null } = story.kind === 'press'
      ? index === 0 ? voice.effective(m.day) : { text: '', truth: formatDay(story.published) }
      : undated ? { text: '', truth: null }
        : m.day > story.published ? describePastDay(lang, story.published, story.published, rng) : pen.pastDate(m.day);
    const leader = story.kind === 'cascade' && index > 0 ? story.moves[0] : null;
    let truth: TruthMove | null = null;
    page.add(() => {
      const words: MoveWords = {
        name: pen.name(m.name),
        when: when.text,
        title: index === 0 ? pressTitle : rng.pick(voice.pressTitles.filter((t) => t !== pressTitle)),
        leader: leader ? { name: pen.name(leader.name), she: leader.she } : null,
      };
      const sentence = tidy(voice.moveSentence(pen, m, story, index, words));
      const text = style === 'newsletter' ? `${voice.bulletHead(pen, m)} ${sentence}` : prefix + sentence;
      prefix = '';
      const slots = pen.truthOf(m);
      const fromTeam = unitText(lang, m.fromTeam);
      const toTeam = unitText(lang, m.toTeam);
      return {
        text,
        commit: () => {
          truth = pen.recordMove(m.name, {
            ...slots,
            from_team: fromTeam && text.includes(fromTeam) ? fromTeam : null,
            to_team: toTeam && text.includes(toTeam) ? toTeam : null,
            date: when.truth,
            comp: null,
          });
        },
      };
    }, true);
    const extra = (build: () => Block | null): boolean => (style === 'newsletter' ? page.extend(build) : page.add(build));
    addHistory(extra, pen, voice, m);
    if (style !== 'press' && rng.chance(0.35)) {
      const variant = rng.int(3);
      extra(() => ({ text: voice.moverQuote(pen, m, pen.name(m.name), variant) }));
    }
    if (m.comp) {
      const phrase = voice.compPhrase(m.comp);
      extra(() => ({
        text: voice.compSentence(pen, m, pen.name(m.name), phrase),
        commit: () => {
          if (truth) truth.comp = phrase;
        },
      }));
    }
  });

  if (style === 'newsletter' && story.asides.length) page.add(() => ({ text: voice.sections.others }), true);
  for (const a of story.asides) {
    page.add(() => {
      const text = voice.asideSentence(pen, a, pen.fullName(a.name));
      return { text: style === 'newsletter' ? `${lang === 'ko' ? '▶' : '•'} ${text}` : text, commit: () => pen.recordNonMover(a.name) };
    }, !lead);
  }
  if (story.unnamedCount) page.add(() => ({ text: voice.unnamedSentence(pen, story) }));
  if (style === 'press' && lead) {
    const ceo = bystander(rng, lang);
    page.add(() => ({ text: voice.ceoQuote(pen, pen.fullName(ceo), story.focus, pen.name(lead.name)), commit: () => pen.recordNonMover(ceo) }));
  } else if (style !== 'newsletter') {
    const spokesperson = lang === 'en' && rng.chance(0.4) ? bystander(rng, lang) : null;
    page.add(() => ({
      text: voice.spokespersonSentence(pen, spokesperson ? pen.fullName(spokesperson) : null, story.focus),
      commit: () => spokesperson && pen.recordNonMover(spokesperson),
    }));
    const analyst = bystander(rng, lang);
    page.add(() => ({
      text: voice.analystSentence(pen, pen.fullName(analyst), rng.pick(voice.firms), rng.int(5)),
      commit: () => pen.recordNonMover(analyst),
    }));
  }

  // Background paragraphs bring the text to its target size; a few rounds cover short targets.
  for (let round = 0; round < 3 && page.total < (round === 0 ? target : MIN_BYTES); round++) {
    const fillers = voice.fillers(story.focus, story.published + round * 3);
    for (let i = fillers.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [fillers[i], fillers[j]] = [fillers[j], fillers[i]];
    }
    for (const f of fillers) {
      if (page.total >= target) break;
      page.add(() => ({ text: f }));
    }
  }

  const text = [...opening, ...page.paras, ...tail].join('\n\n') + '\n';
  return { text, truth: pen.finish(id) };
}

/** Closes the gaps an empty date phrase leaves ("joined Meta  ." → "joined Meta."). */
function tidy(s: string): string {
  return s.replace(/ {2,}/g, ' ').replace(/ ([.,;])/g, '$1');
}

/** The career-history line for a move, as an optional move in the key. */
function addHistory(add: (build: () => Block | null) => boolean, pen: Pen, voice: Voice, m: PlannedMove): void {
  const e = m.earlier;
  if (!e || m.kind === 'join' || m.kind === 'leave') return;
  if (m.kind === 'boomerang' && !e.from) return;
  add(() => ({
    text: voice.earlierSentence(pen, m, pen.name(m.name)),
    commit: () => {
      pen.recordMove(m.name, {
        from: e.from ? (e.from.kind === 'startup' ? (pen.lang === 'ko' ? e.from.ko : e.from.en) : e.from.name) : null,
        to: e.to.kind === 'startup' ? (pen.lang === 'ko' ? e.to.ko : e.to.en) : e.to.name,
        from_team: null,
        to_team: null,
        date: String(e.year),
        comp: null,
        optional: true,
      });
    },
  }));
}

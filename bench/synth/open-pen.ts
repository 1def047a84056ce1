/** The state one article is written with: its language, dates, who has been named so far, and the answer key it builds. */
import type { Rng } from './create-rng.ts';
import { describePastDay, formatDay, type Day, type DatePhrase } from './describe-date.ts';
import type { PersonName } from './make-person-name.ts';
import type { PlannedMove } from './create-market.ts';
import { orgKey, type SynthOrg, type Unit } from './synth-orgs.ts';

/** One move in the answer key, in the format of the evaluation's gold.jsonl. */
export interface TruthMove {
  person: string[];
  from: string | null;
  to: string | null;
  from_team: string | null;
  to_team: string | null;
  date: string | null;
  comp: string | null;
  optional?: true;
}

/** The answer key for one document (a gold.jsonl line). */
export interface Truth {
  id: string;
  lang: 'ko' | 'en';
  published: string;
  moves: TruthMove[];
  non_movers: string[];
}

interface MoveEntry {
  key: string;
  move: TruthMove;
}

export interface Pen {
  rng: Rng;
  lang: 'ko' | 'en';
  published: Day;
  /** The full name at first mention ("한나 베커(Hanna Becker)"), the short form after. */
  name(n: PersonName): string;
  /** The full name, always (headlines, lists). */
  fullName(n: PersonName): string;
  org(o: SynthOrg): string;
  team(o: SynthOrg, t: Unit): string;
  pastDate(d: Day): DatePhrase;
  /** Adds a scored (or, with `optional`, career-history) move to the key. */
  recordMove(n: PersonName, m: Omit<TruthMove, 'person'>): TruthMove;
  recordNonMover(n: PersonName): void;
  /** The key's organization and team slots for a planned move, as this language writes them. */
  truthOf(m: PlannedMove): { from: string | null; to: string | null; from_team: string | null; to_team: string | null };
  finish(id: string): Truth;
  /** Forgets names mentioned since `mark()`: a dropped paragraph must not count as a mention. */
  mark(): () => void;
}

const keyOf = (n: PersonName): string => `${n.en}|${n.ko}`;

/** Opens a pen for one article. */
export function openPen(rng: Rng, lang: 'ko' | 'en', published: Day): Pen {
  let forms = new Map<string, string[]>();
  const moves: MoveEntry[] = [];
  const nonMovers = new Set<string>();
  const nonMoverOrder: string[] = [];
  const pen: Pen = {
    rng,
    lang,
    published,
    name(n) {
      const k = keyOf(n);
      if (forms.has(k)) return lang === 'ko' ? n.shortKo : n.shortEn;
      return pen.fullName(n);
    },
    fullName(n) {
      const k = keyOf(n);
      let list = forms.get(k);
      if (!list) {
        list = lang === 'en' ? [n.en] : n.koWithLatin ? [n.en, n.ko] : [n.ko];
        forms = new Map(forms).set(k, list);
      }
      if (lang === 'en') return n.en;
      return n.koWithLatin ? `${n.ko}(${n.en})` : n.ko;
    },
    org: (o) => (lang === 'ko' ? o.ko : o.en),
    team(o, t) {
      const own = lang === 'ko' ? o.ko : o.en;
      const unit = lang === 'ko' ? t.ko : t.en;
      // "Google DeepMind" already says whose it is; "pretraining team" needs its owner.
      if (unit.split(' ')[0] === own.split(' ')[0] || (lang === 'ko' && unit.startsWith(own.slice(0, 2)))) return unit;
      return lang === 'ko' ? `${own} ${unit}` : `${own}'${own.endsWith('s') ? '' : 's'} ${unit}`;
    },
    pastDate: (d) => describePastDay(lang, d, published, rng),
    recordMove(n, m) {
      const move: TruthMove = { person: [], ...m };
      moves.push({ key: keyOf(n), move });
      return move;
    },
    recordNonMover(n) {
      const k = keyOf(n);
      if (!nonMovers.has(k)) {
        nonMovers.add(k);
        nonMoverOrder.push(k);
      }
    },
    truthOf(m) {
      const unit = (t: Unit | null): string | null => (t ? (lang === 'ko' ? t.ko : t.en) : null);
      return {
        from: m.from ? orgKey(m.from, lang) : null,
        to: m.to ? orgKey(m.to, lang) : null,
        from_team: unit(m.fromTeam),
        to_team: unit(m.toTeam),
      };
    },
    mark() {
      const saved = forms;
      return () => {
        forms = saved;
      };
    },
    finish(id) {
      const movers = new Set(moves.map((e) => e.key));
      for (const e of moves) e.move.person = [...(forms.get(e.key) ?? [])];
      const non_movers = nonMoverOrder.filter((k) => !movers.has(k) && forms.has(k)).flatMap((k) => forms.get(k) ?? []);
      return { id, lang, published: formatDay(published), moves: moves.map((e) => e.move), non_movers };
    },
  };
  return pen;
}

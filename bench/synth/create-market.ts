/** A small talent-market simulation: a bounded pool of people moving between organizations, cut into news stories. */
import type { Rng } from './create-rng.ts';
import { makePersonName, type PersonName } from './make-person-name.ts';
import { SYNTH_ORGS, inventStartup, type SynthOrg, type Unit } from './synth-orgs.ts';
import type { Day } from './describe-date.ts';

export interface Role {
  en: string;
  ko: string;
}

export interface CareerStep {
  from: SynthOrg | null;
  to: SynthOrg;
  year: number;
}

export interface SynthPerson {
  id: number;
  name: PersonName;
  she: boolean;
  org: SynthOrg;
  team: Unit | null;
  role: Role;
  /** Earlier steps, oldest first, at most three: the source of career-history lines. */
  history: CareerStep[];
}

export interface Compensation {
  /** Millions of US dollars, or 억 원 (hundred millions of won) when `currency` is KRW. */
  amount: number;
  currency: 'USD' | 'KRW';
  years: number | null;
  perYear: boolean;
  atLeast: boolean;
}

export type MoveKind = 'switch' | 'leave' | 'join' | 'found' | 'boomerang';

export interface PlannedMove {
  kind: MoveKind;
  name: PersonName;
  she: boolean;
  /** Null when the story does not say (a join whose origin is undisclosed). */
  from: SynthOrg | null;
  fromTeam: Unit | null;
  /** Null when the story does not say (a departure with no known destination). */
  to: SynthOrg | null;
  toTeam: Unit | null;
  role: Role;
  work: Unit;
  day: Day;
  comp: Compensation | null;
  /** An earlier career step the story may mention (career history, optional in the key). */
  earlier: CareerStep | null;
  product: Unit | null;
}

export type AsideKind = 'declined' | 'rumour' | 'promotion' | 'expected';

/** A named person the story mentions who does not move. */
export interface Aside {
  kind: AsideKind;
  name: PersonName;
  she: boolean;
  org: SynthOrg;
  other: SynthOrg;
  role: Role;
}

export type StoryKind = 'single' | 'burst' | 'cascade' | 'founding' | 'roundup' | 'press' | 'filler' | 'boomerang' | 'rereport';

export interface Story {
  kind: StoryKind;
  published: Day;
  moves: PlannedMove[];
  asides: Aside[];
  /** The organization the story is about (the hirer, or the one losing people). */
  focus: SynthOrg;
  unnamedCount: number | null;
}

const ROLES: readonly Role[] = [
  { en: 'research scientist', ko: '연구원' },
  { en: 'senior research scientist', ko: '수석연구원' },
  { en: 'engineer', ko: '엔지니어' },
  { en: 'staff engineer', ko: '선임 엔지니어' },
  { en: 'research lead', ko: '리더' },
  { en: 'director', ko: '디렉터' },
  { en: 'vice president', ko: '부사장' },
  { en: 'principal scientist', ko: '수석과학자' },
];
const PROMOTED: readonly Role[] = [
  { en: 'head of research', ko: '연구 총괄' },
  { en: 'vice president', ko: '부사장' },
  { en: 'chief scientist', ko: '최고과학책임자' },
];

const POOL_CAP = 2500;
const STARTUP_CAP = 40;
const RECENT_CAP = 40;

export interface Market {
  /** Plans the next story for an article published on `published`, updating everyone's employer. */
  nextStory(published: Day, allowRereport: boolean): Story;
}

/**
 * Creates the market. Memory stays bounded: the pool, the startups and the recent moves are
 * capped, so a million stories cost what a thousand do.
 */
export function createMarket(rng: Rng, startYear: number): Market {
  const people: SynthPerson[] = [];
  const startups: SynthOrg[] = [];
  const recent: PlannedMove[] = [];
  let nextId = 1;
  const established = SYNTH_ORGS.filter((o) => o.kind !== 'startup');
  const companies = established.filter((o) => o.kind === 'company');

  const anyOrg = (): SynthOrg => (startups.length && rng.chance(0.08) ? rng.pick(startups) : rng.pick(established));
  const teamOf = (o: SynthOrg): Unit | null => (o.teams.length && rng.chance(0.6) ? rng.pick(o.teams) : null);

  function newPerson(): SynthPerson {
    const org = anyOrg();
    const history: CareerStep[] = [];
    if (rng.chance(0.6)) {
      const prev = rng.pick(established.filter((o) => o !== org));
      history.push({ from: null, to: prev, year: startYear - rng.between(5, 12) }, { from: prev, to: org, year: startYear - rng.between(1, 4) });
    }
    const p: SynthPerson = { id: nextId++, name: makePersonName(rng), she: rng.chance(0.45), org, team: teamOf(org), role: rng.pick(ROLES), history };
    if (people.length < POOL_CAP) people.push(p);
    else people[rng.int(POOL_CAP)] = p;
    return p;
  }
  for (let i = 0; i < 300; i++) newPerson();

  /**
   * A pool member matching `ok`, or a newcomer made to match by `fit` (the pool keeps renewing
   * itself, and an organization may have nobody left in it).
   */
  function findPerson(ok: (p: SynthPerson) => boolean, taken: Set<number>, fit: (p: SynthPerson) => void = () => {}): SynthPerson {
    if (rng.chance(0.25)) {
      const p = newPerson();
      if (ok(p) && !taken.has(p.id)) return p;
    }
    for (let i = 0; i < 30; i++) {
      const p = rng.pick(people);
      if (ok(p) && !taken.has(p.id)) return p;
    }
    const p = newPerson();
    fit(p);
    return p;
  }

  const placeAt = (o: SynthOrg) => (p: SynthPerson): void => {
    p.org = o;
    p.team = teamOf(o);
    p.history = [];
  };

  function compensation(): Compensation | null {
    if (!rng.chance(0.3)) return null;
    if (rng.chance(0.25)) return { amount: rng.between(3, 40), currency: 'KRW', years: null, perYear: true, atLeast: rng.chance(0.3) };
    const years = rng.chance(0.5) ? rng.between(2, 5) : null;
    return { amount: rng.pick([5, 8, 10, 12, 15, 20, 25, 30, 45, 60, 80, 100, 150, 200, 300]), currency: 'USD', years, perYear: !years && rng.chance(0.4), atLeast: rng.chance(0.3) };
  }

  /** Moves `p` and records it; `to` null keeps the destination unknown to the story. */
  function move(p: SynthPerson, kind: MoveKind, to: SynthOrg, day: Day, story: { to: boolean; from: boolean }, product: Unit | null = null): PlannedMove {
    if (!story.from) kind = 'join';
    else if (!story.to) kind = 'leave';
    const earlier = kind === 'boomerang'
      ? [...p.history].reverse().find((h) => h.from === to) ?? null
      : p.history.length && rng.chance(0.35) ? p.history[p.history.length - 1] : null;
    const toTeam = to.teams.length && rng.chance(0.5) ? rng.pick(to.teams) : null;
    const planned: PlannedMove = {
      kind, name: p.name, she: p.she,
      from: story.from ? p.org : null, fromTeam: story.from ? p.team : null,
      to: story.to ? to : null, toTeam: story.to ? toTeam : null,
      role: p.role, work: rng.pick(p.org.work), day, comp: story.to && kind !== 'found' ? compensation() : null, earlier, product,
    };
    const year = new Date(day * 86_400_000).getUTCFullYear();
    p.history.push({ from: p.org, to, year });
    if (p.history.length > 3) p.history.shift();
    p.org = to;
    p.team = toTeam;
    recent.push(planned);
    if (recent.length > RECENT_CAP) recent.shift();
    return planned;
  }

  function aside(kind: AsideKind, org: SynthOrg, other: SynthOrg, taken: Set<number>): Aside {
    const p = findPerson((q) => q.org === org, taken, placeAt(org));
    taken.add(p.id);
    return { kind, name: p.name, she: p.she, org, other, role: p.role };
  }

  function addAsides(story: Story, taken: Set<number>, home: SynthOrg, rival: SynthOrg): void {
    if (home === rival) rival = rng.pick(companies.filter((o) => o !== home));
    if (rng.chance(0.4)) story.asides.push(aside('declined', home, rival, taken));
    if (rng.chance(0.25)) story.asides.push(aside('rumour', rng.pick(established.filter((o) => o !== rival)), rival, taken));
    if (rng.chance(0.25)) story.asides.push(aside('promotion', home, home, taken));
    if (rng.chance(0.15)) story.asides.push(aside('expected', home, rival, taken));
  }

  const pastDay = (published: Day, lo: number, hi: number): Day => published - rng.between(lo, hi);

  function nextStory(published: Day, allowRereport: boolean): Story {
    const taken = new Set<number>();
    const r = rng.next();
    const fresh = recent.filter((m) => m.day <= published && published - m.day <= 45 && m.kind !== 'found');
    if (allowRereport && fresh.length && r < 0.1) {
      const m = rng.pick(fresh);
      const copy: PlannedMove = { ...m, comp: rng.chance(0.5) ? compensation() : m.comp };
      return { kind: 'rereport', published, moves: [copy], asides: [], focus: m.to ?? m.from ?? rng.pick(companies), unnamedCount: null };
    }
    const kind: StoryKind = r < 0.28 ? 'single' : r < 0.4 ? 'burst' : r < 0.48 ? 'cascade' : r < 0.56 ? 'founding'
      : r < 0.7 ? 'roundup' : r < 0.8 ? 'press' : r < 0.86 ? 'boomerang' : 'filler';
    const story: Story = { kind, published, moves: [], asides: [], focus: rng.pick(companies), unnamedCount: null };
    const hirer = story.focus;
    if (kind === 'single' || kind === 'press') {
      const p = findPerson((q) => q.org !== hirer, taken, placeAt(rng.pick(established.filter((o) => o !== hirer))));
      taken.add(p.id);
      // A press release announces a start date ahead; the key uses that date.
      const day = kind === 'press' ? published + rng.between(0, 30) : pastDay(published, 0, 40);
      story.moves.push(move(p, 'switch', hirer, day, { from: true, to: true }));
      if (kind === 'press' && rng.chance(0.5)) {
        const q = findPerson((x) => x.org !== hirer, taken, placeAt(rng.pick(established.filter((o) => o !== hirer))));
        taken.add(q.id);
        story.moves.push(move(q, 'switch', hirer, published, { from: true, to: true }));
      }
      if (kind === 'single') addAsides(story, taken, story.moves[0].from ?? hirer, hirer);
    } else if (kind === 'burst' || kind === 'cascade') {
      const loser = rng.pick(companies.filter((o) => o !== hirer));
      const team = loser.teams.length ? rng.pick(loser.teams) : null;
      // A burst plants at least three departures, the fewest `bursts` reports; a cascade a leader and one to three followers.
      const n = kind === 'burst' ? rng.between(3, 5) : rng.between(2, 4);
      for (let i = 0; i < n; i++) {
        const p = findPerson((q) => q.org === loser, taken, placeAt(loser));
        taken.add(p.id);
        p.team = team ?? p.team;
        const day = kind === 'cascade' && i === 0 ? pastDay(published, 20, 45) : pastDay(published, 0, 19);
        if (kind === 'cascade' && i === 0) p.role = rng.pick(PROMOTED);
        story.moves.push(move(p, 'switch', hirer, day, { from: true, to: true }));
      }
      story.unnamedCount = rng.chance(0.4) ? rng.between(2, 12) : null;
      addAsides(story, taken, loser, hirer);
      story.focus = loser;
    } else if (kind === 'founding') {
      const p = findPerson((q) => q.org.kind === 'company', taken, placeAt(rng.pick(companies)));
      taken.add(p.id);
      const s = inventStartup(rng.pick, p.org.city);
      startups.push(s);
      if (startups.length > STARTUP_CAP) startups.shift();
      const day = pastDay(published, 0, 40);
      story.moves.push(move(p, 'found', s, day, { from: true, to: true }, s.product));
      if (rng.chance(0.5)) {
        const q = findPerson((x) => x.org !== s, taken, placeAt(rng.pick(established)));
        taken.add(q.id);
        story.moves.push(move(q, 'switch', s, pastDay(published, 0, 30), { from: true, to: true }));
      }
      // The story's background is about the company they left, not the startup.
      story.focus = story.moves[0].from ?? s;
      story.unnamedCount = rng.chance(0.3) ? rng.between(3, 9) : null;
    } else if (kind === 'boomerang') {
      const p = findPerson((q) => q.history.some((h) => h.from !== null && h.from !== q.org && h.from.kind !== 'startup'), taken, (q) => {
        const before = rng.pick(established.filter((o) => o !== q.org));
        q.history = [{ from: before, to: q.org, year: new Date(published * 86_400_000).getUTCFullYear() - rng.between(1, 4) }];
      });
      taken.add(p.id);
      const back = [...p.history].reverse().find((h) => h.from !== null && h.from !== p.org && h.from.kind !== 'startup')!.from!;
      story.focus = back;
      story.moves.push(move(p, 'boomerang', back, pastDay(published, 0, 30), { from: true, to: true }));
      addAsides(story, taken, story.moves[0].from ?? back, back);
    } else if (kind === 'roundup') {
      const n = rng.between(3, 5);
      for (let i = 0; i < n; i++) {
        const p = findPerson(() => true, taken);
        taken.add(p.id);
        const to = rng.pick(established.filter((o) => o !== p.org));
        const shape = rng.next();
        const sides = shape < 0.15 ? { from: true, to: false } : shape < 0.3 ? { from: false, to: true } : { from: true, to: true };
        story.moves.push(move(p, 'switch', to, pastDay(published, 0, 12), sides));
      }
      addAsides(story, taken, rng.pick(companies), rng.pick(companies));
    } else {
      // Filler: people are named, offers are made, nobody moves.
      story.asides.push(aside('declined', rng.pick(companies.filter((o) => o !== hirer)), hirer, taken));
      if (rng.chance(0.6)) story.asides.push(aside('rumour', rng.pick(companies.filter((o) => o !== hirer)), hirer, taken));
      if (rng.chance(0.6)) story.asides.push(aside('promotion', hirer, hirer, taken));
      story.unnamedCount = rng.between(5, 40);
    }
    return story;
  }

  return { nextStory };
}

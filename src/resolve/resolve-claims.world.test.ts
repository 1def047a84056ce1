// Acceptance: claims derived from the dev answer key, resolved, then scored against the merged world key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang, OrgSlot, Resolution, StoredClaim } from '../core/types.ts';
import { defaultGazetteer } from '../orgs/index.ts';
import { resolveClaims } from './index.ts';

const evalDir = fileURLToPath(new URL('../../../shared/eval/', import.meta.url));
const present = existsSync(join(evalDir, 'dev', 'gold.jsonl')) && existsSync(join(evalDir, 'score-world.mjs'));
const skip = present ? false : `no evaluation data at ${evalDir}`;

interface GoldMove {
  person: string[];
  from: string | null;
  to: string | null;
  from_team?: string | null;
  to_team?: string | null;
  date: string | null;
  optional?: boolean;
}
interface GoldDoc {
  id: string;
  lang: Lang;
  published: string | null;
  moves: GoldMove[];
}

const hangul = (s: string) => /\p{Script=Hangul}/u.test(s);

/**
 * Gold moves as stored claims. `all-forms`: every name form of the document (person + aliases).
 * `one-form`: a single form per claim (the Hangul one in Korean documents), and Korean documents
 * write unverified organizations in Hangul, as extraction across documents would give.
 */
function goldClaims(variant: 'all-forms' | 'one-form'): StoredClaim[] {
  const gazetteer = defaultGazetteer();
  const docs = readFileSync(join(evalDir, 'dev', 'gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldDoc);
  const scorerOrgs = JSON.parse(readFileSync(join(evalDir, 'orgs.json'), 'utf8')) as Record<string, string[]>;
  const claims: StoredClaim[] = [];
  docs.forEach((doc, docIndex) => {
    const slot = (org: string | null, team: string | null | undefined): OrgSlot | null => {
      if (!org) return null;
      const verified = !!gazetteer.lookup(org);
      const written = variant === 'one-form' && doc.lang === 'ko' && !verified ? (scorerOrgs[org] ?? []).find(hangul) ?? org : org;
      return { org: written, team: team ?? null, verified, mention: written };
    };
    for (const m of doc.moves) {
      const names = variant === 'one-form' ? [doc.lang === 'ko' ? m.person.find(hangul) ?? m.person[0] : m.person[0]] : m.person;
      claims.push({
        id: claims.length + 1,
        documentId: docIndex + 1,
        source: `dev/texts/${doc.id}.txt`,
        published: doc.published,
        lang: doc.lang,
        extractor: 'gold',
        person: names[0],
        aliases: names.slice(1),
        from: slot(m.from, m.from_team),
        to: slot(m.to, m.to_team),
        date: m.date,
        role: null,
        compensation: null,
        confidence: 0.9,
        history: !!m.optional,
        evidence: [],
      });
    }
  });
  return claims;
}

/** Non-history moves in the shape score-world.mjs reads. */
function renderForScorer(r: Resolution): unknown[] {
  const people = new Map(r.people.map((p) => [p.key, p]));
  const orgs = new Map(r.orgs.map((o) => [o.key, o]));
  return r.moves
    .filter((m) => !m.history)
    .map((m) => {
      const p = people.get(m.personKey)!;
      return {
        person: { name: p.name, aliases: p.names },
        from: m.from ? { org: orgs.get(m.from.orgKey)!.name } : null,
        to: m.to ? { org: orgs.get(m.to.orgKey)!.name } : null,
      };
    });
}

function scoreWorld(r: Resolution): { f1: number; report: string } {
  const dir = mkdtempSync(join(tmpdir(), 'resolve-world-'));
  try {
    const file = join(dir, 'moves.json');
    writeFileSync(file, JSON.stringify(renderForScorer(r)));
    const report = execFileSync(process.execPath, [join(evalDir, 'score-world.mjs'), '--world', join(evalDir, 'dev', 'world.jsonl'), '--moves', file, '--verbose'], { encoding: 'utf8' });
    const f1 = Number(/world-F1 ([\d.]+)/.exec(report)?.[1]);
    return { f1, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('gold-derived claims with every name form resolve to the world key (world-F1 ≥ 0.97)', { skip }, (t) => {
  const { f1, report } = scoreWorld(resolveClaims(goldClaims('all-forms'), { gazetteer: defaultGazetteer() }));
  t.diagnostic(`world-F1 ${f1}`);
  assert.ok(f1 >= 0.97, report);
});

test('one name form per claim still resolves across scripts and documents (world-F1 ≥ 0.90)', { skip }, (t) => {
  const { f1, report } = scoreWorld(resolveClaims(goldClaims('one-form'), { gazetteer: defaultGazetteer() }));
  t.diagnostic(`world-F1 ${f1}`);
  if (process.env.RESOLVE_VERBOSE) t.diagnostic(report);
  assert.ok(f1 >= 0.9, report);
});

test('the namesakes of the dev corpus stay apart and the multi-source moves merge', { skip }, () => {
  const r = resolveClaims(goldClaims('one-form'), { gazetteer: defaultGazetteer() });
  const people = new Map(r.people.map((p) => [p.key, p]));
  const movesOf = (...names: string[]) => r.moves.filter((m) => people.get(m.personKey)!.names.some((n) => names.includes(n)));
  const chenWei = new Set(movesOf('Chen Wei', 'Wei Chen', '첸 웨이', '천 웨이').map((m) => m.personKey));
  assert.equal(chenWei.size, 2, 'two different people named Chen Wei');
  const nowak = movesOf('Tomasz Nowak').filter((m) => !m.history);
  assert.equal(nowak.length, 1, 'left Apple + joined Lumen + the dated report are one move');
  assert.deepEqual([nowak[0].from?.orgKey, nowak[0].to?.orgKey, nowak[0].claimIds.length], ['apple', 'lumen-robotics', 3]);
  assert.equal(nowak[0].date, '2025-08');
});

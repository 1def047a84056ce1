/** Human decisions on claims and people (accept, reject, edit, merge, split), respected by every re-resolution. */
import type { Kysely, Selectable } from 'kysely';
import { InputError } from '../core/errors.ts';
import {
  checkDecisionInput,
  claimFingerprints,
  indexDecisions,
  judgeClaim,
  type ClaimEdit,
  type ClaimState,
  type Decision,
  type DecisionAction,
  type DecisionInput,
} from '../curation/index.ts';
import type { Database, Engine } from './schema.ts';
import type { CurationDecisionTable } from './schema-curation.ts';

export interface CurationStore {
  /**
   * Checks the input (InputError 'bad-data'), finds the claim(s) (InputError 'not-found'), and
   * stores the decision with the claims' fingerprints. It takes effect at the next re-resolution
   * (rebuildMoves), which the caller runs.
   */
  recordDecision(input: DecisionInput): Promise<Decision>;
  /** Every decision, oldest first. */
  listDecisions(): Promise<Decision[]>;
  /** Removes one decision (undo); false when there is none with that id. */
  removeDecision(id: number): Promise<boolean>;
  /** What the decisions make of each claim (of any revision); ids that match no claim map to null. */
  claimStates(claimIds: number[]): Promise<Map<number, ClaimState>>;
}

const toDecision = (row: Selectable<CurationDecisionTable>): Decision => ({
  id: row.id,
  action: row.action as DecisionAction,
  claimId: row.claim_id,
  otherClaimId: row.other_claim_id,
  source: row.source,
  otherSource: row.other_source,
  fingerprints: JSON.parse(row.fingerprints) as string[],
  otherFingerprints: row.other_fingerprints === null ? null : (JSON.parse(row.other_fingerprints) as string[]),
  fields: row.fields === null ? null : (JSON.parse(row.fields) as ClaimEdit),
  by: row.decided_by,
  note: row.note,
  createdAt: row.created_at,
});

export class KyselyCurationStore implements CurationStore {
  readonly #db: Kysely<Database>;
  readonly #engine: Engine;

  constructor(db: Kysely<Database>, engine: Engine) {
    this.#db = db;
    this.#engine = engine;
  }

  /** Fingerprints and document source of the given claims (any revision), by claim id. */
  async #fingerprintsOf(claimIds: number[]): Promise<Map<number, { source: string; fingerprints: string[] }>> {
    const out = new Map<number, { source: string; fingerprints: string[] }>();
    const ids = [...new Set(claimIds)];
    // Chunks keep the parameter count under either engine's limit.
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.#db
        .selectFrom('claims as c')
        .innerJoin('documents as d', 'd.id', 'c.document_id')
        .select(['c.id', 'c.person', 'c.aliases', 'c.from_org', 'c.from_mention', 'c.to_org', 'c.to_mention', 'd.source'])
        .where('c.id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const r of rows) {
        const slot = (org: string | null, mention: string | null) => (org === null ? null : { org, mention: mention ?? org, team: null, verified: false });
        const fingerprints = claimFingerprints({ source: r.source, person: r.person, aliases: JSON.parse(r.aliases) as string[], from: slot(r.from_org, r.from_mention), to: slot(r.to_org, r.to_mention) });
        out.set(r.id, { source: r.source, fingerprints });
      }
    }
    return out;
  }

  async recordDecision(input: DecisionInput): Promise<Decision> {
    const checked = checkDecisionInput(input);
    const ids = [checked.claimId, ...(checked.otherClaimId ? [checked.otherClaimId] : [])];
    const fps = await this.#fingerprintsOf(ids);
    const missing = ids.filter((id) => !fps.has(id));
    if (missing.length) throw new InputError('not-found', `no claim with id ${missing.join(', ')} (claim ids are in moves --json, sources[].claim)`);
    const row = {
      action: checked.action,
      claim_id: checked.claimId,
      other_claim_id: checked.otherClaimId ?? null,
      source: fps.get(checked.claimId)!.source,
      other_source: checked.otherClaimId ? fps.get(checked.otherClaimId)!.source : null,
      fingerprints: JSON.stringify(fps.get(checked.claimId)!.fingerprints),
      other_fingerprints: checked.otherClaimId ? JSON.stringify(fps.get(checked.otherClaimId)!.fingerprints) : null,
      fields: checked.fields ? JSON.stringify(checked.fields) : null,
      decided_by: checked.by,
      note: checked.note ?? null,
      created_at: new Date().toISOString(),
    };
    const { id } = await this.#db.insertInto('curation_decisions').values(row).returning('id').executeTakeFirstOrThrow();
    return toDecision({ id, ...row });
  }

  async listDecisions(): Promise<Decision[]> {
    const rows = await this.#db.selectFrom('curation_decisions').selectAll().orderBy('id').execute();
    return rows.map(toDecision);
  }

  async removeDecision(id: number): Promise<boolean> {
    if (!Number.isSafeInteger(id) || id < 1) return false;
    const result = await this.#db.deleteFrom('curation_decisions').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async claimStates(claimIds: number[]): Promise<Map<number, ClaimState>> {
    const states = new Map<number, ClaimState>(claimIds.map((id) => [id, null]));
    const decisions = await this.listDecisions();
    if (!decisions.length || !claimIds.length) return states;
    const index = indexDecisions(decisions);
    for (const [id, { fingerprints }] of await this.#fingerprintsOf(claimIds)) states.set(id, judgeClaim(fingerprints, index).state);
    return states;
  }
}

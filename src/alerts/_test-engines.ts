/** Test-only: the store engines (src/store/_contract-engines.ts) with the alert tables emptied too. */
import { postgresEngine, sqliteEngine, type ContractEngine } from '../store/_contract-engines.ts';
import type { Store } from '../store/index.ts';

export async function alertEngines(): Promise<ContractEngine[]> {
  return [sqliteEngine(), await postgresEngine()];
}

/** A migrated, empty store; on PostgreSQL the shared test database keeps tables the contract helper does not truncate. */
export async function openEmptyStore(engine: ContractEngine): Promise<Store> {
  const store = await engine.openEmpty();
  if (engine.name === 'postgres') await engine.query('truncate alert_deliveries, fired_alerts, alert_rules restart identity cascade');
  return store;
}

/** Test-only: the engines the store contract suite runs on, each able to hand out an empty store. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore } from './open-store.ts';
import type { Store } from './store.ts';

export interface ContractEngine {
  name: 'sqlite' | 'postgres';
  /** node:test `skip` value: false, or the reason the suite is skipped. */
  skip: string | false;
  setUp(): Promise<void>;
  /** The URL of the engine's current database, for reopening it. */
  url(): string;
  /** A migrated store over an empty database. */
  openEmpty(): Promise<Store>;
  /** Runs read-only SQL directly on the current database, bypassing the store. */
  query(sqlText: string): Promise<Array<Record<string, unknown>>>;
  tearDown(): Promise<void>;
}

/** SQLite: a new file in a temporary folder for every store. */
export function sqliteEngine(): ContractEngine {
  let dir = '';
  let current = '';
  let count = 0;
  return {
    name: 'sqlite',
    skip: false,
    async setUp() {
      dir = mkdtempSync(join(tmpdir(), 'poachwatch-store-'));
    },
    url: () => `sqlite:${current}`,
    async openEmpty() {
      current = join(dir, `store-${++count}.sqlite`);
      return openStore(`sqlite:${current}`);
    },
    async query(sqlText) {
      const db = new Database(current, { readonly: true });
      try {
        return db.prepare(sqlText).all() as Array<Record<string, unknown>>;
      } finally {
        db.close();
      }
    },
    async tearDown() {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

const TABLES = 'move_claims, moves, org_names, orgs, person_names, people, claims, documents, alert_deliveries, fired_alerts, alert_rules, curation_decisions, feed_items, feeds, flow_totals, resolve_names, resolve_name_keys, resolve_weak_links, resolve_name_sigs, resolve_claims, resolve_people, resolve_org_forms, resolve_state';

/**
 * PostgreSQL at $POACHWATCH_TEST_PG: one database with a random name per run, created on set-up
 * and dropped on tear-down, emptied before every store. Skipped when the variable is unset, or
 * the server unreachable, unless POACHWATCH_REQUIRE_PG=1, which turns both into failures.
 */
export async function postgresEngine(): Promise<ContractEngine> {
  const baseUrl = process.env.POACHWATCH_TEST_PG;
  const required = process.env.POACHWATCH_REQUIRE_PG === '1';
  const dbName = `poachwatch_test_${randomBytes(6).toString('hex')}`;
  let admin: pg.Client | undefined;
  let client: pg.Client | undefined;
  let migrated = false;
  let skip: string | false = false;
  if (!baseUrl) {
    if (!required) skip = 'skipped: PostgreSQL suite (set POACHWATCH_TEST_PG)';
  } else if (!required && !(await canConnect(baseUrl))) {
    skip = `skipped: PostgreSQL suite (${new URL(baseUrl).host} unreachable; set POACHWATCH_REQUIRE_PG=1 to fail instead)`;
  }
  const testUrl = () => {
    if (!baseUrl) throw new Error('POACHWATCH_REQUIRE_PG=1 but POACHWATCH_TEST_PG is not set');
    const url = new URL(baseUrl);
    url.pathname = `/${dbName}`;
    return url.toString();
  };
  return {
    name: 'postgres',
    skip,
    async setUp() {
      const url = testUrl();
      admin = new pg.Client({ connectionString: baseUrl, connectionTimeoutMillis: 5000 });
      await admin.connect();
      // The name is ours (hex only) and identifiers cannot be bound as parameters.
      await admin.query(`create database ${dbName}`);
      client = new pg.Client({ connectionString: url });
      await client.connect();
    },
    url: testUrl,
    async openEmpty() {
      if (migrated) await client!.query(`truncate ${TABLES} restart identity cascade`);
      const store = await openStore(testUrl());
      migrated = true;
      return store;
    },
    async query(sqlText) {
      return (await client!.query(sqlText)).rows;
    },
    async tearDown() {
      await client?.end();
      if (admin) {
        await admin.query(`drop database if exists ${dbName} with (force)`);
        await admin.end();
      }
    },
  };
}

async function canConnect(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await probe.connect();
    return true;
  } catch {
    return false;
  } finally {
    await probe.end().catch(() => {});
  }
}

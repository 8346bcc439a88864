// Migration 0003 turns existing subscriptions into plain ones and keeps them unique per filter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import * as m0001 from '../../src/store/migrations/0001_initial.js';
import * as m0002 from '../../src/store/migrations/0002_brief_search_text.js';
import { openStore } from '../../src/store/open.js';

const dir = mkdtempSync(join(tmpdir(), 'attache-m0003-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('existing subscriptions stay plain, active and unique after the upgrade', async () => {
  const file = join(dir, 'old.db');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) });
  const migrations = { '0001_initial': { up: (k: Kysely<unknown>) => m0001.up(k, 'sqlite') }, '0002_brief_search_text': { up: (k: Kysely<unknown>) => m0002.up(k, 'sqlite') } };
  expect((await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest()).error).toBeUndefined();
  const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  await raw
    .insertInto('subscriptions')
    .values({ platform: 'slack', channel: 'C1', topics: '["sanctions"]', countries: '[]', min_confidence: 0, active: 1, created_at: '2025-01-01T00:00:00.000Z' })
    .execute();
  await db.destroy();

  const store = await openStore(`sqlite:${file}`);
  try {
    const [old] = await store.listSubscriptions();
    expect(old).toMatchObject({ channel: 'C1', topics: ['sanctions'], active: true });
    expect(old?.digest).toBeUndefined();
    expect((await store.ensureSubscription('slack', 'C1', { topics: ['sanctions'], countries: [], minConfidence: 0 })).id).toBe(old!.id);
    const digest = await store.ensureSubscription('slack', 'C1', { topics: ['sanctions'], countries: [], minConfidence: 0, digest: 'daily' });
    expect(digest.id).not.toBe(old!.id);
    expect(await store.listSubscriptions()).toHaveLength(2);
  } finally {
    await store.close();
  }
});

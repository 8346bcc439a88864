// Migration 0006 drops the dead briefs.search_text column from a database that holds briefs; the
// briefs stay readable, searchable and writable, on SQLite and PostgreSQL alike.
import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { SqlDialect } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/open.js';
import { seedAt, upgradeDatabases, type RawDb, type UpgradeDatabase } from './upgrade.js';

const databases = upgradeDatabases('m0006');

const T = '2025-09-11T09:00:00.000Z';

async function seed(raw: RawDb): Promise<void> {
  await raw.insertInto('stories').values({ id: 's1', topics: '["sanctions"]', countries: '["BY"]', headline: 'h', first_seen_at: T, updated_at: T }).execute();
  const payload = JSON.stringify({
    id: 'b1', storyId: 's1', topics: ['sanctions'], countries: ['BY'], action: 'ease', confidence: 0.9, headline: 'US eases sanctions on Belavia',
    whatsHappening: 'The Treasury lifted restrictions.', sources: [], createdAt: T,
  });
  await raw.insertInto('briefs').values({ id: 'b1', story_id: 's1', payload, created_at: T, topics: ',sanctions,', countries: ',BY,', confidence: 0.9, search_text: ' us eases ' }).execute();
}

async function briefColumns(db: Kysely<unknown>, dialect: SqlDialect): Promise<string[]> {
  const rows =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_table_info('briefs')`.execute(db)
      : await sql<{ name: string }>`select column_name as name from information_schema.columns where table_name = 'briefs'`.execute(db);
  return rows.rows.map((r) => r.name).sort();
}

async function expectUpgraded(database: UpgradeDatabase): Promise<void> {
  const store = await openStore(database.url);
  try {
    expect((await store.latestBriefs({ limit: 5 })).map((b) => b.headline)).toEqual(['US eases sanctions on Belavia']);
    expect((await store.search('belavia', 5)).map((h) => h.kind)).toEqual(['story']);
    expect((await store.countryTimeline('BY', 5)).total).toBe(1);
  } finally {
    await store.close();
  }
  const check = database.open();
  try {
    const columns = await briefColumns(check, database.dialect);
    expect(columns).not.toContain('search_text');
    expect(columns).toEqual(expect.arrayContaining(['id', 'payload', 'revision']));
  } finally {
    await check.destroy();
  }
}

it('SQLite: drops the column and keeps the briefs', async () => {
  const db = databases.sqlite('old');
  await seedAt(db, '0005_search', seed);
  await expectUpgraded(db);
});

it('PostgreSQL: drops the column and keeps the briefs', async () => {
  const db = await databases.postgres('m0006');
  await seedAt(db, '0005_search', seed);
  await expectUpgraded(db);
});

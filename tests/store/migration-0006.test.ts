// Migration 0006 drops the dead briefs.search_text column from a database that holds briefs; the
// briefs stay readable, searchable and writable, on SQLite and PostgreSQL alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrationProvider, type SqlDialect } from '../../src/store/migrations/index.js';
import { openStore } from '../../src/store/open.js';
import { startPostgres, type TestPostgres } from './postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'attache-m0006-'));
let server: TestPostgres | undefined;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const T = '2025-09-11T09:00:00.000Z';

async function seedAt0005(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const result = await new Migrator({ db, provider: migrationProvider(dialect) }).migrateTo('0005_search');
  expect(result.error).toBeUndefined();
  const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
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

async function expectUpgraded(url: string, db: () => Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  const store = await openStore(url);
  try {
    expect((await store.latestBriefs({ limit: 5 })).map((b) => b.headline)).toEqual(['US eases sanctions on Belavia']);
    expect((await store.search('belavia', 5)).map((h) => h.kind)).toEqual(['story']);
    expect((await store.countryTimeline('BY', 5)).total).toBe(1);
  } finally {
    await store.close();
  }
  const check = db();
  try {
    const columns = await briefColumns(check, dialect);
    expect(columns).not.toContain('search_text');
    expect(columns).toEqual(expect.arrayContaining(['id', 'payload', 'revision']));
  } finally {
    await check.destroy();
  }
}

it('SQLite: drops the column and keeps the briefs', async () => {
  const file = join(dir, 'old.db');
  const open = () => new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) });
  const db = open();
  await seedAt0005(db, 'sqlite');
  await db.destroy();
  await expectUpgraded(`sqlite:${file}`, open, 'sqlite');
});

it('PostgreSQL: drops the column and keeps the briefs', async () => {
  const url = await server!.createDatabase('m0006');
  const open = () => {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on('error', () => {}); // an idle client closed by the server at teardown is not a failure
    return new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  };
  const db = open();
  await seedAt0005(db, 'postgres');
  await db.destroy();
  await expectUpgraded(url, open, 'postgres');
});

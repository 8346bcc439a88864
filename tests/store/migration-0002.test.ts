// Migration 0002 back-fills briefs.search_text for briefs written before it existed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import * as m0001 from '../../src/store/migrations/0001_initial.js';
import { openStore } from '../../src/store/open.js';

const dir = mkdtempSync(join(tmpdir(), 'attache-m0002-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('existing briefs become searchable after the upgrade', async () => {
  const file = join(dir, 'old.db');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ '0001_initial': { up: (k) => m0001.up(k, 'sqlite') } }) } });
  expect((await migrator.migrateToLatest()).error).toBeUndefined();
  const payload = JSON.stringify({
    id: 'b1', storyId: 's1', topics: ['sanctions'], countries: ['BY'], confidence: 0.9, headline: 'Frozen ASSETS in Брюсселе',
    whatsHappening: 'x', sources: [{ feedId: 'f', feedName: 'Wire', title: 'Euroclear' }], createdAt: '2025-01-01T00:00:00.000Z',
  });
  const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  await raw.insertInto('stories').values({ id: 's1', topics: '[]', countries: '[]', headline: 'h', first_seen_at: 'x', updated_at: 'x' }).execute();
  await raw.insertInto('briefs').values({ id: 'b1', story_id: 's1', payload, created_at: '2025-01-01T00:00:00.000Z', topics: ',sanctions,', countries: ',BY,', confidence: 0.9 }).execute();
  await db.destroy();

  const store = await openStore(`sqlite:${file}`);
  try {
    const ids = async (q: string) => (await store.search(q, 5)).map((h) => (h.kind === 'story' ? h.brief.id : h.itemId));
    expect(await ids('frozen assets брюсселе')).toEqual(['b1']);
    expect(await ids('euroclear')).toEqual(['b1']);
  } finally {
    await store.close();
  }
});

// Migration 0004 keeps existing outbox rows (as posts, with their ids and the id counter), fills
// the new story columns of existing stories, and still refuses a second post of a brief.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import * as m0001 from '../../src/store/migrations/0001_initial.js';
import * as m0002 from '../../src/store/migrations/0002_brief_search_text.js';
import * as m0003 from '../../src/store/migrations/0003_digests.js';
import type { Brief } from '../../src/core/types.js';
import { openStore } from '../../src/store/open.js';

const dir = mkdtempSync(join(tmpdir(), 'attache-m0004-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('existing outbox rows become posts with their ids; stories get report times; posts stay unique', async () => {
  const file = join(dir, 'old.db');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) });
  const migrations = {
    '0001_initial': { up: (k: Kysely<unknown>) => m0001.up(k, 'sqlite') },
    '0002_brief_search_text': { up: (k: Kysely<unknown>) => m0002.up(k, 'sqlite') },
    '0003_digests': { up: (k: Kysely<unknown>) => m0003.up(k, 'sqlite') },
  };
  expect((await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest()).error).toBeUndefined();
  const raw = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  const t = '2025-01-01T00:00:00.000Z';
  await raw.insertInto('feeds').values({ id: 'wire', name: 'Wire', url: 'https://w.example/rss', tags: '[]', enabled: 1, source: 'catalogue', created_at: t }).execute();
  await raw
    .insertInto('subscriptions')
    .values({ platform: 'slack', channel: 'C1', topics: '[]', countries: '[]', min_confidence: 0, active: 1, created_at: t, digest: 'none' })
    .execute();
  await raw.insertInto('stories').values({ id: 's1', topics: '["sanctions"]', countries: '["BY"]', headline: 'H', first_seen_at: t, updated_at: '2025-01-02T00:00:00.000Z' }).execute();
  const payload = JSON.stringify({ id: 'b1', storyId: 's1', topics: ['sanctions'], countries: ['BY'], confidence: 0.9, headline: 'H', whatsHappening: 'x', sources: [], createdAt: t });
  await raw.insertInto('briefs').values({ id: 'b1', story_id: 's1', payload, created_at: t, topics: ',sanctions,', countries: ',BY,', confidence: 0.9, search_text: ' h ' }).execute();
  const row = { brief_id: 'b1', subscription_id: 1, platform: 'slack', channel: 'C1', status: 'pending', attempts: 0, next_attempt_at: t, created_at: t };
  // Ids 1-3 were used; 3 was deleted, so the counter (3) is above the largest id left (2).
  await raw.insertInto('outbox').values({ ...row, status: 'delivered', external_id: 'C1:1.0' }).execute();
  await raw.insertInto('subscriptions').values({ platform: 'slack', channel: 'C2', topics: '[]', countries: '[]', min_confidence: 0, active: 1, created_at: t, digest: 'none' }).execute();
  await raw.insertInto('outbox').values({ ...row, subscription_id: 2, channel: 'C2' }).execute();
  await raw.insertInto('subscriptions').values({ platform: 'slack', channel: 'C3', topics: '[]', countries: '[]', min_confidence: 0, active: 1, created_at: t, digest: 'none' }).execute();
  await raw.insertInto('outbox').values({ ...row, subscription_id: 3, channel: 'C3' }).execute();
  await raw.deleteFrom('outbox').where('channel', '=', 'C3').execute();
  await db.destroy();

  const store = await openStore(`sqlite:${file}`);
  try {
    const due = await store.dueOutbox(new Date('2025-01-03T00:00:00Z'), 10);
    expect(due.map((w) => [w.entry.id, w.kind, w.revision])).toEqual([[2, 'post', 1]]);
    const [candidate] = await store.storyCandidates({ topics: ['sanctions'], countries: ['BY'], since: new Date(t), limit: 10 });
    expect(candidate).toMatchObject({ revision: 0, briefId: 'b1', match: { fingerprint: '', actors: { acting: [], targeted: [] } } });
    expect(candidate!.match.firstReportAt.toISOString()).toBe(t);
    expect(candidate!.match.lastReportAt.toISOString()).toBe('2025-01-02T00:00:00.000Z');

    // A new row gets an id above every id ever used; a second post of b1 to C1 is refused.
    const { outboxIds } = await store.commitPoll({
      feedId: 'wire',
      state: { at: new Date(t), nextDueAt: new Date(t) },
      items: [],
      briefs: [
        {
          story: { id: 's2', topics: ['sanctions'], countries: ['BY'], headline: 'H2', firstSeenAt: new Date(t), updatedAt: new Date(t) },
          brief: { id: 'b2', storyId: 's2', topics: ['sanctions'], countries: ['BY'], confidence: 0.9, headline: 'H2', whatsHappening: 'x', sources: [], createdAt: new Date(t) },
          itemKeys: [],
          subscriptionIds: [3],
        },
        {
          story: { id: 's1', topics: ['sanctions'], countries: ['BY'], headline: 'H', firstSeenAt: new Date(t), updatedAt: new Date(t) },
          brief: { ...(JSON.parse(payload) as Brief), createdAt: new Date(t) },
          itemKeys: [],
          subscriptionIds: [1],
        },
      ],
    });
    expect(outboxIds).toEqual([4]);
  } finally {
    await store.close();
  }
});

// Migration 0005 indexes what a database already holds: items and briefs become searchable and
// briefs get their country rows, on SQLite and PostgreSQL alike.
import { expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';
import type { SearchHit } from '../../src/store/store.js';
import { seedAt, upgradeDatabases, type RawDb } from './upgrade.js';

const databases = upgradeDatabases('m0005');

const T = '2025-09-11T09:00:00.000Z';

async function seed(raw: RawDb): Promise<void> {
  await raw.insertInto('feeds').values({ id: 'wire', name: 'Wire', url: 'https://w.example/rss', tags: '[]', enabled: 1, source: 'catalogue', created_at: T }).execute();
  const item = (key: string, title: string, summary: string) => ({ feed_id: 'wire', key, title, summary, first_seen_at: T, published_at: T, content_hash: key, link: `https://w.example/${key}` });
  await raw.insertInto('items').values([item('a', 'ПОЛИТЗАКЛЮЧЁННЫЕ на свободе', 'Помилованы 16 человек'), item('b', 'Weather', 'Sunny in Minsk')]).execute();
  await raw.insertInto('stories').values({ id: 's1', topics: '["sanctions"]', countries: '["BY","US"]', headline: 'h', first_seen_at: T, updated_at: T }).execute();
  const payload = JSON.stringify({
    id: 'b1', storyId: 's1', topics: ['sanctions'], countries: ['BY', 'US'], action: 'ease', confidence: 0.9, headline: 'US eases sanctions on Belavia',
    whatsHappening: 'The Treasury lifted restrictions.', sources: [{ feedId: 'wire', feedName: 'Wire', title: 'Belavia relief', url: 'https://w.example/x' }], createdAt: T,
  });
  await raw.insertInto('briefs').values({ id: 'b1', story_id: 's1', payload, created_at: T, topics: ',sanctions,', countries: ',BY,US,', confidence: 0.9, search_text: '' }).execute();
}

const label = (h: SearchHit) => (h.kind === 'story' ? `story:${h.brief.id}` : `item:${h.title}`);

async function expectIndexed(url: string): Promise<void> {
  const store = await openStore(url);
  try {
    expect((await store.search('политзаключенных помиловал', 5)).map(label)).toEqual(['item:ПОЛИТЗАКЛЮЧЁННЫЕ на свободе']);
    expect((await store.search('sunny', 5)).map(label)).toEqual(['item:Weather']);
    expect((await store.search('eased restriction relief', 5)).map(label)).toEqual(['story:b1']);
    const us = await store.countryTimeline('US', 10);
    expect([us.total, us.briefs.map((b) => b.id), us.latest.sanctions?.id]).toEqual([1, ['b1'], 'b1']);
    // The triggers run for rows written after the upgrade too.
    await store.removeFeed('wire');
    expect(await store.search('sunny', 5)).toEqual([]);
  } finally {
    await store.close();
  }
}

it('SQLite: existing items and briefs are indexed by the upgrade', async () => {
  const db = databases.sqlite('old');
  await seedAt(db, '0004_stories', seed);
  await expectIndexed(db.url);
});

it('PostgreSQL: existing items and briefs are indexed by the upgrade', async () => {
  const db = await databases.postgres('m0005');
  await seedAt(db, '0004_stories', seed);
  await expectIndexed(db.url);
});

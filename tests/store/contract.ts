// The Store contract, run against every backend (see sqlite.test.ts and postgres.test.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Brief, Classification, FeedDefinition, FeedItem, Story } from '../../src/core/types.js';
import { openStore } from '../../src/store/open.js';
import type { NewBrief, NewItem, PollCommit, Store } from '../../src/store/store.js';
import { commandStoreContract } from './contract-commands.js';
import { digestStoreContract } from './contract-digests.js';
import { leaseStoreContract } from './contract-lease.js';
import { searchStoreContract } from './contract-search.js';
import { storyStoreContract } from './contract-stories.js';

export interface Backend {
  /** A URL of a new, empty database. Opening it twice must reach the same data. */
  freshDatabase(): Promise<string>;
  /** Runs raw SQL against that database (for states the Store API cannot produce yet). */
  exec(url: string, statement: string): Promise<void>;
}

const T0 = new Date('2025-03-01T10:00:00.123Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

const FEEDS: FeedDefinition[] = [
  { id: 'un-news-en', name: 'UN News', url: 'https://news.un.org/feed/en.xml', language: 'en', tags: ['un'], intervalSeconds: 600 },
  { id: 'meduza-ru', name: 'Meduza', url: 'https://meduza.io/rss', language: 'ru', tags: [] },
];

function item(key: string, extra: Partial<FeedItem> = {}): FeedItem {
  return {
    feedId: 'un-news-en',
    key,
    guid: key.startsWith('guid:') ? key.slice(5) : undefined,
    link: `https://example.org/${encodeURIComponent(key)}`,
    title: `Title ${key}`,
    summary: `Summary of ${key}`,
    publishedAt: at(-30),
    contentHash: `hash-${key}`,
    language: 'en',
    ...extra,
  };
}

const CLASSIFICATION: Classification = {
  topics: ['sanctions'],
  countries: ['BY', 'UA'],
  action: 'impose',
  actors: { acting: [], targeted: [] },
  confidence: 0.82,
  language: 'en',
  evidence: ['imposed sanctions'],
};

let briefSeq = 0;
function newBrief(
  itemKeys: string[],
  subscriptionIds: number[],
  opts: { topics?: Brief['topics']; countries?: string[]; createdAt?: Date; id?: string } = {},
): NewBrief {
  briefSeq += 1;
  const id = opts.id ?? `brief-${briefSeq}`;
  const createdAt = opts.createdAt ?? at(briefSeq);
  const story: Story = {
    id: `story-${id}`,
    topics: opts.topics ?? ['sanctions'],
    countries: opts.countries ?? ['BY', 'UA'],
    headline: `Headline ${id}`,
    firstSeenAt: createdAt,
    updatedAt: createdAt,
  };
  const brief: Brief = {
    id,
    storyId: story.id,
    topics: story.topics,
    action: 'impose',
    countries: story.countries,
    confidence: 0.82,
    headline: story.headline,
    whatsHappening: 'Something happened.',
    whyItMatters: 'It matters.',
    sources: [
      { feedId: 'un-news-en', feedName: 'UN News', title: 'Source title', url: 'https://example.org/a', publishedAt: at(-30) },
      { feedId: 'un-news-en', feedName: 'UN News', title: 'No date or url' },
    ],
    createdAt,
  };
  return { story, brief, itemKeys, subscriptionIds };
}

function commit(items: NewItem[], briefs: NewBrief[] = [], when = T0): PollCommit {
  return {
    feedId: 'un-news-en',
    state: { etag: '"v1"', lastModified: 'Sat, 01 Mar 2025 09:00:00 GMT', bodyHash: 'abc', at: when, nextDueAt: at(10) },
    items,
    briefs,
  };
}

export function storeContract(name: string, backend: () => Backend): void {
  describe(`Store contract: ${name}`, () => {
    let url: string;
    let store: Store;
    const extra: Store[] = [];

    async function reopen(): Promise<Store> {
      const s = await openStore(url);
      extra.push(s);
      return s;
    }

    beforeEach(async () => {
      url = await backend().freshDatabase();
      store = await openStore(url);
    });

    afterEach(async () => {
      await store.close();
      for (const s of extra.splice(0)) await s.close();
    });

    it('runs migrations idempotently on reopen and keeps data', async () => {
      await store.syncFeeds(FEEDS);
      await store.close();
      const logs: string[] = [];
      store = await openStore(url, { logger: { info: (_o, msg) => logs.push(msg ?? '') } });
      expect(logs).toEqual([]); // nothing left to apply
      expect((await store.listFeeds()).map((f) => f.id)).toEqual(['meduza-ru', 'un-news-en']);
    });

    it('syncFeeds inserts new feeds with empty state and updates known ones without touching state', async () => {
      await store.syncFeeds(FEEDS);
      const fresh = await store.getFeed('un-news-en');
      expect(fresh).toEqual({
        ...FEEDS[0],
        enabled: true,
        state: { initialised: false, consecutiveFailures: 0 },
      });
      const meduza = await store.getFeed('meduza-ru');
      expect(meduza?.language).toBe('ru');
      expect(meduza?.intervalSeconds).toBeUndefined();
      expect(await store.getFeed('nope')).toBeUndefined();

      await store.commitPoll(commit([{ item: item('guid:1') }]));
      await store.recordFailure('meduza-ru', { at: T0, error: 'boom', nextDueAt: at(5), disable: 'too many' });

      await store.syncFeeds([
        { id: 'un-news-en', name: 'UN News (EN)', url: 'https://news.un.org/feed/v2.xml', tags: ['un', 'multilateral'], intervalSeconds: 300 },
        { id: 'meduza-ru', name: 'Meduza', url: 'https://meduza.io/rss', language: 'ru', tags: [] },
        { id: 'new-feed', name: 'New', url: 'https://new.example/rss', tags: [] },
      ]);
      const updated = await store.getFeed('un-news-en');
      expect(updated).toMatchObject({
        name: 'UN News (EN)',
        url: 'https://news.un.org/feed/v2.xml',
        tags: ['un', 'multilateral'],
        intervalSeconds: 300,
        enabled: true,
      });
      expect(updated?.language).toBeUndefined();
      expect(updated?.state).toEqual({
        etag: '"v1"',
        lastModified: 'Sat, 01 Mar 2025 09:00:00 GMT',
        bodyHash: 'abc',
        initialised: true,
        lastAttemptAt: T0,
        lastSuccessAt: T0,
        nextDueAt: at(10),
        consecutiveFailures: 0,
      });
      // A disabled feed stays disabled; its failure state survives the sync.
      const disabled = await store.getFeed('meduza-ru');
      expect(disabled?.enabled).toBe(false);
      expect(disabled?.state.consecutiveFailures).toBe(1);
      expect((await store.listFeeds()).map((f) => f.id)).toEqual(['meduza-ru', 'new-feed', 'un-news-en']);
    });

    it('seenKeys reports only keys this feed has stored', async () => {
      await store.syncFeeds(FEEDS);
      expect(await store.seenKeys('un-news-en', [])).toEqual(new Set());
      await store.commitPoll(commit([{ item: item('guid:1') }, { item: item('link:https://x/2') }]));
      expect(await store.seenKeys('un-news-en', ['guid:1', 'guid:3', 'link:https://x/2'])).toEqual(
        new Set(['guid:1', 'link:https://x/2']),
      );
      expect(await store.seenKeys('meduza-ru', ['guid:1'])).toEqual(new Set());
      const many = Array.from({ length: 1200 }, (_, i) => `hash:${i}`);
      expect((await store.seenKeys('un-news-en', [...many, 'guid:1'])).size).toBe(1);
    });

    it('commitPoll writes state, items, classifications, stories, briefs and outbox; dedupes known keys', async () => {
      await store.syncFeeds(FEEDS);
      const sub = await store.ensureSubscription('slack', 'C1', { topics: [], countries: [], minConfidence: 0 });
      const sub2 = await store.ensureSubscription('discord', 'D1', { topics: ['sanctions'], countries: [], minConfidence: 0.5 });

      const first = await store.commitPoll(commit([{ item: item('guid:1') }, { item: item('guid:2') }]));
      expect(first).toEqual({ itemsInserted: 2, outboxIds: [] });

      const b = newBrief(['guid:3', 'guid:1'], [sub2.id, sub.id, sub.id]);
      const result = await store.commitPoll(
        commit(
          [
            { item: item('guid:2') }, // already known: ignored
            { item: item('guid:3'), classification: CLASSIFICATION, classifierVersion: 'v1' },
            { item: item('guid:4', { guid: undefined, link: undefined, publishedAt: undefined, language: undefined }), classification: { ...CLASSIFICATION, topics: [], countries: [], action: undefined, confidence: 0 } },
          ],
          [b],
          at(1),
        ),
      );
      expect(result.itemsInserted).toBe(2);
      expect(result.outboxIds).toHaveLength(2);
      expect(await store.seenKeys('un-news-en', ['guid:1', 'guid:2', 'guid:3', 'guid:4'])).toEqual(
        new Set(['guid:1', 'guid:2', 'guid:3', 'guid:4']),
      );

      const feed = await store.getFeed('un-news-en');
      expect(feed?.state).toMatchObject({ initialised: true, lastSuccessAt: at(1), consecutiveFailures: 0 });
      expect(await store.getBrief(b.brief.id)).toEqual(b.brief);

      const due = await store.dueOutbox(at(1), 10);
      expect(due.map((w) => w.entry.id)).toEqual(result.outboxIds);
      expect(due.map((w) => [w.entry.platform, w.entry.channel, w.entry.subscriptionId])).toEqual(
        expect.arrayContaining([
          ['slack', 'C1', sub.id],
          ['discord', 'D1', sub2.id],
        ]),
      );
      for (const w of due) {
        expect(w.entry).toMatchObject({ briefId: b.brief.id, status: 'pending', attempts: 0, nextAttemptAt: at(1), createdAt: at(1) });
        expect(w.brief).toEqual(b.brief);
      }

      // Re-committing the same brief and subscriptions adds no outbox rows (unique per brief+subscription).
      const again = await store.commitPoll(commit([], [b], at(2)));
      expect(again).toEqual({ itemsInserted: 0, outboxIds: [] });
      expect(await store.dueOutbox(at(3), 10)).toHaveLength(2);
    });

    it('commitPoll skips outbox rows for unknown or inactive subscriptions', async () => {
      await store.syncFeeds(FEEDS);
      const sub = await store.ensureSubscription('console', 'console', { topics: [], countries: [], minConfidence: 0 });
      const gone = await store.ensureSubscription('slack', 'C-archived', { topics: [], countries: [], minConfidence: 0 });
      await backend().exec(url, `UPDATE subscriptions SET active = 0, disabled_reason = 'channel archived' WHERE id = ${gone.id}`);
      expect((await store.listSubscriptions()).find((s) => s.id === gone.id)).toMatchObject({
        active: false,
        disabledReason: 'channel archived',
      });

      const res = await store.commitPoll(commit([{ item: item('guid:1') }], [newBrief(['guid:1'], [sub.id, gone.id, 9999])]));
      expect(res.outboxIds).toHaveLength(1);
      const due = await store.dueOutbox(at(100), 10);
      expect(due.map((w) => w.entry.subscriptionId)).toEqual([sub.id]);

      // Asking again for the inactive subscription creates a new, active one.
      const back = await store.ensureSubscription('slack', 'C-archived', { topics: [], countries: [], minConfidence: 0 });
      expect(back.id).not.toBe(gone.id);
      expect(back.active).toBe(true);
    });

    it('commitPoll rolls back everything when any part fails', async () => {
      await store.syncFeeds(FEEDS);
      const sub = await store.ensureSubscription('slack', 'C1', { topics: [], countries: [], minConfidence: 0 });
      const before = await store.getFeed('un-news-en');

      // 1. Rejected by the database: the brief points at a story that does not exist (foreign key).
      const badStory = newBrief(['guid:1'], [sub.id]);
      badStory.brief = { ...badStory.brief, storyId: 'no-such-story' };
      await expect(
        store.commitPoll(commit([{ item: item('guid:1'), classification: CLASSIFICATION }], [newBrief(['guid:1'], [sub.id]), badStory])),
      ).rejects.toThrow();

      // 2. Rejected in code, after items were written: an invalid Date.
      const badDate = newBrief(['guid:1'], [sub.id], { createdAt: new Date(Number.NaN) });
      await expect(store.commitPoll(commit([{ item: item('guid:1') }], [badDate]))).rejects.toThrow();

      // 3. A story that names an item key the feed does not have.
      await expect(store.commitPoll(commit([{ item: item('guid:1') }], [newBrief(['guid:missing'], [sub.id])]))).rejects.toThrow(
        /unknown item keys/,
      );

      expect(await store.seenKeys('un-news-en', ['guid:1'])).toEqual(new Set());
      expect(await store.getFeed('un-news-en')).toEqual(before);
      expect(await store.latestBriefs({ limit: 10 })).toEqual([]);
      expect(await store.dueOutbox(at(1000), 10)).toEqual([]);

      // The same commit, fixed, goes through; outbox ids keep working.
      const ok = await store.commitPoll(commit([{ item: item('guid:1'), classification: CLASSIFICATION }], [newBrief(['guid:1'], [sub.id])]));
      expect(ok.itemsInserted).toBe(1);
      expect(ok.outboxIds).toHaveLength(1);
    });

    it('commitPoll fails for an unknown feed', async () => {
      await expect(store.commitPoll({ ...commit([{ item: item('guid:1') }]), feedId: 'nope' })).rejects.toThrow();
      expect(await store.listFeeds()).toEqual([]);
    });

    it('recordUnchanged moves timestamps and resets failures', async () => {
      await store.syncFeeds(FEEDS);
      await store.commitPoll(commit([{ item: item('guid:1') }]));
      await store.recordFailure('un-news-en', { at: at(1), error: 'HTTP 503', nextDueAt: at(3) });
      await store.recordUnchanged('un-news-en', at(5), at(15));
      const state = (await store.getFeed('un-news-en'))?.state;
      expect(state).toEqual({
        etag: '"v1"',
        lastModified: 'Sat, 01 Mar 2025 09:00:00 GMT',
        bodyHash: 'abc',
        initialised: true,
        lastAttemptAt: at(5),
        lastSuccessAt: at(5),
        nextDueAt: at(15),
        consecutiveFailures: 0,
      });
    });

    it('recordFailure increments failures and disables when asked', async () => {
      await store.syncFeeds(FEEDS);
      await store.recordFailure('un-news-en', { at: at(1), error: 'HTTP 500', nextDueAt: at(2) });
      await store.recordFailure('un-news-en', { at: at(2), error: 'HTTP 502', nextDueAt: at(4) });
      let feed = await store.getFeed('un-news-en');
      expect(feed?.enabled).toBe(true);
      expect(feed?.state).toEqual({
        initialised: false,
        lastAttemptAt: at(2),
        nextDueAt: at(4),
        consecutiveFailures: 2,
        lastError: 'HTTP 502',
      });

      await store.recordFailure('un-news-en', { at: at(4), error: 'HTTP 503', nextDueAt: at(8), disable: 'disabled after 3 failures' });
      feed = await store.getFeed('un-news-en');
      expect(feed?.enabled).toBe(false);
      expect(feed?.state).toMatchObject({ consecutiveFailures: 3, lastError: 'HTTP 503', disabledReason: 'disabled after 3 failures' });
      expect((await store.getFeed('meduza-ru'))?.enabled).toBe(true);

      // A success resets the counter but does not re-enable the feed.
      await store.commitPoll(commit([]));
      feed = await store.getFeed('un-news-en');
      expect(feed?.state.consecutiveFailures).toBe(0);
      expect(feed?.state.lastError).toBeUndefined();
      expect(feed?.enabled).toBe(false);
    });

    it('ensureSubscription is idempotent per platform, channel and filter', async () => {
      const a = await store.ensureSubscription('slack', 'C1', { topics: ['sanctions', 'prisoner_release'], countries: ['ua', 'BY'], minConfidence: 0.6 });
      expect(a).toMatchObject({
        platform: 'slack',
        channel: 'C1',
        topics: ['prisoner_release', 'sanctions'],
        countries: ['BY', 'UA'],
        minConfidence: 0.6,
        active: true,
      });
      expect(a.createdAt).toBeInstanceOf(Date);
      expect(a.disabledReason).toBeUndefined();
      const same = await store.ensureSubscription('slack', 'C1', { topics: ['prisoner_release', 'sanctions'], countries: ['BY', 'UA'], minConfidence: 0.6 });
      expect(same).toEqual(a);
      const [x, y] = await Promise.all([
        store.ensureSubscription('discord', 'D1', { topics: [], countries: [], minConfidence: 0 }),
        store.ensureSubscription('discord', 'D1', { topics: [], countries: [], minConfidence: 0 }),
      ]);
      expect(x.id).toBe(y.id);
      const other = await store.ensureSubscription('slack', 'C1', { topics: [], countries: [], minConfidence: 0.6 });
      expect(other.id).not.toBe(a.id);
      const subs = await store.listSubscriptions();
      expect(subs.map((s) => s.id)).toEqual([a.id, x.id, other.id].sort((p, q) => p - q));
    });

    it('outbox: due rows by id, retry, deliver, fail', async () => {
      await store.syncFeeds(FEEDS);
      const s1 = await store.ensureSubscription('slack', 'C1', { topics: [], countries: [], minConfidence: 0 });
      const s2 = await store.ensureSubscription('discord', 'D1', { topics: [], countries: [], minConfidence: 0 });
      const b1 = newBrief(['guid:1'], [s1.id, s2.id]);
      const r1 = await store.commitPoll(commit([{ item: item('guid:1') }], [b1], at(0)));
      const b2 = newBrief(['guid:2'], [s1.id]);
      const r2 = await store.commitPoll(commit([{ item: item('guid:2') }], [b2], at(1)));
      const ids = [...r1.outboxIds, ...r2.outboxIds];
      expect(ids).toHaveLength(3);
      expect([...ids].sort((p, q) => p - q)).toEqual(ids);

      expect(await store.dueOutbox(new Date(at(0).getTime() - 1), 10)).toEqual([]);
      expect((await store.dueOutbox(at(0), 10)).map((w) => w.entry.id)).toEqual(r1.outboxIds);
      expect((await store.dueOutbox(at(1), 10)).map((w) => w.entry.id)).toEqual(ids);
      expect((await store.dueOutbox(at(1), 2)).map((w) => w.entry.id)).toEqual(ids.slice(0, 2));
      expect(await store.dueOutbox(at(1), 0)).toEqual([]);

      const [id1, id2, id3] = ids as [number, number, number];
      await store.markRetry(id1, 'HTTP 429', at(30));
      let due = await store.dueOutbox(at(10), 10);
      // id3 (slack C1) queues behind id1 (slack C1, waiting for its retry); id2 is another channel.
      expect(due.map((w) => w.entry.id)).toEqual([id2]);
      due = await store.dueOutbox(at(30), 10);
      expect(due.map((w) => w.entry.id)).toEqual([id1, id2, id3]);
      expect(due[0]?.entry).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 429', nextAttemptAt: at(30) });

      await store.markDelivered(id2, at(11), 'msg-123');
      await store.markFailed(id3, 'channel_not_found');
      await store.markRetry(id1, 'HTTP 500', at(40));
      due = await store.dueOutbox(at(50), 10);
      expect(due.map((w) => w.entry.id)).toEqual([id1]);
      expect(due[0]?.entry.attempts).toBe(2);
      expect(due[0]?.entry.lastError).toBe('HTTP 500');
      await store.markDelivered(id1, at(41));
      expect(await store.dueOutbox(at(1000), 10)).toEqual([]);
    });

    it('latestBriefs: newest first, filtered by topic and country', async () => {
      await store.syncFeeds(FEEDS);
      const sanctionsBy = newBrief(['guid:1'], [], { topics: ['sanctions'], countries: ['BY'], createdAt: at(1) });
      const releaseUa = newBrief(['guid:2'], [], { topics: ['prisoner_release'], countries: ['RU', 'UA'], createdAt: at(3) });
      const both = newBrief(['guid:3'], [], { topics: ['prisoner_release', 'sanctions'], countries: ['BY', 'US'], createdAt: at(2) });
      const none = newBrief(['guid:4'], [], { topics: ['sanctions'], countries: [], createdAt: at(4) });
      await store.commitPoll(
        commit(
          ['guid:1', 'guid:2', 'guid:3', 'guid:4'].map((k) => ({ item: item(k) })),
          [sanctionsBy, releaseUa, both, none],
        ),
      );
      const ids = (bs: Brief[]) => bs.map((b) => b.id);
      expect(ids(await store.latestBriefs({ limit: 10 }))).toEqual(ids([none.brief, releaseUa.brief, both.brief, sanctionsBy.brief]));
      expect(ids(await store.latestBriefs({ limit: 2 }))).toEqual(ids([none.brief, releaseUa.brief]));
      expect(ids(await store.latestBriefs({ topic: 'prisoner_release', limit: 10 }))).toEqual(ids([releaseUa.brief, both.brief]));
      expect(ids(await store.latestBriefs({ topic: 'sanctions', limit: 10 }))).toEqual(ids([none.brief, both.brief, sanctionsBy.brief]));
      expect(ids(await store.latestBriefs({ country: 'BY', limit: 10 }))).toEqual(ids([both.brief, sanctionsBy.brief]));
      expect(ids(await store.latestBriefs({ country: 'ua', limit: 10 }))).toEqual(ids([releaseUa.brief]));
      expect(ids(await store.latestBriefs({ country: 'B', limit: 10 }))).toEqual([]);
      expect(ids(await store.latestBriefs({ country: '%', limit: 10 }))).toEqual([]);
      expect(ids(await store.latestBriefs({ topic: 'sanctions', country: 'BY', limit: 1 }))).toEqual(ids([both.brief]));
      expect(await store.latestBriefs({ limit: 0 })).toEqual([]);
      expect(await store.getBrief('nope')).toBeUndefined();
    });

    it('round-trips Dates (with milliseconds) and optional fields', async () => {
      await store.syncFeeds(FEEDS);
      const sub = await store.ensureSubscription('console', 'console', { topics: [], countries: [], minConfidence: 0 });
      const created = new Date('2024-12-31T23:59:59.999Z');
      const b = newBrief(['guid:1'], [sub.id], { createdAt: created });
      delete b.brief.whyItMatters;
      delete b.brief.action;
      await store.commitPoll(commit([{ item: item('guid:1') }], [b], created));
      const got = await store.getBrief(b.brief.id);
      expect(got).toEqual(b.brief);
      expect(got?.createdAt).toBeInstanceOf(Date);
      expect(got?.createdAt.getTime()).toBe(created.getTime());
      expect(got?.sources[0]?.publishedAt).toBeInstanceOf(Date);
      expect(got?.sources[0]?.publishedAt?.getTime()).toBe(at(-30).getTime());
      expect(got && 'whyItMatters' in got).toBe(false);
      const [work] = await store.dueOutbox(created, 1);
      expect(work?.entry.nextAttemptAt.getTime()).toBe(created.getTime());
      expect(work?.entry.deliveredAt).toBeUndefined();
      expect(work?.entry.externalId).toBeUndefined();
      await store.markDelivered(work!.entry.id, created, 'ext-1');
      const feed = await store.getFeed('un-news-en');
      expect(feed?.state.lastSuccessAt?.getTime()).toBe(created.getTime());
    });

    it('a second connection sees committed data', async () => {
      await store.syncFeeds(FEEDS);
      await store.commitPoll(commit([{ item: item('guid:1') }]));
      const other = await reopen();
      expect(await other.seenKeys('un-news-en', ['guid:1'])).toEqual(new Set(['guid:1']));
    });

    commandStoreContract(() => store);
    digestStoreContract(() => store, reopen);
    leaseStoreContract(() => store, reopen);
    searchStoreContract(() => store);
    storyStoreContract(() => store);
  });
}

// Store contract cases for the operations behind /brief commands; run by contract.ts on every backend.
import { expect, it } from 'vitest';
import type { Brief, FeedDefinition, Story } from '../../src/core/types.js';
import { DuplicateFeedError, type Store } from '../../src/store/store.js';

const T0 = new Date('2025-06-01T12:00:00.000Z');
const at = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

const WIRE: FeedDefinition = { id: 'wire', name: 'Wire', url: 'https://wire.example/rss', tags: [] };

let seq = 0;
async function seed(store: Store, specs: Array<{ headline: string; at: Date; body?: string; source?: string }>): Promise<Brief[]> {
  const briefs: Brief[] = [];
  const items = specs.map(() => ({ key: `guid:${++seq}` }));
  const newBriefs = specs.map((spec, i) => {
    const id = `b-${seq}-${i}`;
    const story: Story = { id: `s-${id}`, topics: ['sanctions'], countries: ['BY'], headline: spec.headline, firstSeenAt: spec.at, updatedAt: spec.at };
    const brief: Brief = {
      id,
      storyId: story.id,
      topics: ['sanctions'],
      countries: ['BY'],
      confidence: 0.8,
      headline: spec.headline,
      whatsHappening: spec.body ?? 'Details.',
      sources: [{ feedId: WIRE.id, feedName: WIRE.name, title: spec.source ?? 'Report', url: `https://wire.example/${id}` }],
      createdAt: spec.at,
    };
    briefs.push(brief);
    return { story, brief, itemKeys: [items[i]!.key], subscriptionIds: [] };
  });
  await store.commitPoll({
    feedId: WIRE.id,
    state: { at: T0, nextDueAt: T0 },
    items: items.map((it) => ({ item: { feedId: WIRE.id, key: it.key, title: 't', summary: 's', contentHash: it.key } })),
    briefs: newBriefs,
  });
  return briefs;
}

export function commandStoreContract(current: () => Store): void {
  it('addFeed adds a chat feed; duplicate id or URL is refused with a clear message', async () => {
    const store = current();
    await store.syncFeeds([WIRE]);
    const added = await store.addFeed({ id: 'my-feed', name: 'My feed', url: 'https://my.example/feed.xml', tags: ['chat'] });
    expect(added).toEqual({
      id: 'my-feed',
      name: 'My feed',
      url: 'https://my.example/feed.xml',
      language: undefined,
      tags: ['chat'],
      intervalSeconds: undefined,
      enabled: true,
      state: { initialised: false, consecutiveFailures: 0 },
    });
    await expect(store.addFeed({ id: 'wire', name: 'x', url: 'https://other.example/', tags: [] })).rejects.toThrow(/id "wire" already exists/);
    const dupUrl = store.addFeed({ id: 'wire-2', name: 'x', url: 'HTTPS://WIRE.example/rss#top', tags: [] });
    await expect(dupUrl).rejects.toBeInstanceOf(DuplicateFeedError);
    await expect(dupUrl).rejects.toThrow(/Feed "wire" already polls/);
    expect((await store.listFeeds()).map((f) => f.id)).toEqual(['my-feed', 'wire']);
    // A catalogue sync leaves chat feeds alone.
    await store.syncFeeds([WIRE]);
    expect(await store.getFeed('my-feed')).toEqual(added);
  });

  it('removeFeed deletes the feed, its state and items, keeps briefs and says where it came from', async () => {
    const store = current();
    await store.syncFeeds([WIRE]);
    await store.addFeed({ id: 'chat-feed', name: 'Chat', url: 'https://chat.example/rss', tags: [] });
    const [brief] = await seed(store, [{ headline: 'Kept brief', at: at(0) }]);
    expect(await store.removeFeed('chat-feed')).toBe('chat');
    expect(await store.removeFeed('wire')).toBe('catalogue');
    expect(await store.removeFeed('wire')).toBeUndefined();
    expect(await store.listFeeds()).toEqual([]);
    expect(await store.getBrief(brief!.id)).toEqual(brief);
    // Re-adding the same id starts from a clean slate: no items are remembered.
    await store.syncFeeds([WIRE]);
    expect(await store.seenKeys('wire', [`guid:${seq}`])).toEqual(new Set());
    expect((await store.getFeed('wire'))?.state.initialised).toBe(false);
  });

  it('setFeedEnabled pauses with a reason and resumes with a clean failure count', async () => {
    const store = current();
    await store.syncFeeds([WIRE]);
    await store.recordFailure('wire', { at: T0, error: 'HTTP 500', nextDueAt: at(5) });
    expect(await store.setFeedEnabled('wire', false, 'paused by U1')).toBe(true);
    let feed = await store.getFeed('wire');
    expect(feed?.enabled).toBe(false);
    expect(feed?.state).toMatchObject({ disabledReason: 'paused by U1', consecutiveFailures: 1 });
    expect(await store.setFeedEnabled('wire', true)).toBe(true);
    feed = await store.getFeed('wire');
    expect(feed?.enabled).toBe(true);
    expect(feed?.state.disabledReason).toBeUndefined();
    expect(feed?.state.consecutiveFailures).toBe(0);
    expect(feed?.state.nextDueAt).toBeUndefined();
    expect(feed?.state.lastError).toBe('HTTP 500');
    expect(await store.setFeedEnabled('nope', false)).toBe(false);
  });

  it('deactivateSubscription fails the rows still queued for it, and only those', async () => {
    const store = current();
    await store.syncFeeds([WIRE]);
    const gone = await store.ensureSubscription('slack', 'C_GONE', { topics: [], countries: [], minConfidence: 0 });
    const kept = await store.ensureSubscription('slack', 'C_KEPT', { topics: [], countries: [], minConfidence: 0 });
    const story: Story = { id: 's-q', topics: ['sanctions'], countries: ['BY'], headline: 'H', firstSeenAt: T0, updatedAt: T0 };
    const brief: Brief = { ...story, id: 'b-q', storyId: story.id, confidence: 0.9, whatsHappening: 'x', sources: [], createdAt: T0 };
    await store.commitPoll({
      feedId: WIRE.id,
      state: { at: T0, nextDueAt: T0 },
      items: [{ item: { feedId: WIRE.id, key: 'guid:q', title: 't', summary: 's', contentHash: 'hq' } }],
      briefs: [{ story, brief, itemKeys: ['guid:q'], subscriptionIds: [gone.id, kept.id] }],
    });
    expect(await store.deactivateSubscription(gone.id, 'channel_not_found')).toBe(true);
    const due = await store.dueOutbox(at(1), 10);
    expect(due.map((d) => d.entry.channel)).toEqual(['C_KEPT']);
  });

  it('listChannelSubscriptions and deactivateSubscription stay within one channel', async () => {
    const store = current();
    const mine = await store.ensureSubscription('slack', 'C1', { topics: ['sanctions'], countries: [], minConfidence: 0 });
    const other = await store.ensureSubscription('slack', 'C2', { topics: [], countries: [], minConfidence: 0 });
    const discord = await store.ensureSubscription('discord', 'C1', { topics: [], countries: [], minConfidence: 0 });
    const mine2 = await store.ensureSubscription('slack', 'C1', { topics: [], countries: ['BY'], minConfidence: 0.5 });
    expect((await store.listChannelSubscriptions('slack', 'C1')).map((s) => s.id)).toEqual([mine.id, mine2.id]);
    expect(await store.listChannelSubscriptions('slack', 'nope')).toEqual([]);

    expect(await store.deactivateSubscription(mine.id, 'unsubscribed by U1')).toBe(true);
    expect(await store.deactivateSubscription(mine.id, 'again')).toBe(false);
    expect(await store.deactivateSubscription(9999, 'none')).toBe(false);
    const listed = await store.listChannelSubscriptions('slack', 'C1');
    expect(listed.find((s) => s.id === mine.id)).toMatchObject({ active: false, disabledReason: 'unsubscribed by U1' });
    expect(listed.find((s) => s.id === mine2.id)?.active).toBe(true);
    const all = await store.listSubscriptions();
    expect(all.filter((s) => s.active).map((s) => s.id)).toEqual([other.id, discord.id, mine2.id]);
  });

  it('briefsBetween returns the half-open period, newest first, limited', async () => {
    const store = current();
    await store.syncFeeds([WIRE]);
    const [a, b, c, d] = await seed(store, [
      { headline: 'A', at: at(-25) },
      { headline: 'B', at: at(-24) },
      { headline: 'C', at: at(-1) },
      { headline: 'D', at: at(0) },
    ]);
    const heads = (bs: Brief[]) => bs.map((x) => x.headline);
    expect(heads(await store.briefsBetween(at(-24), at(0), 10))).toEqual(['C', 'B']);
    expect(heads(await store.briefsBetween(at(-48), at(1), 10))).toEqual(['D', 'C', 'B', 'A']);
    expect(heads(await store.briefsBetween(at(-48), at(1), 2))).toEqual(['D', 'C']);
    expect(await store.briefsBetween(at(-48), at(1), 0)).toEqual([]);
    expect([a, b, c, d].every(Boolean)).toBe(true);
  });
}

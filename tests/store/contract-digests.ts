// Store contract cases for digest subscriptions and their exactly-once claims; run by contract.ts on every backend.
import { expect, it } from 'vitest';
import type { Brief, Story } from '../../src/core/types.js';
import type { Store } from '../../src/store/store.js';

const T0 = new Date('2025-06-10T08:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ALL = { topics: [], countries: [], minConfidence: 0 };
const WIRE = { id: 'wire', name: 'Wire', url: 'https://wire.example/rss', tags: [] };

export function digestStoreContract(current: () => Store, reopen: () => Promise<Store>): void {
  it('a digest subscription is its own subscription, listed with its kind, and gets no outbox rows', async () => {
    const store = current();
    await store.syncFeeds([WIRE]);
    const plain = await store.ensureSubscription('slack', 'C1', ALL);
    const daily = await store.ensureSubscription('slack', 'C1', { ...ALL, digest: 'daily' });
    const weekly = await store.ensureSubscription('slack', 'C1', { ...ALL, digest: 'weekly' });
    expect(new Set([plain.id, daily.id, weekly.id]).size).toBe(3);
    expect(plain.digest).toBeUndefined();
    expect('digest' in plain).toBe(false);
    expect(daily).toMatchObject({ digest: 'daily', active: true });
    expect((await store.ensureSubscription('slack', 'C1', { ...ALL, digest: 'daily' })).id).toBe(daily.id);
    expect((await store.listChannelSubscriptions('slack', 'C1')).map((s) => s.digest)).toEqual([undefined, 'daily', 'weekly']);

    const story: Story = { id: 's-dg', topics: ['sanctions'], countries: ['BY'], headline: 'H', firstSeenAt: T0, updatedAt: T0 };
    const brief: Brief = { ...story, id: 'b-dg', storyId: story.id, confidence: 0.9, whatsHappening: 'x', sources: [], createdAt: T0 };
    const { outboxIds } = await store.commitPoll({
      feedId: WIRE.id,
      state: { at: T0, nextDueAt: T0 },
      items: [{ item: { feedId: WIRE.id, key: 'guid:dg', title: 't', summary: 's', contentHash: 'h' } }],
      // Even when asked to, the store queues no brief for a digest subscription.
      briefs: [{ story, brief, itemKeys: ['guid:dg'], subscriptionIds: [plain.id, daily.id, weekly.id] }],
    });
    expect(outboxIds).toHaveLength(1);
    expect((await store.dueOutbox(at(1), 10)).map((w) => w.entry.subscriptionId)).toEqual([plain.id]);

    expect(await store.deactivateSubscription(daily.id, 'unsubscribed by U1')).toBe(true);
    expect((await store.listChannelSubscriptions('slack', 'C1')).find((s) => s.id === daily.id)).toMatchObject({ active: false, digest: 'daily' });
  });

  it('claimDigest: the first claim wins, a second is refused; once sent, never again; periods and subscriptions are apart', async () => {
    const store = current();
    const a = await store.ensureSubscription('slack', 'CA', { ...ALL, digest: 'daily' });
    const b = await store.ensureSubscription('slack', 'CB', { ...ALL, digest: 'daily' });
    const stale = at(-10);
    const first = await store.claimDigest(a.id, 'day:2025-06-10', T0, stale);
    expect(first).toMatchObject({ subscriptionId: a.id, periodKey: 'day:2025-06-10', status: 'claimed', attempts: 1 });
    expect(first?.claimedAt.getTime()).toBe(T0.getTime());
    expect(await store.claimDigest(a.id, 'day:2025-06-10', at(1), at(-9))).toBeUndefined();
    expect(await store.claimDigest(b.id, 'day:2025-06-10', T0, stale)).toMatchObject({ subscriptionId: b.id });
    expect(await store.claimDigest(a.id, 'day:2025-06-11', T0, stale)).toMatchObject({ periodKey: 'day:2025-06-11' });

    await store.markDigestSent(first!.id, at(1), 'CA:1700000000.000100');
    // Even long after, when a claim would count as stale, a sent digest stays sent.
    expect(await store.claimDigest(a.id, 'day:2025-06-10', at(600), at(590))).toBeUndefined();
    const runs = await store.digestRuns(a.id);
    expect(runs.map((r) => [r.periodKey, r.status])).toEqual([
      ['day:2025-06-10', 'sent'],
      ['day:2025-06-11', 'claimed'],
    ]);
    expect(runs[0]).toMatchObject({ externalId: 'CA:1700000000.000100', attempts: 1 });
    expect(runs[0]?.sentAt?.getTime()).toBe(at(1).getTime());
  });

  it('claimDigest: a failed post is claimed again at once; a dead run is taken over when stale; failed for good stays failed', async () => {
    const store = current();
    const sub = await store.ensureSubscription('discord', '42', { ...ALL, digest: 'weekly' });
    const claim = await store.claimDigest(sub.id, 'week:2025-06-09', T0, at(-10));
    await store.releaseDigest(claim!.id, 'HTTP 500');
    expect((await store.digestRuns(sub.id))[0]).toMatchObject({ status: 'retry', lastError: 'HTTP 500' });
    const retry = await store.claimDigest(sub.id, 'week:2025-06-09', at(5), at(-5));
    expect(retry).toMatchObject({ id: claim!.id, status: 'claimed', attempts: 2 });

    // The run holding it died: refused while the claim is young, taken over once it is stale.
    expect(await store.claimDigest(sub.id, 'week:2025-06-09', at(10), at(0))).toBeUndefined();
    expect(await store.claimDigest(sub.id, 'week:2025-06-09', at(20), at(10))).toMatchObject({ attempts: 3 });

    await store.failDigest(claim!.id, 'channel_not_found');
    expect(await store.claimDigest(sub.id, 'week:2025-06-09', at(600), at(590))).toBeUndefined();
    expect((await store.digestRuns(sub.id))[0]).toMatchObject({ status: 'failed', lastError: 'channel_not_found', attempts: 3 });
  });

  it('claimDigest: of overlapping claims over two connections exactly one wins, also when taking over', async () => {
    const store = current();
    const other = await reopen();
    const sub = await store.ensureSubscription('slack', 'C1', { ...ALL, digest: 'daily' });
    const race = async (key: string, now: Date) => {
      const results = await Promise.all([
        store.claimDigest(sub.id, key, now, at(-10)),
        other.claimDigest(sub.id, key, now, at(-10)),
        store.claimDigest(sub.id, key, now, at(-10)),
        other.claimDigest(sub.id, key, now, at(-10)),
      ]);
      return results.filter((r) => r !== undefined);
    };
    const winners = await race('day:2025-06-10', T0);
    expect(winners).toHaveLength(1);
    await store.releaseDigest(winners[0]!.id, 'timeout');
    expect(await race('day:2025-06-10', at(5))).toHaveLength(1);
    expect(await store.digestRuns(sub.id)).toHaveLength(1);
  });
}

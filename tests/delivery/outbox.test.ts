import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CredentialRejectedError, DeliveryError } from '../../src/core/errors.js';
import type { Brief } from '../../src/core/types.js';
import type { DeliveryAdapter } from '../../src/delivery/adapter.js';
import { createOutboxWorker } from '../../src/delivery/outbox.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { makeItem, seedBriefs, TEST_FEED } from '../helpers/seed.js';

const logger = createLogger({ level: 'silent' });

/** A platform that fails according to a script, then records what it received, per channel. */
function scriptedPlatform(failures: Array<DeliveryError | undefined>) {
  const received: Array<{ channel: string; headline: string }> = [];
  const adapter: DeliveryAdapter = {
    platform: 'console',
    async deliver(target, brief: Brief) {
      const failure = failures.shift();
      if (failure) throw failure;
      received.push({ channel: target.channel, headline: brief.headline });
      return { externalId: `msg-${target.outboxId}` };
    },
  };
  return { adapter, received };
}

describe('outbox worker', () => {
  let dir: string;
  let store: Store;
  let clock: Date;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'attache-outbox-'));
    store = await openStore(`sqlite:${join(dir, 'db.sqlite')}`);
    await store.syncFeeds([TEST_FEED]);
    clock = new Date('2026-11-20T10:00:00Z');
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function subscribe(channel: string) {
    return (await store.ensureSubscription('console', channel, { topics: [], countries: [], minConfidence: 0 })).id;
  }

  it('delivers each brief once per channel, in order', async () => {
    const a = await subscribe('a');
    const b = await subscribe('b');
    await seedBriefs(store, ['one', 'two', 'three'], [a, b], clock);
    const { adapter, received } = scriptedPlatform([]);
    const worker = createOutboxWorker({ store, adapters: [adapter], logger, now: () => clock });
    expect(await worker.drain()).toEqual({ delivered: 6, retried: 0, failed: 0 });
    expect(received.filter((r) => r.channel === 'a').map((r) => r.headline)).toEqual(['one', 'two', 'three']);
    expect(received.filter((r) => r.channel === 'b').map((r) => r.headline)).toEqual(['one', 'two', 'three']);
    // Nothing is delivered twice.
    expect(await worker.drain()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(received).toHaveLength(6);
  });

  it('retries a rate-limited delivery after Retry-After and keeps the channel in order', async () => {
    const a = await subscribe('a');
    await seedBriefs(store, ['one', 'two'], [a], clock);
    const { adapter, received } = scriptedPlatform([new DeliveryError('429 rate limited', false, 30)]);
    const worker = createOutboxWorker({ store, adapters: [adapter], logger, now: () => clock });

    expect(await worker.drain()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect(received).toEqual([]); // 'two' waits behind 'one'
    clock = new Date(clock.getTime() + 29_000);
    expect((await worker.drain()).delivered).toBe(0); // Retry-After not yet over
    clock = new Date(clock.getTime() + 2_000);
    expect(await worker.drain()).toEqual({ delivered: 2, retried: 0, failed: 0 });
    expect(received.map((r) => r.headline)).toEqual(['one', 'two']);
  });

  it('stops on a permanent error and records why', async () => {
    const a = await subscribe('gone');
    await seedBriefs(store, ['one'], [a], clock);
    const { adapter } = scriptedPlatform([new DeliveryError('channel_not_found', true)]);
    const worker = createOutboxWorker({ store, adapters: [adapter], logger, now: () => clock });
    expect(await worker.drain()).toEqual({ delivered: 0, retried: 0, failed: 1 });
    clock = new Date(clock.getTime() + 24 * 3600_000);
    expect(await worker.drain()).toEqual({ delivered: 0, retried: 0, failed: 0 });
  });

  it('a refused credential keeps every row as it was and pauses the platform, without stopping anything', async () => {
    const a = await subscribe('a');
    const b = await subscribe('b');
    await seedBriefs(store, ['one', 'two'], [a, b], clock);
    const { adapter, received } = scriptedPlatform([new CredentialRejectedError('token_revoked'), new CredentialRejectedError('token_revoked')]);
    let calls = 0;
    const counting: DeliveryAdapter = { ...adapter, deliver: (t, brief) => ((calls += 1), adapter.deliver(t, brief)) };
    const rejected: string[] = [];
    const stopped: string[] = [];
    const worker = createOutboxWorker({
      store,
      adapters: [counting],
      logger,
      now: () => clock,
      onCredentialRejected: (platform, reason) => void rejected.push(`${platform}: ${reason}`),
      onPermanentFailure: async (entry) => void stopped.push(entry.channel),
    });
    expect(await worker.drain()).toEqual({ delivered: 0, retried: 2, failed: 0 });
    expect(rejected).toEqual(['console: token_revoked']);
    expect(stopped).toEqual([]);
    const rows = await store.dueOutbox(clock, 10);
    expect(rows).toHaveLength(4); // all still due: nothing failed, nothing pushed back
    expect(rows.every((w) => w.entry.attempts === 0)).toBe(true);
    // Paused: later drains leave the platform alone.
    const before = calls;
    clock = new Date(clock.getTime() + 60_000);
    expect(await worker.drain()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(calls).toBe(before);
    // A new worker (a restart with a working token) delivers everything, in order.
    const restarted = createOutboxWorker({ store, adapters: [adapter], logger, now: () => clock });
    expect(await restarted.drain()).toEqual({ delivered: 4, retried: 0, failed: 0 });
    expect(received.filter((r) => r.channel === 'a').map((r) => r.headline)).toEqual(['one', 'two']);
  });

  it('backs off exponentially on repeated transient errors, then delivers everything', async () => {
    const a = await subscribe('a');
    await seedBriefs(store, ['one', 'two', 'three'], [a], clock);
    const burst = Array.from({ length: 4 }, () => new DeliveryError('HTTP 502', false));
    const { adapter, received } = scriptedPlatform(burst);
    const worker = createOutboxWorker({ store, adapters: [adapter], logger, now: () => clock });
    for (let i = 0; i < 10 && received.length < 3; i += 1) {
      await worker.drain();
      clock = new Date(clock.getTime() + 10 * 60_000);
    }
    expect(received.map((r) => r.headline)).toEqual(['one', 'two', 'three']);
  });

  it('keeps rows for a platform that is not configured in this run', async () => {
    const s = await store.ensureSubscription('slack', 'C123', { topics: [], countries: [], minConfidence: 0 });
    await seedBriefs(store, ['one'], [s.id], clock);
    const { adapter } = scriptedPlatform([]);
    const worker = createOutboxWorker({ store, adapters: [adapter], logger, now: () => clock });
    expect(await worker.drain()).toEqual({ delivered: 0, retried: 1, failed: 0 });
    const due = await store.dueOutbox(new Date(clock.getTime() + 2 * 3600_000), 10);
    expect(due.map((d) => d.entry.status)).toEqual(['pending']);
  });
});

describe('outbox worker after a permanent failure', () => {
  it('stops trying that channel in the same drain and reports it once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'attache-outbox-'));
    const store = await openStore(`sqlite:${join(dir, 'db.sqlite')}`);
    try {
      await store.syncFeeds([TEST_FEED]);
      const now = new Date('2026-11-20T10:00:00Z');
      const sub = await store.ensureSubscription('console', 'gone', { topics: [], countries: [], minConfidence: 0 });
      await seedBriefs(store, ['one', 'two', 'three'], [sub.id], now);
      const { adapter } = scriptedPlatform([new DeliveryError('channel_not_found', true), new DeliveryError('channel_not_found', true)]);
      const stopped: string[] = [];
      const worker = createOutboxWorker({
        store,
        adapters: [adapter],
        logger,
        now: () => now,
        onPermanentFailure: async (entry, reason) => {
          stopped.push(reason);
          await store.deactivateSubscription(entry.subscriptionId, reason);
        },
      });
      expect(await worker.drain()).toEqual({ delivered: 0, retried: 0, failed: 1 });
      expect(stopped).toEqual(['channel_not_found']);
      // The rest of the queue was failed with the subscription, not attempted.
      expect(await worker.drain()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Grows the story of the only brief in the store: a new item joins it and the brief gets a new headline. */
async function growOnlyStory(store: Store, headline: string, at: Date): Promise<number[]> {
  const [candidate] = await store.storyCandidates({ topics: ['sanctions'], countries: ['BY'], since: new Date(0), limit: 10 });
  const brief = await store.getBrief(candidate!.briefId);
  const item = makeItem(headline);
  const { outboxIds } = await store.commitPoll({
    feedId: TEST_FEED.id,
    state: { at, nextDueAt: at },
    items: [{ item }],
    briefs: [],
    growths: [
      {
        story: { ...candidate!.story, headline, updatedAt: at },
        match: { ...candidate!.match, lastReportAt: at },
        brief: { ...brief!, headline, updatedAt: at },
        itemKeys: [item.key],
        revision: candidate!.revision,
        subscriptionIds: [],
      },
    ],
  });
  return outboxIds;
}

describe('outbox worker, in-place updates', () => {
  let dir: string;
  let store: Store;
  const now = new Date('2026-11-20T10:00:00Z');

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'attache-outbox-'));
    store = await openStore(`sqlite:${join(dir, 'db.sqlite')}`);
    await store.syncFeeds([TEST_FEED]);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  function editingPlatform(onDeliver?: () => Promise<void>) {
    const edits: Array<{ channel: string; externalId: string; headline: string }> = [];
    const adapter: DeliveryAdapter = {
      platform: 'console',
      async deliver(target) {
        await onDeliver?.();
        return { externalId: `msg-${target.outboxId}` };
      },
      async update(channel, externalId, brief) {
        edits.push({ channel, externalId, headline: brief.headline });
      },
    };
    return { adapter, edits };
  }

  it('sends only the last of several queued updates of one message, with the brief as it is now', async () => {
    const a = (await store.ensureSubscription('console', 'a', { topics: [], countries: [], minConfidence: 0 })).id;
    await seedBriefs(store, ['one'], [a], now);
    const { adapter, edits } = editingPlatform();
    const worker = createOutboxWorker({ store, adapters: [adapter], logger, now: () => now });
    await worker.drain();
    expect(await growOnlyStory(store, 'one (2 reports)', now)).toHaveLength(1);
    expect(await growOnlyStory(store, 'one (3 reports)', now)).toHaveLength(1);
    expect(await worker.drain()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(edits).toEqual([{ channel: 'a', externalId: expect.stringMatching(/^msg-\d+$/), headline: 'one (3 reports)' }]);
    expect(await store.dueOutbox(now, 10)).toEqual([]);
  });

  it('a post that raced a rewrite (read before it, posted after) is followed by an update', async () => {
    const a = (await store.ensureSubscription('console', 'a', { topics: [], countries: [], minConfidence: 0 })).id;
    await seedBriefs(store, ['one'], [a], now);
    let grown = false;
    const { adapter, edits } = editingPlatform(async () => {
      if (grown) return;
      grown = true;
      // The row holds no update: its post is still pending, and would carry the new text if read now.
      expect(await growOnlyStory(store, 'one (2 reports)', now)).toEqual([]);
    });
    const worker = createOutboxWorker({ store, adapters: [adapter], logger, now: () => now });
    expect(await worker.drain()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    // The next drain (the idle timer's) sends the update queued with the post's delivery.
    expect(await worker.drain()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(edits.map((e) => e.headline)).toEqual(['one (2 reports)']);
  });

  it('settles updates for a platform that cannot edit without calling it', async () => {
    const a = (await store.ensureSubscription('console', 'a', { topics: [], countries: [], minConfidence: 0 })).id;
    await seedBriefs(store, ['one'], [a], now);
    const { adapter, received } = scriptedPlatform([]);
    const worker = createOutboxWorker({ store, adapters: [adapter], logger, now: () => now });
    await worker.drain();
    await growOnlyStory(store, 'one (2 reports)', now);
    expect(await worker.drain()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(received.map((r) => r.headline)).toEqual(['one']);
    expect(await store.dueOutbox(now, 10)).toEqual([]);
  });
});

// The digest scheduler against a real SQLite store and the fake Slack Web API: one digest per
// subscription and period, across repeated runs, overlapping runs and restarts; per-brief posts
// unchanged for plain subscriptions; failures retried within the period or stopping the subscription.
import cron from 'node-cron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../src/bot/runner.js';
import type { Brief, Story, SubscriptionFilter, TopicId } from '../../src/core/types.js';
import type { DeliveryAdapter } from '../../src/delivery/adapter.js';
import { createDigestScheduler, type DigestSchedulerOptions, type StoppedTarget } from '../../src/delivery/digests.js';
import { createOutboxWorker } from '../../src/delivery/outbox.js';
import { routeBrief } from '../../src/delivery/route.js';
import { createSlackPlatform } from '../../src/delivery/slack/index.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';
import { TEST_FEED } from '../helpers/seed.js';

const BOT_TOKEN = 'xoxb-5555555555-6666666666-abcdefghijklmnopqrstuvwx';
const noRunner = { definitions: [] } as unknown as CommandRunner;
const HOUR = 3_600_000;

/** The next hh:00 UTC after the wall clock (subscriptions are stamped with the real time), optionally on a weekday. */
function nextUtc(hour: number, weekday?: number): Date {
  const d = new Date();
  d.setUTCHours(hour, 0, 0, 0);
  while (d.getTime() <= Date.now() || (weekday !== undefined && d.getUTCDay() !== weekday)) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);

describe('digest scheduler', () => {
  let slack: FakeSlack;
  let store: Store;
  let adapter: DeliveryAdapter;
  let logLines: string[];
  let stopped: Array<{ target: StoppedTarget; reason: string }>;
  const schedulers: Array<{ stop(): Promise<void> }> = [];
  let seq = 0;

  beforeEach(async () => {
    slack = await startFakeSlack({ botToken: BOT_TOKEN });
    store = await openStore('sqlite::memory:');
    await store.syncFeeds([TEST_FEED]);
    logLines = [];
    stopped = [];
    const logger = createLogger({ level: 'debug', destination: { write: (s: string) => void logLines.push(s) } });
    adapter = createSlackPlatform({
      config: { botToken: BOT_TOKEN, signingSecret: 'secret', apiUrl: slack.apiUrl },
      adminUserIds: [],
      logger,
      runner: noRunner,
      http: createHttpServer(logger),
      requestTimeoutMs: 2_000,
      channelIntervalMs: 20,
    }).adapter;
  });
  afterEach(async () => {
    for (const s of schedulers.splice(0)) await s.stop();
    await store.close();
    await slack.close();
  });

  function scheduler(extra: Partial<DigestSchedulerOptions> = {}) {
    const s = createDigestScheduler({
      store,
      adapters: [adapter],
      logger: createLogger({ level: 'debug', destination: { write: (l: string) => void logLines.push(l) } }),
      cron: '0 8 * * *',
      timezone: 'UTC',
      onPermanentFailure: async (target, reason) => {
        stopped.push({ target, reason });
        await store.deactivateSubscription(target.subscriptionId, reason);
      },
      ...extra,
    });
    schedulers.push(s);
    return s;
  }

  const subscribe = (channel: string, filter: Partial<SubscriptionFilter> = {}) =>
    store.ensureSubscription('slack', channel, { topics: [], countries: [], minConfidence: 0, ...filter });

  /** One poll's briefs, routed the way the pipeline routes them. */
  async function seed(specs: Array<{ headline: string; topics: TopicId[]; at: Date }>): Promise<Brief[]> {
    const subs = await store.listSubscriptions();
    const made = specs.map((spec) => {
      seq += 1;
      const story: Story = { id: `s${seq}`, topics: spec.topics, countries: ['BY'], headline: spec.headline, firstSeenAt: spec.at, updatedAt: spec.at };
      const brief: Brief = { ...story, id: `b${seq}`, storyId: story.id, confidence: 0.9, whatsHappening: `${spec.headline}.`, sources: [], createdAt: spec.at };
      return { story, brief, key: `guid:${seq}` };
    });
    await store.commitPoll({
      feedId: TEST_FEED.id,
      state: { at: specs[0]!.at, nextDueAt: specs[0]!.at },
      items: made.map((m) => ({ item: { feedId: TEST_FEED.id, key: m.key, title: m.brief.headline, summary: '', contentHash: m.key } })),
      briefs: made.map((m) => ({ story: m.story, brief: m.brief, itemKeys: [m.key], subscriptionIds: routeBrief(m.brief, subs) })),
    });
    return made.map((m) => m.brief);
  }

  const texts = (channel: string) => slack.messages(channel).map((m) => m.text ?? '');

  it('a daily digest goes out once for the day, across runs and a restart, filtered by its topic; a plain subscription in the channel is unchanged', async () => {
    const FIRE = nextUtc(8);
    const plain = await subscribe('C1');
    const digest = await subscribe('C1', { topics: ['sanctions'], digest: 'daily' });
    await seed([
      { headline: 'EU sanctions Belavia', topics: ['sanctions'], at: plus(FIRE, -2 * HOUR) },
      { headline: 'Belarus pardons 20 prisoners', topics: ['prisoner_release'], at: plus(FIRE, -HOUR) },
      { headline: 'Too old for this digest', topics: ['sanctions'], at: plus(FIRE, -25 * HOUR) },
    ]);

    // Per-brief posts reach the plain subscription only.
    const outbox = createOutboxWorker({ store, adapters: [adapter], logger: createLogger({ level: 'silent' }), now: () => FIRE });
    expect(await outbox.drain()).toEqual({ delivered: 3, retried: 0, failed: 0 });
    expect(texts('C1')).toHaveLength(3);
    expect(slack.messages('C1').every((m) => m.metadata?.event_type === 'attache_brief')).toBe(true);

    // Before the scheduled time nothing is due (the run before it predates the subscription).
    const first = scheduler();
    expect(await first.runDue(plus(FIRE, -60_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await first.runDue(plus(FIRE, 60_000))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await first.runDue(plus(FIRE, 5 * 60_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    // A restart: a new scheduler on the same store.
    await first.stop();
    expect(await scheduler().runDue(plus(FIRE, 10 * 60_000))).toEqual({ sent: 0, retried: 0, failed: 0 });

    const digests = slack.messages('C1').filter((m) => m.metadata === undefined);
    expect(digests).toHaveLength(1);
    const posted = JSON.stringify(digests[0]);
    expect(digests[0]!.text).toMatch(/^Digest: the last day/);
    expect(digests[0]!.unfurl_links).toBe(false);
    expect(posted).toContain('EU sanctions Belavia');
    expect(posted).not.toContain('Belarus pardons');
    expect(posted).not.toContain('Too old');
    expect(posted).toContain(`Subscription #${digest.id} (daily digest: sanctions · all countries)`);

    const runs = await store.digestRuns(digest.id);
    expect(runs).toEqual([expect.objectContaining({ periodKey: `day:${FIRE.toISOString().slice(0, 10)}`, status: 'sent', attempts: 1 })]);
    expect(runs[0]!.externalId).toBe(`C1:${digests[0]!.ts}`);
    expect(await store.digestRuns(plain.id)).toEqual([]);

    // The next day brings the next digest, with the briefs after this one's window.
    await seed([{ headline: 'UK sanctions oil traders', topics: ['sanctions'], at: plus(FIRE, HOUR) }]);
    await outbox.drain();
    expect(await scheduler().runDue(plus(FIRE, 24 * HOUR + 60_000))).toMatchObject({ sent: 1 });
    const second = slack.messages('C1').filter((m) => m.metadata === undefined);
    expect(second).toHaveLength(2);
    expect(JSON.stringify(second[1])).toContain('UK sanctions oil traders');
    expect(JSON.stringify(second[1])).not.toContain('EU sanctions Belavia');
  });

  it('two overlapping runs of two schedulers post the digest once', async () => {
    const FIRE = nextUtc(8);
    await subscribe('C1', { digest: 'daily' });
    await subscribe('C2', { digest: 'daily' });
    const at = plus(FIRE, 60_000);
    const [a, b] = await Promise.all([scheduler().runDue(at), scheduler().runDue(at)]);
    expect(a.sent + b.sent).toBe(2);
    expect(texts('C1')).toHaveLength(1);
    expect(texts('C2')).toHaveLength(1);
  });

  it('an empty period posts a short "nothing new" line naming the filter', async () => {
    const FIRE = nextUtc(8);
    await subscribe('C1', { topics: ['prisoner_release'], countries: ['BY'], digest: 'daily' });
    await scheduler().runDue(plus(FIRE, 60_000));
    expect(texts('C1')).toHaveLength(1);
    expect(texts('C1')[0]).toContain('No briefs in the last day for prisoner release · Belarus (BY).');
  });

  it('a failed post (HTTP 500) is retried at the next run of the period and posted once', async () => {
    const FIRE = nextUtc(8);
    const sub = await subscribe('C1', { digest: 'daily' });
    const s = scheduler();
    slack.fail('chat.postMessage', 1, { status: 500 });
    expect(await s.runDue(plus(FIRE, 60_000))).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(texts('C1')).toEqual([]);
    expect((await store.digestRuns(sub.id))[0]).toMatchObject({ status: 'retry', lastError: expect.stringMatching(/HTTP 500/) });
    expect(await s.runDue(plus(FIRE, 6 * 60_000))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(await s.runDue(plus(FIRE, 11 * 60_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(texts('C1')).toHaveLength(1);
    expect((await store.digestRuns(sub.id))[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(logLines.join('')).toMatch(/digest post failed, trying again at the next tick/);
  });

  it('a digest still unsent when the next period begins is dropped, not posted late', async () => {
    const FIRE = nextUtc(8);
    const sub = await subscribe('C1', { digest: 'daily' });
    const s = scheduler();
    slack.fail('chat.postMessage', 1, { status: 500 });
    await s.runDue(plus(FIRE, 60_000));
    await s.runDue(plus(FIRE, 24 * HOUR + 60_000));
    expect(texts('C1')).toHaveLength(1);
    expect((await store.digestRuns(sub.id)).map((r) => r.status)).toEqual(['retry', 'sent']);
  });

  it('a claim left by a run that died is taken over once stale, not before', async () => {
    const FIRE = nextUtc(8);
    const sub = await subscribe('C1', { digest: 'daily' });
    const key = `day:${FIRE.toISOString().slice(0, 10)}`;
    await store.claimDigest(sub.id, key, plus(FIRE, 60_000), plus(FIRE, -HOUR)); // the crashed run
    const s = scheduler({ staleClaimMs: 10 * 60_000 });
    expect(await s.runDue(plus(FIRE, 5 * 60_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await s.runDue(plus(FIRE, 12 * 60_000))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(texts('C1')).toHaveLength(1);
  });

  it('channel_not_found stops the subscription through onPermanentFailure; nothing is retried', async () => {
    const FIRE = nextUtc(8);
    const sub = await subscribe('C_GONE', { digest: 'daily' });
    const s = scheduler();
    slack.fail('chat.postMessage', 1, { error: 'channel_not_found' });
    expect(await s.runDue(plus(FIRE, 60_000))).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(stopped).toEqual([{ target: { subscriptionId: sub.id, platform: 'slack', channel: 'C_GONE' }, reason: expect.stringMatching(/channel_not_found/) }]);
    expect((await store.listChannelSubscriptions('slack', 'C_GONE'))[0]).toMatchObject({ active: false });
    expect((await store.digestRuns(sub.id))[0]).toMatchObject({ status: 'failed' });
    expect(await s.runDue(plus(FIRE, 6 * 60_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('weekly digests go out on the Monday run only, covering the week; a daily one in the same channel still daily', async () => {
    const MONDAY = nextUtc(8, 1);
    const weekly = await subscribe('C1', { digest: 'weekly' });
    await subscribe('C1', { digest: 'daily' });
    await seed([{ headline: 'Five days ago', topics: ['sanctions'], at: plus(MONDAY, -5 * 24 * HOUR) }]);
    const s = scheduler();
    expect(await s.runDue(plus(MONDAY, 60_000))).toMatchObject({ sent: 2 });
    expect(await s.runDue(plus(MONDAY, 24 * HOUR + 60_000))).toMatchObject({ sent: 1 });
    const weeklyPosts = slack.messages('C1').filter((m) => (m.text ?? '').includes('weekly digest'));
    expect(weeklyPosts).toHaveLength(1);
    expect(weeklyPosts[0]!.text).toMatch(/^Digest: the last week/);
    expect(JSON.stringify(weeklyPosts[0])).toContain('Five days ago');
    expect((await store.digestRuns(weekly.id)).map((r) => r.periodKey)).toEqual([`week:${MONDAY.toISOString().slice(0, 10)}`]);
    expect(texts('C1')).toHaveLength(3);
  });

  it('a platform that is not running keeps the digest for a later run', async () => {
    const FIRE = nextUtc(8);
    const sub = await store.ensureSubscription('discord', '42', { topics: [], countries: [], minConfidence: 0, digest: 'daily' });
    expect(await scheduler().runDue(plus(FIRE, 60_000))).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect((await store.digestRuns(sub.id))[0]).toMatchObject({ status: 'retry', lastError: 'discord is not configured' });
  });

  it('a revoked token is reported, nothing is stopped, and the digest waits unclaimed while the platform is out of service', async () => {
    const FIRE = nextUtc(8);
    const sub = await subscribe('C1', { digest: 'daily' });
    let ready = true;
    const rejected: string[] = [];
    const s = scheduler({
      adapters: [{ ...adapter, ready: () => ready }],
      onCredentialRejected: (platform, reason) => {
        rejected.push(`${platform}: ${reason}`);
        ready = false; // what the platform supervisor does
      },
    });
    slack.fail('chat.postMessage', 1, { error: 'token_revoked' });
    expect(await s.runDue(plus(FIRE, 60_000))).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(rejected).toEqual([expect.stringMatching(/^slack: .*token_revoked/)]);
    expect(stopped).toEqual([]);
    expect((await store.digestRuns(sub.id))[0]).toMatchObject({ status: 'retry', attempts: 1 });
    // Out of service: not claimed, not tried.
    expect(await s.runDue(plus(FIRE, 6 * 60_000))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect((await store.digestRuns(sub.id))[0]).toMatchObject({ attempts: 1 });
    // Back (after a restart with a working token) within the period: posted once.
    ready = true;
    expect(await s.runDue(plus(FIRE, 11 * 60_000))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(texts('C1')).toHaveLength(1);
  });

  it('start() schedules with node-cron and catches up; stop() leaves no node-cron task or timer behind', async () => {
    const before = cron.getTasks().size;
    const s = scheduler({ now: () => plus(nextUtc(8), 60_000) });
    await subscribe('C1', { digest: 'daily' });
    s.start();
    expect(cron.getTasks().size).toBe(before + 1);
    // The catch-up run at start posts the due digest.
    for (let i = 0; i < 100 && texts('C1').length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(texts('C1')).toHaveLength(1);
    await s.stop();
    expect(cron.getTasks().size).toBe(before);
    await s.stop();
  });
});

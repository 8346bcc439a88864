import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../src/bot/runner.js';
import { CredentialRejectedError, DeliveryError } from '../../src/core/errors.js';
import type { Brief } from '../../src/core/types.js';
import { createOutboxWorker } from '../../src/delivery/outbox.js';
import { createSlackPlatform } from '../../src/delivery/slack/index.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';
import { makeBrief, seedBriefs, TEST_FEED } from '../helpers/seed.js';

const BOT_TOKEN = 'xoxb-3333333333-4444444444-zyxwvutsrqponmlkjihgfedc';
const noRunner = { definitions: [] } as unknown as CommandRunner;

describe('Slack delivery adapter', () => {
  let slack: FakeSlack;
  let store: Store;
  let logLines: string[];
  let clock: Date;

  beforeEach(async () => {
    slack = await startFakeSlack({ botToken: BOT_TOKEN });
    store = await openStore('sqlite::memory:');
    await store.syncFeeds([TEST_FEED]);
    logLines = [];
    clock = new Date('2026-11-20T10:00:00Z');
  });
  afterEach(async () => {
    await store.close();
    await slack.close();
  });

  function platform(opts: { channelIntervalMs?: number; requestTimeoutMs?: number } = {}) {
    const logger = createLogger({ level: 'debug', destination: { write: (s: string) => void logLines.push(s) } });
    return createSlackPlatform({
      config: { botToken: BOT_TOKEN, signingSecret: 'secret', apiUrl: slack.apiUrl },
      adminUserIds: [],
      logger,
      runner: noRunner,
      http: createHttpServer(logger),
      requestTimeoutMs: opts.requestTimeoutMs ?? 2_000,
      channelIntervalMs: opts.channelIntervalMs ?? 20,
      // Retry-After holds are measured on the outbox worker's clock, which the storm test moves by hours.
      now: () => clock,
    });
  }

  async function subscribe(channel: string) {
    return (await store.ensureSubscription('slack', channel, { topics: [], countries: [], minConfidence: 0 })).id;
  }

  const headlines = (channel: string) =>
    slack.messages(channel).map((m) => (m.blocks?.[0] as { text: { text: string } }).text.text);

  it('gets through a 429 storm and a 5xx burst: everything once, in order per channel', async () => {
    const { adapter } = platform();
    const a = await subscribe('CA');
    const b = await subscribe('CB');
    await seedBriefs(store, ['one', 'two', 'three'], [a, b], clock);
    slack.fail('chat.postMessage', 3, { status: 429, retryAfter: 1 });
    slack.fail('chat.postMessage', 2, { status: 503 });
    slack.fail('chat.postMessage', 1, { error: 'ratelimited' });
    const logger = createLogger({ level: 'silent' });
    const worker = createOutboxWorker({ store, adapters: [adapter], logger, now: () => clock });

    let delivered = 0;
    for (let round = 0; round < 20 && delivered < 6; round += 1) {
      delivered += (await worker.drain()).delivered;
      clock = new Date(clock.getTime() + 60 * 60_000);
    }
    expect(delivered).toBe(6);
    expect(headlines('CA')).toEqual(['one', 'two', 'three']);
    expect(headlines('CB')).toEqual(['one', 'two', 'three']);
    expect(slack.posted).toHaveLength(6);
    // Every retry looked for an earlier post first.
    expect(slack.calls.filter((c) => c.method === 'conversations.history').length).toBeGreaterThanOrEqual(1);
    expect(logLines.join('')).not.toContain(BOT_TOKEN);
  });

  it('does not post again a brief whose earlier attempt already landed, however busy the channel since', async () => {
    const { adapter } = platform();
    const sub = await subscribe('CA');
    await seedBriefs(store, ['landed'], [sub], clock);
    const [work] = await store.dueOutbox(clock, 10);
    if (!work) throw new Error('no outbox row');
    const second = Math.floor(clock.getTime() / 1000);
    const ts = (s: number, k: number) => `${s}.${String(k).padStart(6, '0')}`;
    // An older post of another row with the same metadata type is out of the window and never read.
    slack.seed({ channel: 'CA', ts: ts(second - 86_400, 1), text: 'old', metadata: { event_type: 'attache_brief', event_payload: { outbox_id: 'older' } } });
    // The first attempt reached Slack, then timed out on our side; 450 messages followed it.
    const landed = ts(second + 1, 200);
    slack.seed({ channel: 'CA', ts: landed, text: 'landed', metadata: { event_type: 'attache_brief', event_payload: { outbox_id: String(work.entry.id) } } });
    for (let k = 0; k < 450; k += 1) slack.seed({ channel: 'CA', ts: ts(second + 2 + k, 300), text: `chatter ${k}`, metadata: { event_type: 'other', event_payload: {} } });
    await store.markRetry(work.entry.id, 'timed out', clock);

    const worker = createOutboxWorker({ store, adapters: [adapter], logger: createLogger({ level: 'silent' }), now: () => clock });
    expect(await worker.drain()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toEqual([]);
    const pages = slack.calls.filter((c) => c.method === 'conversations.history').map((c) => c.body);
    // Three pages of 200, newest first, from a little before the row was queued.
    expect(pages).toHaveLength(3);
    expect(pages[0]).toMatchObject({ channel: 'CA', limit: '200', include_all_metadata: true });
    expect(Number(pages[0]?.oldest)).toBeLessThanOrEqual(work.entry.createdAt.getTime() / 1000);
    expect(Number(pages[0]?.oldest)).toBeGreaterThan(second - 3600);
    expect(pages.map((p) => p?.cursor)).toEqual([undefined, '200', '400']);

    const again = await adapter.deliver({ channel: 'CA', outboxId: work.entry.id, attempts: 2, queuedAt: work.entry.createdAt }, work.brief);
    expect(again.externalId).toBe(`CA:${landed}`);
  });

  it('posts a retried brief that never landed, having read the whole window', async () => {
    const { adapter } = platform();
    const { brief } = makeBrief('never landed', clock);
    const second = Math.floor(clock.getTime() / 1000);
    for (let k = 0; k < 10; k += 1) slack.seed({ channel: 'CA', ts: `${second + k}.000100`, text: `chatter ${k}` });
    const result = await adapter.deliver({ channel: 'CA', outboxId: 77, attempts: 1, queuedAt: clock }, brief);
    expect(slack.calls.map((c) => c.method)).toEqual(['conversations.history', 'chat.postMessage']);
    expect(result.externalId).toBe(`CA:${slack.posted[0]?.ts}`);
  });

  it('posts with metadata, no unfurls and no link_names, and returns channel:ts', async () => {
    const { adapter } = platform();
    const { brief } = makeBrief('Posted', clock);
    const result = await adapter.deliver({ channel: 'CA', outboxId: 42, attempts: 0 }, brief);
    const [message] = slack.posted;
    expect(result.externalId).toBe(`CA:${message?.ts}`);
    expect(message).toMatchObject({
      unfurl_links: false,
      unfurl_media: false,
      metadata: { event_type: 'attache_brief', event_payload: { outbox_id: '42' } },
    });
    expect(message?.link_names).toBeUndefined();
    // First attempt: no history lookup.
    expect(slack.calls.map((c) => c.method)).toEqual(['chat.postMessage']);
  });

  it('updates in place and sends escaped notices', async () => {
    const { adapter } = platform();
    const { brief } = makeBrief('Before', clock);
    const { externalId } = await adapter.deliver({ channel: 'CA', outboxId: 1, attempts: 0 }, brief);
    await adapter.update?.('CA', externalId ?? '', { ...brief, headline: 'After' });
    expect(headlines('CA')).toEqual(['After']);
    await adapter.notice?.('CADMIN', 'Feed <!channel> disabled @here');
    const notice = slack.messages('CADMIN')[0];
    expect(notice?.text).not.toContain('<!channel>');
    expect(notice?.text).toContain('&lt;!channel&gt;');
    expect(notice?.text).not.toMatch(/@here/);
  });

  it.each([
    ['channel_not_found'],
    ['not_in_channel'],
    ['is_archived'],
    ['channel_is_archived'],
    ['missing_scope'],
    ['restricted_action'],
  ])('%s is a permanent failure that names the Slack error', async (code) => {
    const { adapter } = platform();
    slack.fail('chat.postMessage', 1, { error: code });
    const err = await adapter.deliver({ channel: 'CA', outboxId: 1, attempts: 0 }, makeBrief('x', clock).brief).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ permanent: true });
    expect((err as Error).message).toContain(code);
    expect((err as Error).message).not.toContain(BOT_TOKEN);
  });

  it.each([['invalid_auth'], ['not_authed'], ['account_inactive'], ['token_revoked'], ['token_expired']])(
    '%s is a credential failure: the platform waits for a new token, the channel is fine',
    async (code) => {
      const { adapter } = platform();
      slack.fail('chat.postMessage', 1, { error: code });
      const err = await adapter.deliver({ channel: 'CA', outboxId: 1, attempts: 0 }, makeBrief('x', clock).brief).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CredentialRejectedError);
      expect(err).toMatchObject({ permanent: false });
      expect((err as Error).message).toContain(code);
      expect((err as Error).message).not.toContain(BOT_TOKEN);
    },
  );

  it.each([
    [{ status: 401 }, false],
    [{ status: 403 }, true],
    [{ status: 404 }, true],
    [{ status: 500 }, false],
    [{ status: 502 }, false],
  ])('HTTP %o → permanent %s', async (failure, permanent) => {
    const { adapter } = platform();
    slack.fail('chat.postMessage', 1, failure);
    const err = await adapter.deliver({ channel: 'CA', outboxId: 1, attempts: 0 }, makeBrief('x', clock).brief).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ permanent });
  });

  it('turns timeouts and 429 into retryable errors, and holds every channel for the Retry-After', async () => {
    const { adapter } = platform({ requestTimeoutMs: 300 });
    slack.fail('chat.postMessage', 1, { delayMs: 1_000 });
    const started = Date.now();
    const slow = await adapter.deliver({ channel: 'CA', outboxId: 2, attempts: 0 }, makeBrief('y', clock).brief).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(900);
    expect(slow).toMatchObject({ permanent: false });
    expect((slow as Error).message).toMatch(/timed out/);

    slack.fail('chat.postMessage', 1, { status: 429, retryAfter: 7 });
    const limited = await adapter.deliver({ channel: 'CA', outboxId: 1, attempts: 0 }, makeBrief('x', clock).brief).catch((e: unknown) => e);
    expect(limited).toMatchObject({ permanent: false, retryAfterSeconds: 7 });
    // Slack's Retry-After covers the method across the workspace: another channel is refused at once, without a call.
    const held = await adapter.deliver({ channel: 'CB', outboxId: 3, attempts: 0 }, makeBrief('z', clock).brief).catch((e: unknown) => e);
    expect(held).toMatchObject({ permanent: false });
    expect((held as DeliveryError).retryAfterSeconds).toBeGreaterThanOrEqual(6);
    // One call each: the client itself never retries, and the held post made none.
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2);
  });

  it('spaces messages to one channel but not across channels', async () => {
    const { adapter } = platform({ channelIntervalMs: 300 });
    const brief = (h: string): Brief => makeBrief(h, clock).brief;
    await Promise.all([
      adapter.deliver({ channel: 'CA', outboxId: 1, attempts: 0 }, brief('a1')),
      adapter.deliver({ channel: 'CA', outboxId: 2, attempts: 0 }, brief('a2')),
      adapter.deliver({ channel: 'CA', outboxId: 3, attempts: 0 }, brief('a3')),
      adapter.deliver({ channel: 'CB', outboxId: 4, attempts: 0 }, brief('b1')),
    ]);
    const times = (channel: string) => slack.calls.filter((c) => c.body.channel === channel).map((c) => c.at);
    const [a1, a2, a3] = times('CA');
    expect(a2! - a1!).toBeGreaterThanOrEqual(290);
    expect(a3! - a2!).toBeGreaterThanOrEqual(290);
    expect(times('CB')[0]! - a1!).toBeLessThan(200);
    expect(headlines('CA')).toEqual(['a1', 'a2', 'a3']);
  });
});

import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommandRunner } from '../../src/bot/runner.js';
import { CredentialRejectedError, DeliveryError } from '../../src/core/errors.js';
import type { DeliveryAdapter } from '../../src/delivery/adapter.js';
import { createDiscordPlatform } from '../../src/delivery/discord/index.js';
import { createOutboxWorker } from '../../src/delivery/outbox.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../fakes/discord-api.js';
import { makeBrief, seedBriefs, TEST_FEED } from '../helpers/seed.js';

export const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const A = '111111111111111111';
const B = '222222222222222222';
const idleRunner: CommandRunner = {
  definitions: [],
  run: async () => ({ ephemeral: true, parts: [] }),
  parseText: () => ({ path: [], values: {} }),
  completeCountry: () => [],
};

function captureLogger(level = 'debug'): { logger: Logger; text: () => string } {
  let text = '';
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { logger: createLogger({ level, destination }), text: () => text };
}

function errorOf(promise: Promise<unknown>): Promise<DeliveryError> {
  return promise.then(
    () => {
      throw new Error('expected a DeliveryError');
    },
    (err: unknown) => {
      expect(err).toBeInstanceOf(DeliveryError);
      return err as DeliveryError;
    },
  );
}

describe('Discord delivery adapter', () => {
  let fake: FakeDiscordApi;
  let logs: ReturnType<typeof captureLogger>;
  let adapter: DeliveryAdapter;
  const brief = makeBrief('Sanctions @everyone <@123456789012345678>', new Date('2026-11-20T10:00:00Z')).brief;

  function makeAdapter(extra: { requestTimeoutMs?: number; channelIntervalMs?: number } = {}) {
    return createDiscordPlatform({
      config: { token: TOKEN, apiUrl: fake.apiUrl },
      adminUserIds: [],
      logger: logs.logger,
      runner: idleRunner,
      http: createHttpServer(logs.logger),
      channelIntervalMs: 20,
      ...extra,
    }).adapter;
  }

  beforeEach(async () => {
    fake = await startFakeDiscordApi();
    logs = captureLogger();
    adapter = makeAdapter();
  });
  afterEach(async () => {
    await fake.close();
    // The token never reaches a log line, whatever happened in the test.
    expect(logs.text()).not.toContain(TOKEN);
  });

  it('posts one escaped embed with the outbox id as nonce, authenticated as the bot', async () => {
    const { externalId } = await adapter.deliver({ channel: A, outboxId: 42, attempts: 0 }, brief);
    const [message] = fake.channel(A);
    expect(externalId).toBe(`${A}:${message!.id}`);
    const request = fake.requests.find((r) => r.method === 'POST')!;
    expect(request.path).toBe(`/channels/${A}/messages`);
    expect(request.authorization).toBe(`Bot ${TOKEN}`);
    expect(request.body).toMatchObject({ nonce: '42', enforce_nonce: true, allowed_mentions: { parse: [] } });
    expect(message!.embeds).toHaveLength(1);
    expect(JSON.stringify(message!.embeds)).not.toMatch(/@everyone|<@1/);
  });

  it('a retried delivery with the same outbox id produces one message', async () => {
    const first = await adapter.deliver({ channel: A, outboxId: 7, attempts: 0 }, brief);
    const second = await adapter.deliver({ channel: A, outboxId: 7, attempts: 1 }, brief);
    expect(second.externalId).toBe(first.externalId);
    expect(fake.channel(A)).toHaveLength(1);
  });

  it('a post that lands after the client timed out is not duplicated by the retry', async () => {
    adapter = makeAdapter({ requestTimeoutMs: 300 });
    fake.failNext(1, { kind: 'delay', ms: 600 });
    const err = await errorOf(adapter.deliver({ channel: A, outboxId: 9, attempts: 0 }, brief));
    expect(err.permanent).toBe(false);
    expect(err.message).toMatch(/timed out/);
    await vi.waitFor(() => expect(fake.channel(A)).toHaveLength(1)); // the slow post lands after all
    await adapter.deliver({ channel: A, outboxId: 9, attempts: 1 }, brief);
    expect(fake.channel(A)).toHaveLength(1);
  });

  it('maps Discord failures to retryable and permanent DeliveryErrors', async () => {
    fake.failNext(1, { kind: '429', retryAfter: 7 });
    const limited = await errorOf(adapter.deliver({ channel: B, outboxId: 1, attempts: 0 }, brief));
    expect([limited.permanent, limited.retryAfterSeconds]).toEqual([false, 7]);
    expect(limited.message).toMatch(/429/);
    // That channel is held for the Retry-After (refused at once, no request); the others are not.
    const before = fake.requests.length;
    const held = await errorOf(adapter.deliver({ channel: B, outboxId: 2, attempts: 0 }, brief));
    expect([held.permanent, held.retryAfterSeconds]).toEqual([false, 7]);
    expect(fake.requests).toHaveLength(before);

    const target = { channel: A, outboxId: 1, attempts: 0 };

    fake.failNext(1, { kind: '500' });
    expect((await errorOf(adapter.deliver(target, brief))).permanent).toBe(false);

    fake.failNext(1, { kind: '403', code: 50001 });
    const access = await errorOf(adapter.deliver(target, brief));
    expect([access.permanent, access.message]).toEqual([true, expect.stringMatching(/403, code 50001 Missing Access/)]);

    fake.failNext(1, { kind: '403', code: 50013 });
    expect((await errorOf(adapter.deliver(target, brief))).message).toMatch(/50013 Missing Permissions/);

    fake.failNext(1, { kind: '404', code: 10003 });
    const unknown = await errorOf(adapter.deliver(target, brief));
    expect([unknown.permanent, unknown.message]).toEqual([true, expect.stringMatching(/404, code 10003 Unknown Channel/)]);

    await fake.close();
    const down = await errorOf(adapter.deliver(target, brief));
    expect(down.permanent).toBe(false);
    fake = await startFakeDiscordApi(); // for afterEach
  });

  it('a rejected token is a credential failure (the platform waits, the channel is fine) and never shown', async () => {
    fake.failNext(1, { kind: '401' });
    const err = await errorOf(adapter.deliver({ channel: A, outboxId: 1, attempts: 0 }, brief));
    expect(err).toBeInstanceOf(CredentialRejectedError);
    expect(err.permanent).toBe(false);
    expect(err.message).toMatch(/401/);
    expect(err.message).not.toContain(TOKEN);
  });

  it('paces posts to one channel but not across channels', async () => {
    adapter = makeAdapter({ channelIntervalMs: 250 });
    await Promise.all([1, 2, 3].flatMap((n) => [adapter.deliver({ channel: A, outboxId: n, attempts: 0 }, brief), adapter.deliver({ channel: B, outboxId: 10 + n, attempts: 0 }, brief)]));
    const times = (channel: string) => fake.requests.filter((r) => r.path.includes(channel)).map((r) => r.at);
    for (const ch of [A, B]) {
      const t = times(ch);
      expect(t).toHaveLength(3);
      expect(t[1]! - t[0]!).toBeGreaterThanOrEqual(200);
      expect(t[2]! - t[1]!).toBeGreaterThanOrEqual(200);
    }
    expect(Math.abs(times(A)[0]! - times(B)[0]!)).toBeLessThan(200);
  });

  it('edits a delivered brief in place and posts escaped notices', async () => {
    const { externalId } = await adapter.deliver({ channel: A, outboxId: 3, attempts: 0 }, brief);
    await adapter.update!(A, externalId!, { ...brief, headline: 'Updated headline' });
    expect(fake.channel(A)[0]).toMatchObject({ edits: 1, embeds: [expect.objectContaining({ title: 'Updated headline' })] });
    await adapter.notice!(B, 'Feed @here disabled: <@&123456789012345678> [x](https://evil.example)');
    const notice = fake.channel(B)[0]!;
    expect(notice.content).not.toMatch(/@here|<@&|(?<!\\)\[x(?<!\\)\]/);
    for (const r of fake.requests) expect(r.body).toMatchObject({ allowed_mentions: { parse: [] } });
    fake.failNext(1, { kind: '404', code: 10008 }, (m) => m === 'PATCH');
    expect((await errorOf(adapter.update!(A, externalId!, brief))).message).toMatch(/Unknown Message/);
  });
});

describe('Discord delivery through the real outbox worker', () => {
  let fake: FakeDiscordApi;
  let store: Store;

  beforeEach(async () => {
    fake = await startFakeDiscordApi();
    store = await openStore('sqlite::memory:');
    await store.syncFeeds([TEST_FEED]);
  });
  afterEach(async () => {
    await store.close();
    await fake.close();
  });

  it('a 429 storm and a 5xx burst still deliver everything, once, in order per channel', async () => {
    const logs = captureLogger();
    const { adapter } = createDiscordPlatform({
      config: { token: TOKEN, apiUrl: fake.apiUrl },
      adminUserIds: [],
      logger: logs.logger,
      runner: idleRunner,
      http: createHttpServer(logs.logger),
      channelIntervalMs: 50,
    });
    let clock = new Date('2026-11-20T10:00:00Z');
    const filter = { topics: [], countries: [], minConfidence: 0 };
    const subA = await store.ensureSubscription('discord', A, filter);
    const subB = await store.ensureSubscription('discord', B, filter);
    const headlines = ['one', 'two', 'three', 'four', 'five'];
    await seedBriefs(store, headlines, [subA.id, subB.id], clock);
    // @discordjs/rest keeps its own real-time memory of a global limit, so the platform runs on the real clock
    // here while the worker's clock jumps hours; a 1 s Retry-After is short enough for the pacer to wait out.
    fake.failNext(2, { kind: '429', retryAfter: 1 }, (m, p) => m === 'POST' && p.includes(A));
    fake.failNext(4, { kind: '500' }, (m, p) => m === 'POST' && p.includes(B));
    fake.failNext(2, { kind: '429', retryAfter: 1, global: true });

    const worker = createOutboxWorker({ store, adapters: [adapter], logger: logs.logger, now: () => clock });
    const started = Date.now();
    for (let i = 0; i < 40 && fake.messages.length < 10; i += 1) {
      await worker.drain();
      clock = new Date(clock.getTime() + 3 * 3600_000);
    }
    expect(Date.now() - started).toBeLessThan(10_000);
    const headlinesIn = (ch: string) => fake.channel(ch).map((m) => (m.embeds[0] as { title: string }).title);
    expect(headlinesIn(A)).toEqual(headlines);
    expect(headlinesIn(B)).toEqual(headlines);
    expect(await store.dueOutbox(new Date(clock.getTime() + 24 * 3600_000), 100)).toEqual([]);
    expect(logs.text()).toMatch(/429/);
    expect(logs.text()).not.toContain(TOKEN);
  });
});

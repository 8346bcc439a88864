// A story that grows edits its brief in place, in every channel that got it: chat.update on Slack,
// PATCH on Discord, exactly once per delivered channel, and never a second post.
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../src/bot/runner.js';
import type { OutboxEntry } from '../../src/core/types.js';
import { createConsoleAdapter } from '../../src/delivery/console/index.js';
import { createDiscordPlatform } from '../../src/delivery/discord/index.js';
import { createOutboxWorker } from '../../src/delivery/outbox.js';
import { createSlackPlatform } from '../../src/delivery/slack/index.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../fakes/discord-api.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';
import type { TestItem } from '../helpers/rss.js';
import { hours, pubDate, startStoryHarness, type StoryHarness } from '../stories/harness.js';

const BOT_TOKEN = 'xoxb-5555555555-6666666666-abcdefghijklmnopqrstuvwx';
const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const DISCORD_CHANNEL = '333333333333333333';
const logger = createLogger({ level: 'silent' });
const runner = { definitions: [], run: async () => ({ ephemeral: true, parts: [] }), parseText: () => ({ path: [], values: {} }), completeCountry: () => [] } as unknown as CommandRunner;
const ALL = { topics: [], countries: [], minConfidence: 0 };
const T0 = new Date('2026-11-20T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

const FIRST: TestItem = {
  guid: 'wire-31',
  title: 'Belarus pardons 31 Ukrainians after talks with US',
  description: 'Belarusian leader Alexander Lukashenko pardoned 31 Ukrainian citizens following talks with a US delegation.',
  pubDate: pubDate(at(hours(-1))),
};
const SECOND: TestItem = {
  guid: 'ru-31',
  title: 'Лукашенко помиловал 31 украинца после переговоров с США',
  description: 'Президент Беларуси Александр Лукашенко помиловал 31 гражданина Украины после переговоров с американской делегацией.',
  pubDate: pubDate(at(hours(1))),
};

describe('a growing story updates its brief in place', () => {
  let slack: FakeSlack;
  let discord: FakeDiscordApi;
  let h: StoryHarness;
  let printed: string[];
  let stopped: Array<{ entry: OutboxEntry; reason: string }>;

  beforeEach(async () => {
    slack = await startFakeSlack({ botToken: BOT_TOKEN });
    discord = await startFakeDiscordApi();
    h = await startStoryHarness(T0);
    printed = [];
    stopped = [];
  });
  afterEach(async () => {
    await h.close();
    await slack.close();
    await discord.close();
  });

  function worker(store = h.store, now = () => at(hours(3))) {
    const slackAdapter = createSlackPlatform({
      config: { botToken: BOT_TOKEN, signingSecret: 'secret', apiUrl: slack.apiUrl },
      adminUserIds: [],
      logger,
      runner,
      http: createHttpServer(logger),
      channelIntervalMs: 0,
    }).adapter;
    const discordAdapter = createDiscordPlatform({
      config: { token: DISCORD_TOKEN, apiUrl: discord.apiUrl },
      adminUserIds: [],
      logger,
      runner,
      http: createHttpServer(logger),
      channelIntervalMs: 0,
    }).adapter;
    const out = new PassThrough();
    out.on('data', (chunk) => printed.push(...String(chunk).split('\n').filter(Boolean)));
    const consoleAdapter = createConsoleAdapter({ out, format: 'json' });
    return createOutboxWorker({
      store,
      adapters: [slackAdapter, discordAdapter, consoleAdapter],
      logger,
      now,
      onPermanentFailure: async (entry, reason) => {
        stopped.push({ entry, reason });
        await store.deactivateSubscription(entry.subscriptionId, reason);
      },
    });
  }

  const posts = () => slack.calls.filter((c) => c.method === 'chat.postMessage').length + discord.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages')).length;
  const slackUpdates = () => slack.calls.filter((c) => c.method === 'chat.update');
  const discordEdits = () => discord.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/channels/'));

  it('edits the Slack and Discord messages exactly once each; no second post; the console prints one update line', async () => {
    await h.store.ensureSubscription('slack', 'C_DESK', ALL);
    await h.store.ensureSubscription('discord', DISCORD_CHANNEL, ALL);
    await h.store.ensureSubscription('console', 'stdout', ALL);
    await h.poll('wire', [FIRST], at(0));
    expect(await worker().drain()).toEqual({ delivered: 3, retried: 0, failed: 0 });
    expect(posts()).toBe(2);
    expect(printed).toHaveLength(1);

    const grown = await h.poll('ru', [SECOND], at(hours(2)));
    expect(grown).toMatchObject({ kind: 'polled', briefs: 0, updatedBriefs: 1 });
    expect(grown.kind === 'polled' && grown.outboxIds).toHaveLength(3); // one update per delivered channel
    expect(await worker().drain()).toEqual({ delivered: 3, retried: 0, failed: 0 });

    expect(posts()).toBe(2);
    expect(slackUpdates()).toHaveLength(1);
    expect(slackUpdates()[0]!.body.channel).toBe('C_DESK');
    expect(JSON.stringify(slack.messages('C_DESK'))).toContain('Русская служба');
    expect(discordEdits()).toHaveLength(1);
    expect(discord.channel(DISCORD_CHANNEL)).toHaveLength(1);
    expect(JSON.stringify(discord.channel(DISCORD_CHANNEL)[0])).toContain('Русская служба');
    expect(printed).toHaveLength(2);
    const update = JSON.parse(printed[1]!) as { type: string; of: string; id: string; sources: unknown[] };
    expect(update).toMatchObject({ type: 'update', of: expect.stringMatching(/^console:\d+$/), id: JSON.parse(printed[0]!).id });
    expect(update.sources).toHaveLength(2);
    // Nothing left to do.
    expect(await worker().drain()).toEqual({ delivered: 0, retried: 0, failed: 0 });
  });

  it('an update queued while the post is still pending: one post, carrying the grown brief', async () => {
    await h.store.ensureSubscription('slack', 'C_DESK', ALL);
    await h.poll('wire', [FIRST], at(0));
    await h.poll('ru', [SECOND], at(hours(2)));
    await worker().drain();
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(slackUpdates()).toHaveLength(0);
    const [message] = slack.messages('C_DESK');
    expect(JSON.stringify(message)).toContain('Русская служба');
    expect(JSON.stringify(message)).toContain('Wire');
  });

  it('the queued update survives a restart: it is in the outbox', async () => {
    await h.store.ensureSubscription('slack', 'C_DESK', ALL);
    await h.poll('wire', [FIRST], at(0));
    await worker().drain();
    await h.poll('ru', [SECOND], at(hours(2)));
    // "Crash" before any delivery: a fresh connection and a fresh worker find the update.
    const reopened = await openStore(h.dbUrl);
    try {
      expect(await worker(reopened).drain()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    } finally {
      await reopened.close();
    }
    expect(slackUpdates()).toHaveLength(1);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('a deleted message fails its update only; a channel that is gone stops the subscription', async () => {
    const desk = await h.store.ensureSubscription('slack', 'C_DESK', ALL);
    await h.store.ensureSubscription('discord', DISCORD_CHANNEL, ALL);
    await h.poll('wire', [FIRST], at(0));
    await worker().drain();
    await h.poll('ru', [SECOND], at(hours(2)));
    slack.fail('chat.update', 1, { error: 'message_not_found' });
    discord.failNext(1, { kind: '404', code: 10008 });
    expect(await worker().drain()).toEqual({ delivered: 0, retried: 0, failed: 2 });
    expect(stopped).toEqual([]);
    expect((await h.store.listSubscriptions()).every((s) => s.active)).toBe(true);

    const third: TestItem = { ...FIRST, guid: 'wire-31-c', title: 'Belarus hands over 31 pardoned Ukrainians to Kyiv', pubDate: pubDate(at(hours(3))) };
    await h.poll('wire', [third, FIRST], at(hours(4)));
    slack.fail('chat.update', 1, { error: 'channel_not_found' });
    expect(await worker(h.store, () => at(hours(5))).drain()).toEqual({ delivered: 1, retried: 0, failed: 1 });
    expect(stopped.map((s) => [s.entry.subscriptionId, s.reason])).toEqual([[desk.id, expect.stringContaining('channel_not_found')]]);
  });
});

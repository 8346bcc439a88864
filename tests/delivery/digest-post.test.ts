// postReply on every adapter (what a digest is posted with), and the digest calendar's periods.
import { PassThrough } from 'node:stream';
import cron from 'node-cron';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../src/bot/runner.js';
import { DeliveryError } from '../../src/core/errors.js';
import type { Reply } from '../../src/core/types.js';
import { createConsoleAdapter } from '../../src/delivery/console/index.js';
import { createDigestCalendar } from '../../src/delivery/digest-schedule.js';
import { createDiscordPlatform } from '../../src/delivery/discord/index.js';
import { createSlackPlatform } from '../../src/delivery/slack/index.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { startFakeDiscordApi } from '../fakes/discord-api.js';
import { startFakeSlack } from '../fakes/slack-api.js';

const SLACK_TOKEN = 'xoxb-7777777777-8888888888-abcdefghijklmnopqrstuvwx';
const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const runner = { definitions: [], run: async () => ({ ephemeral: true, parts: [] }), parseText: () => ({ path: [], values: {} }), completeCountry: () => [] } as unknown as CommandRunner;
const logger = createLogger({ level: 'silent' });
const ZWSP = '\u200b';

/** A digest whose feed-sourced text tries every way to ping or fake a link. */
const HOSTILE: Reply = {
  ephemeral: false,
  title: 'Digest: the last day @everyone',
  parts: [
    { kind: 'text', text: '2 briefs — <!channel> @here' },
    { kind: 'fields', fields: [{ name: 'Belarus (BY) <@U123>', value: '2' }] },
    { kind: 'list', items: [{ text: 'Sanctions @everyone <@123456789012345678> <!here> <https://evil.example|click>', url: 'https://wire.example/a' }] },
  ],
};

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('postReply', () => {
  const SLACK_SPACING_MS = 300;

  async function slackAdapter() {
    const slack = await startFakeSlack({ botToken: SLACK_TOKEN });
    cleanups.push(() => slack.close());
    const platform = createSlackPlatform({
      config: { botToken: SLACK_TOKEN, signingSecret: 's', apiUrl: slack.apiUrl },
      adminUserIds: [],
      logger,
      runner,
      http: createHttpServer(logger),
      requestTimeoutMs: 2_000,
      channelIntervalMs: SLACK_SPACING_MS,
    });
    return { slack, adapter: platform.adapter };
  }

  async function discordAdapter() {
    const discord = await startFakeDiscordApi();
    cleanups.push(() => discord.close());
    const platform = createDiscordPlatform({
      config: { token: DISCORD_TOKEN, apiUrl: discord.apiUrl },
      adminUserIds: [],
      logger,
      runner,
      http: createHttpServer(logger),
      channelIntervalMs: 150,
    });
    return { discord, adapter: platform.adapter };
  }

  it('Slack: blocks plus a text fallback, unfurling off, every hostile string inert; paced per channel', async () => {
    const { slack, adapter } = await slackAdapter();
    const { externalId } = await adapter.postReply!('C1', HOSTILE);
    const [message] = slack.messages('C1');
    expect(externalId).toBe(`C1:${message!.ts}`);
    expect(message!.blocks?.length).toBeGreaterThan(1);
    expect(message!.unfurl_links).toBe(false);
    expect(message!.unfurl_media).toBe(false);
    const all = JSON.stringify([message!.text, message!.blocks]);
    expect(all).not.toMatch(/<!channel>|<!here>|<@U123>|<@123456789012345678>|<https:\/\/evil/);
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).toContain(`@${ZWSP}here`);
    expect(all).toContain(`@${ZWSP}everyone`);
    expect(all).toContain('<https://wire.example/a|');

    await adapter.postReply!('C1', HOSTILE);
    const calls = slack.calls.filter((c) => c.method === 'chat.postMessage');
    // Arrival times at the fake server carry the client's connection jitter (the first request also
    // opens the connection; 31 ms seen under load), so the margin is a third of the spacing.
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual((SLACK_SPACING_MS * 2) / 3);
  });

  it('Slack: errors map to DeliveryError like deliver(): channel_not_found for good, HTTP 500 retryable', async () => {
    const { slack, adapter } = await slackAdapter();
    slack.fail('chat.postMessage', 1, { error: 'channel_not_found' });
    slack.fail('chat.postMessage', 1, { status: 500 });
    const gone = await adapter.postReply!('C1', HOSTILE).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(DeliveryError);
    expect(gone).toMatchObject({ permanent: true, message: expect.stringMatching(/channel_not_found/) });
    const flaky = await adapter.postReply!('C1', HOSTILE).catch((e: unknown) => e);
    expect(flaky).toMatchObject({ permanent: false, message: expect.stringMatching(/HTTP 500/) });
  });

  it('Discord: embeds, no mentions allowed, hostile text escaped; errors mapped; paced per channel', async () => {
    const { discord, adapter } = await discordAdapter();
    const { externalId } = await adapter.postReply!('111', HOSTILE);
    const [message] = discord.channel('111');
    expect(externalId).toBe(`111:${message!.id}`);
    expect(message!.allowed_mentions).toEqual({ parse: [] });
    expect(message!.embeds.length).toBeGreaterThan(0);
    const all = JSON.stringify(message!.embeds);
    expect(all).not.toMatch(/(^|[^\u200b])@everyone|<@123456789012345678>|<@U123>/);
    expect(all).toContain(`@${ZWSP}everyone`);
    expect(all).toContain(`<${ZWSP}@123456789012345678`);
    expect(all).toContain('(https://wire.example/a)');

    const started = Date.now();
    await adapter.postReply!('111', HOSTILE);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);

    discord.failNext(1, { kind: '404' });
    await expect(adapter.postReply!('111', HOSTILE)).rejects.toMatchObject({ permanent: true, message: expect.stringMatching(/Unknown Channel/) });
    discord.failNext(1, { kind: '500' });
    await expect(adapter.postReply!('111', HOSTILE)).rejects.toMatchObject({ permanent: false });
    expect(discord.channel('111')).toHaveLength(2);
  });

  it('console: text on a terminal without control characters, JSON lines otherwise', async () => {
    for (const format of ['text', 'json'] as const) {
      const out = new PassThrough();
      let printed = '';
      out.on('data', (c) => (printed += String(c)));
      const adapter = createConsoleAdapter({ out, format });
      await adapter.postReply!('stdout', { ...HOSTILE, parts: [...HOSTILE.parts, { kind: 'text', text: 'bell\u0007 and \u001b[31mred' }] });
      if (format === 'json') {
        expect(JSON.parse(printed)).toMatchObject({ type: 'reply', channel: 'stdout', title: HOSTILE.title });
      } else {
        expect(printed).toContain('Digest: the last day');
        expect(printed).toContain('Belarus (BY) <@U123>: 2');
        expect(printed).toContain('  • Sanctions @everyone');
        expect(printed.includes('\u0007') || printed.includes('\u001b')).toBe(false);
      }
    }
  });
});

describe('digest calendar', () => {
  function calendar(expression: string, timezone: string) {
    const task = cron.createTask(expression, () => undefined, { timezone });
    cleanups.push(async () => task.destroy());
    return createDigestCalendar(task, timezone);
  }

  it('names the period by the local date of the latest run, and a weekly one by its Monday', () => {
    const c = calendar('0 8 * * *', 'UTC');
    // Wednesday 2025-06-11.
    expect(c.slot('daily', new Date('2025-06-11T08:00:00Z'))).toEqual({ key: 'day:2025-06-11', firedAt: new Date('2025-06-11T08:00:00Z') });
    expect(c.slot('daily', new Date('2025-06-11T07:59:59Z'))).toEqual({ key: 'day:2025-06-10', firedAt: new Date('2025-06-10T08:00:00Z') });
    expect(c.slot('weekly', new Date('2025-06-11T12:00:00Z'))).toEqual({ key: 'week:2025-06-09', firedAt: new Date('2025-06-09T08:00:00Z') });
    expect(c.slot('weekly', new Date('2025-06-09T07:00:00Z'))).toEqual({ key: 'week:2025-06-02', firedAt: new Date('2025-06-02T08:00:00Z') });
  });

  it('reads the expression and the days in DIGEST_TIMEZONE', () => {
    // 08:00 in Auckland (UTC+12 in June) on Monday 2025-06-09 is Sunday 20:00 UTC.
    const nz = calendar('0 8 * * *', 'Pacific/Auckland');
    expect(nz.slot('weekly', new Date('2025-06-08T20:30:00Z'))).toEqual({ key: 'week:2025-06-09', firedAt: new Date('2025-06-08T20:00:00Z') });
    expect(nz.slot('daily', new Date('2025-06-08T19:59:00Z'))?.key).toBe('day:2025-06-08');
    const ny = calendar('30 7 * * 1-5', 'America/New_York');
    // Saturday: the latest weekday run was Friday 07:30 EDT = 11:30 UTC.
    expect(ny.slot('daily', new Date('2025-06-14T15:00:00Z'))).toEqual({ key: 'day:2025-06-13', firedAt: new Date('2025-06-13T11:30:00Z') });
  });

  it('finds nothing for a schedule that never runs on Monday (weekly) or not within eight days', () => {
    expect(calendar('0 8 * * 0', 'UTC').slot('weekly', new Date('2025-06-11T12:00:00Z'))).toBeUndefined();
    expect(calendar('0 8 1 1 *', 'UTC').slot('daily', new Date('2025-06-11T12:00:00Z'))).toBeUndefined();
  });
});

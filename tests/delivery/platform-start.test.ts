// A chat platform that cannot start must not stop the bot: the real app (createApp + loadConfig) against
// fakes on 127.0.0.1 that are down, answer 5xx, or refuse the token.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/core/errors.js';
import type { DeliveryAdapter } from '../../src/delivery/adapter.js';
import { CONSOLE_CHANNEL, createConsoleAdapter } from '../../src/delivery/console/index.js';
import { createOutboxWorker } from '../../src/delivery/outbox.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import { waitUntil } from '../e2e/chat.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../fakes/discord-api.js';
import { signedRequest, slashCommandBody, startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';
import { seedBriefs, TEST_FEED } from '../helpers/seed.js';
import { freePort, run } from '../helpers/spawn.js';

const SLACK_BOT_TOKEN = `xoxb-7351902468-5820461937-${randomBytes(12).toString('hex')}`;
const SLACK_SIGNING_SECRET = randomBytes(16).toString('hex');
const DISCORD_TOKEN = `${Buffer.from('1198765432109876543').toString('base64url')}.Gx7kQz.${randomBytes(28).toString('base64url')}`;
const SECRETS = [SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, DISCORD_TOKEN];
const FILTER = { topics: [], countries: [], minConfidence: 0 };
const gatewayBot = (_method: string, path: string) => path === '/gateway/bot';

interface Health {
  status: string;
  platforms: Record<string, { state: string; error?: string; failures?: number; nextAttemptAt?: string }>;
}

describe('chat platforms that cannot start', () => {
  let app: App | undefined;
  let slack: FakeSlack | undefined;
  let discord: FakeDiscordApi | undefined;
  let logLines: string[];
  let printed: string[];

  beforeEach(() => {
    app = undefined;
    slack = undefined;
    discord = undefined;
    logLines = [];
    printed = [];
  });
  afterEach(async () => {
    await app?.stop();
    await Promise.allSettled([slack?.close(), discord?.close()]);
    for (const secret of SECRETS) expect(logLines.join('')).not.toContain(secret);
  });

  async function makeApp(env: Record<string, string>) {
    const config = loadConfig({
      DATABASE_URL: 'sqlite::memory:',
      PORT: String(await freePort()),
      POLL_INTERVAL_SECONDS: '3600',
      LOG_LEVEL: 'debug',
      FEED_ALLOW_PRIVATE_HOSTS: 'true',
      ...env,
    });
    const consoleOut = new PassThrough();
    consoleOut.on('data', (chunk) => printed.push(...String(chunk).split('\n').filter(Boolean)));
    const logger = createLogger({ level: 'debug', destination: { write: (s: string) => void logLines.push(s) } });
    app = await createApp({ config, logger, catalogue: [TEST_FEED], consoleOut, consoleFormat: 'json', platformRetry: { initialMs: 50, maxMs: 200 } });
    return { app, port: config.port };
  }

  const health = async (port: number) => {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(res.status).toBe(200);
    return (await res.json()) as Health;
  };
  const consoleHeadlines = () => printed.map((l) => JSON.parse(l) as { type: string; headline: string }).filter((l) => l.type === 'brief').map((l) => l.headline);

  it('Slack not listening at start: the bot runs, the console delivers, Slack is retried and then gets its queued briefs once', async () => {
    const slackPort = await freePort(); // nothing listens here yet
    const { app, port } = await makeApp({
      SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET,
      SLACK_API_URL: `http://127.0.0.1:${slackPort}/api/`,
    });
    const consoleSub = (await app.store.listSubscriptions()).find((s) => s.platform === 'console')!;
    const slackSub = await app.store.ensureSubscription('slack', 'C_NEWS', FILTER);
    await seedBriefs(app.store, ['Minsk frees 52 prisoners', 'EU extends Belarus sanctions'], [consoleSub.id, slackSub.id], new Date());

    expect(await app.start()).toBe(port);
    const degraded = await health(port);
    expect(degraded.status).toBe('degraded');
    expect(degraded.platforms.console).toEqual({ state: 'ready' });
    expect(degraded.platforms.slack).toMatchObject({ state: 'retrying', error: expect.stringMatching(/auth\.test/) });

    await waitUntil(() => consoleHeadlines().length === 2, 'the console briefs');
    // Slack's HTTP route answers, but not yet.
    const body = slashCommandBody({ text: 'help', user_id: 'U1', channel_id: 'C_NEWS', response_url: 'http://127.0.0.1:9/r' });
    expect((await signedRequest(`http://127.0.0.1:${port}/slack/events`, SLACK_SIGNING_SECRET, body)).status).toBe(503);
    // Retried a few times meanwhile; told once.
    await waitUntil(() => (app.platforms.status()[0]?.failures ?? 0) >= 3, 'three failed Slack attempts');
    expect(logLines.filter((l) => l.includes('slack is not available')).length).toBe(1);
    // The Slack rows wait untouched: not tried, not failed.
    const waiting = (await app.store.dueOutbox(new Date(), 100)).filter((w) => w.entry.platform === 'slack');
    expect(waiting.map((w) => [w.entry.status, w.entry.attempts])).toEqual([
      ['pending', 0],
      ['pending', 0],
    ]);

    slack = await startFakeSlack({ botToken: SLACK_BOT_TOKEN, port: slackPort });
    await waitUntil(() => app.platforms.isReady('slack'), 'Slack to become ready', 5_000);
    await waitUntil(() => slack!.posted.length === 2, 'the queued Slack briefs', 5_000);
    await app.outbox.drain();
    await app.outbox.drain();
    expect(slack.posted.map((m) => m.channel)).toEqual(['C_NEWS', 'C_NEWS']);
    expect(consoleHeadlines()).toHaveLength(2);
    expect(await health(port)).toMatchObject({ status: 'ok', platforms: { slack: { state: 'ready', failures: 0 } } });
    expect(logLines.some((l) => /slack is ready after \d+ failed attempt/.test(l))).toBe(true);
  });

  it('Slack answering 503 at start is retried until it answers', async () => {
    slack = await startFakeSlack({ botToken: SLACK_BOT_TOKEN });
    slack.fail('auth.test', 2, { status: 503 });
    const { app, port } = await makeApp({ SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
    await app.start();
    expect((await health(port)).platforms.slack).toMatchObject({ state: 'retrying', error: expect.stringMatching(/HTTP 503/) });
    await waitUntil(() => app.platforms.isReady('slack'), 'Slack to become ready');
    expect(slack.calls.filter((c) => c.method === 'auth.test')).toHaveLength(3);
  });

  it('stopping during the retry loop stops it: no attempt afterwards', async () => {
    slack = await startFakeSlack({ botToken: SLACK_BOT_TOKEN });
    slack.fail('auth.test', 1_000, { status: 503 });
    const { app } = await makeApp({ SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
    await app.start();
    await waitUntil(() => slack!.calls.length >= 3, 'a few attempts');
    await app.stop();
    const calls = slack.calls.length;
    await new Promise((r) => setTimeout(r, 500)); // more than twice the longest backoff (200 ms)
    expect(slack.calls.length).toBe(calls);
    expect(app.platforms.status()).toEqual([expect.objectContaining({ platform: 'slack', state: 'stopped' })]);
  });

  it('a Slack token Slack refuses fails start-up with a ConfigError naming the variable, and stops what it started', async () => {
    slack = await startFakeSlack({ botToken: 'xoxb-0000000000-0000000000-somebodyelsestoken' });
    const { app, port } = await makeApp({ SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });
    const err = await app.start().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems).toEqual([expect.stringMatching(/^SLACK_BOT_TOKEN: Slack refused the bot token \(invalid_auth\)/)]);
    expect((err as Error).message).not.toContain(SLACK_BOT_TOKEN);
    expect(slack.calls.map((c) => c.method)).toEqual(['auth.test']);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  describe('Discord gateway', () => {
    it('a 401 at login is a ConfigError naming DISCORD_TOKEN', async () => {
      discord = await startFakeDiscordApi();
      discord.failNext(1, { kind: '401' }, gatewayBot);
      const { app } = await makeApp({ DISCORD_TOKEN, DISCORD_API_URL: discord.apiUrl });
      const err = await app.start().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toEqual([expect.stringMatching(/^DISCORD_TOKEN: Discord refused the bot token \(401/)]);
      expect((err as Error).message).not.toContain(DISCORD_TOKEN);
    });

    it('a gateway that closes with 4004 (authentication failed) is a ConfigError too', async () => {
      discord = await startFakeDiscordApi();
      discord.gateway.closeNextIdentify(4004);
      const { app } = await makeApp({ DISCORD_TOKEN, DISCORD_API_URL: discord.apiUrl });
      const err = await app.start().catch((e: unknown) => e);
      expect((err as ConfigError).problems).toEqual([expect.stringMatching(/^DISCORD_TOKEN: .*4004/)]);
    });

    it('Discord down at start: Slack and the console run, Discord connects later and gets its queued briefs', async () => {
      discord = await startFakeDiscordApi();
      slack = await startFakeSlack({ botToken: SLACK_BOT_TOKEN });
      // @discordjs/rest tries a 5xx 4 times: the first two login attempts fail.
      discord.failNext(8, { kind: '500' }, gatewayBot);
      const { app, port } = await makeApp({
        DISCORD_TOKEN,
        DISCORD_API_URL: discord.apiUrl,
        SLACK_BOT_TOKEN,
        SLACK_SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
      });
      const discordSub = await app.store.ensureSubscription('discord', '111', FILTER);
      const slackSub = await app.store.ensureSubscription('slack', 'C_NEWS', FILTER);
      await seedBriefs(app.store, ['Minsk frees 52 prisoners'], [discordSub.id, slackSub.id], new Date());
      await app.start();
      expect((await health(port)).platforms).toMatchObject({ slack: { state: 'ready' }, discord: { state: 'retrying' } });
      await waitUntil(() => slack!.posted.length === 1, 'the Slack brief');
      await waitUntil(() => app.platforms.isReady('discord'), 'Discord to connect', 10_000);
      await waitUntil(() => discord!.channel('111').length === 1, 'the queued Discord brief');
      expect(discord.gateway.identified).toEqual([{ token: DISCORD_TOKEN, intents: 1 }]);
      expect((await health(port)).status).toBe('ok');
    });
  });
});

describe('the outbox while a platform is not ready', () => {
  it('leaves its rows untouched and out of the batch, so the other platforms are not starved', async () => {
    const store = await openStore('sqlite::memory:');
    try {
      await store.syncFeeds([TEST_FEED]);
      const slackSub = await store.ensureSubscription('slack', 'C1', FILTER);
      const consoleSub = await store.ensureSubscription('console', CONSOLE_CHANNEL, FILTER);
      // Five Slack rows first, then the console's: more Slack rows than one batch holds.
      await seedBriefs(store, ['s1', 's2', 's3', 's4', 's5'], [slackSub.id], new Date());
      await seedBriefs(store, ['c1'], [consoleSub.id], new Date());
      let ready = false;
      const tried: string[] = [];
      const slackLike: DeliveryAdapter = {
        platform: 'slack',
        ready: () => ready,
        deliver: async (_target, brief) => {
          tried.push(brief.headline);
          return { externalId: brief.headline };
        },
      };
      const out = new PassThrough();
      const lines: string[] = [];
      out.on('data', (c) => lines.push(String(c)));
      const consoleAdapter = createConsoleAdapter({ out, format: 'json' });
      const worker = createOutboxWorker({ store, adapters: [slackLike, consoleAdapter], logger: createLogger({ level: 'silent' }), batchSize: 2 });

      expect(await worker.drain()).toEqual({ delivered: 1, retried: 0, failed: 0 });
      expect(lines.join('')).toContain('"headline":"c1"');
      expect(tried).toEqual([]);
      const waiting = await store.dueOutbox(new Date(), 100);
      expect(waiting.map((w) => [w.brief.headline, w.entry.attempts])).toEqual(['s1', 's2', 's3', 's4', 's5'].map((h) => [h, 0]));

      ready = true;
      expect((await worker.drain()).delivered).toBe(5);
      expect(tried).toEqual(['s1', 's2', 's3', 's4', 's5']);
    } finally {
      await store.close();
    }
  });
});

describe('npm start when a platform cannot start', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'attache-platform-start-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function env(extra: Record<string, string>) {
    const feedsFile = join(dir, 'feeds.yaml');
    await writeFile(feedsFile, `feeds:\n  - id: desk\n    name: Desk\n    url: http://127.0.0.1:9/desk.xml\n`);
    return { DATABASE_URL: `sqlite:${join(dir, 'attache.db')}`, FEEDS_FILE: feedsFile, PORT: String(await freePort()), FEED_ALLOW_PRIVATE_HOSTS: 'true', LOG_LEVEL: 'info', ...extra };
  }

  it('exits 2 with one clear line when Slack refuses the token, printing no token and no stack', async () => {
    const slack = await startFakeSlack({ botToken: 'xoxb-0000000000-0000000000-somebodyelsestoken' });
    try {
      const p = run('src/main.ts', [], await env({ SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL: slack.apiUrl }));
      expect(await p.exit).toBe(2);
      expect(p.stderr()).toMatch(/attache: Invalid configuration:\n\s+- SLACK_BOT_TOKEN: Slack refused the bot token \(invalid_auth\)/);
      expect(p.stderr()).not.toMatch(/^\s+at /m);
      for (const secret of SECRETS) expect(p.stderr() + p.stdout()).not.toContain(secret);
    } finally {
      await slack.close();
    }
  });

  it('runs with Slack unreachable and stops cleanly on SIGTERM during the retries', async () => {
    const p = run('src/main.ts', [], await env({ SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL: `http://127.0.0.1:${await freePort()}/api/` }));
    try {
      await p.waitFor('stderr', /attache running/, 20_000);
      expect(p.stderr()).toMatch(/slack is not available: slack auth\.test: request failed: fetch failed \(ECONNREFUSED\)/);
      // Said once by us, not again by the SDK at every attempt.
      expect(p.stderr()).not.toMatch(/http request failed/);
    } finally {
      p.child.kill('SIGTERM');
    }
    expect(await p.exit).toBe(0);
    expect(p.stderr()).toMatch(/stopped cleanly/);
    for (const secret of SECRETS) expect(p.stderr() + p.stdout()).not.toContain(secret);
  }, 30_000);
});

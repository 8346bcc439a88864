import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createCommandRunner } from '../../src/bot/dispatch.js';
import { createSlackPlatform } from '../../src/delivery/slack/index.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { signedRequest, slashCommandBody, startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';
import { seedBriefs, TEST_FEED } from '../helpers/seed.js';

const BOT_TOKEN = 'xoxb-1111111111-2222222222-abcdefghijklmnopqrstuvwx';
const SECRET = 'signing-secret-for-tests-0123456789';

describe('Slack app manifest', () => {
  it('declares /brief and the events URL, and the scopes the code uses', async () => {
    const text = await readFile(new URL('../../src/delivery/slack/manifest.yaml', import.meta.url), 'utf8');
    const manifest = parse(text) as {
      features: { slash_commands: Array<{ command: string; url: string }> };
      oauth_config: { scopes: { bot: string[] } };
      settings: { interactivity: { request_url: string } };
    };
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/brief']);
    expect(new URL(manifest.features.slash_commands[0]!.url).pathname).toBe('/slack/events');
    expect(new URL(manifest.settings.interactivity.request_url).pathname).toBe('/slack/events');
    for (const scope of ['commands', 'chat:write', 'channels:history', 'groups:history', 'users:read']) {
      expect(manifest.oauth_config.scopes.bot).toContain(scope);
    }
  });
});

describe('Slack over HTTP (/slack/events on our server)', () => {
  let slack: FakeSlack;
  let http: HttpServer;
  let url: string;
  let logLines: string[];
  let platform: ReturnType<typeof createSlackPlatform>;
  let store: Store;
  let feedChecks: string[];

  beforeEach(async () => {
    slack = await startFakeSlack({ botToken: BOT_TOKEN, admins: ['UADMIN'] });
    logLines = [];
    const logger = createLogger({ level: 'debug', destination: { write: (s: string) => void logLines.push(s) } });
    http = createHttpServer(logger);
    store = await openStore('sqlite::memory:');
    await store.syncFeeds([TEST_FEED]);
    await seedBriefs(store, ['Belarus frees 52 prisoners'], [], new Date());
    feedChecks = [];
    const runner = createCommandRunner({
      store,
      now: () => new Date(),
      defaultIntervalSeconds: 300,
      checkFeed: async (feedUrl) => {
        feedChecks.push(feedUrl);
        return { title: 'Example', items: 3 };
      },
    });
    platform = createSlackPlatform({
      config: { botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: slack.apiUrl },
      adminUserIds: ['slack:UCONFIGADMIN', 'discord:UDISCORD'],
      logger,
      runner,
      http,
      requestTimeoutMs: 2_000,
    });
    const port = await http.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${port}/slack/events`;
    await platform.module.start();
  });

  afterEach(async () => {
    await platform.module.stop();
    await http.close();
    await slack.close();
    await store.close();
  });

  const command = (text: string, user = 'UUSER', id = 'r1') =>
    slashCommandBody({ text, user_id: user, channel_id: 'CDESK', response_url: slack.responseUrl(id) });

  it('refuses forged, stale, future and unsigned requests with 401 before doing anything', async () => {
    const body = command('latest');
    const now = Math.floor(Date.now() / 1000);
    const forged = await signedRequest(url, 'wrong-secret', body);
    const stale = await signedRequest(url, SECRET, body, { timestamp: now - 6 * 60 });
    const future = await signedRequest(url, SECRET, body, { timestamp: now + 6 * 60 });
    const noSignature = await signedRequest(url, SECRET, body, { omit: ['signature'] });
    const noTimestamp = await signedRequest(url, SECRET, body, { omit: ['timestamp'] });
    const garbage = await signedRequest(url, SECRET, body, { signature: 'v0=zz' });
    // A body changed after signing.
    const tampered = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(now),
        'x-slack-signature': (await signatureOf(body, now)) ?? '',
      },
      body: command('feeds add evil', 'UADMIN'),
    });
    for (const res of [forged, stale, future, noSignature, noTimestamp, garbage, tampered]) expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(slack.responses).toEqual([]);
    expect(slack.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('answers url_verification challenges', async () => {
    const body = JSON.stringify({ type: 'url_verification', token: 'x', challenge: 'challenge-abc' });
    const res = await signedRequest(url, SECRET, body, { contentType: 'application/json' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'challenge-abc' });
  });

  it('acknowledges interactivity payloads with 200', async () => {
    const payload = {
      type: 'block_actions',
      user: { id: 'UUSER' },
      team: { id: 'TFAKE' },
      channel: { id: 'CDESK' },
      actions: [{ action_id: 'more', block_id: 'b', type: 'button', value: 'x', action_ts: '1' }],
      response_url: slack.responseUrl('act'),
      trigger_id: '1',
    };
    const started = Date.now();
    const res = await signedRequest(url, SECRET, new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('acks /brief latest at once and posts the answer to response_url', async () => {
    const started = Date.now();
    const res = await signedRequest(url, SECRET, command('latest'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(Date.now() - started).toBeLessThan(3_000);
    const post = await slack.waitFor(() => slack.responses.find((r) => r.id === 'r1'));
    expect(post.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(post.body.blocks)).toContain('Belarus frees 52 prisoners');
    // No token rides along to the response_url.
    expect(JSON.stringify(post)).not.toContain(BOT_TOKEN);
    expect(post.headers.authorization).toBeUndefined();
  });

  it('acks before the work is done: a slow users.info does not delay the 200', async () => {
    slack.fail('users.info', 1, { delayMs: 1_500 });
    const started = Date.now();
    const res = await signedRequest(url, SECRET, command('subscribe topic:sanctions', 'UADMIN'));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(slack.responses).toEqual([]);
    const post = await slack.waitFor(() => slack.responses.find((r) => r.id === 'r1'));
    expect(post.at - started).toBeGreaterThanOrEqual(1_400);
    expect(JSON.stringify(post.body)).toMatch(/Subscribed this channel/);
  });

  it("posts the runner's ephemeral error reply for bad input", async () => {
    await signedRequest(url, SECRET, command('frobnicate now'));
    const post = await slack.waitFor(() => slack.responses.find((r) => r.id === 'r1'));
    expect(post.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(post.body)).toContain(':warning:');
  });

  it('refuses /brief feeds add from a non-admin and changes nothing; users.info is asked every time', async () => {
    const feedsBefore = await store.listFeeds();
    await signedRequest(url, SECRET, command('feeds add https://example.org/feed.xml', 'UUSER', 'a'));
    const refused = await slack.waitFor(() => slack.responses.find((r) => r.id === 'a'));
    expect(refused.body.response_type).toBe('ephemeral');
    expect(JSON.stringify(refused.body)).toMatch(/admins only/i);
    expect(await store.listFeeds()).toEqual(feedsBefore);
    expect(feedChecks).toEqual([]);
    expect(slack.calls.filter((c) => c.method === 'users.info').map((c) => c.body.user)).toEqual(['UUSER']);

    // Made an admin in Slack: the very next command sees it (nothing cached).
    slack.admins.add('UUSER');
    await signedRequest(url, SECRET, command('subscribe topic:sanctions', 'UUSER', 'b'));
    const ok = await slack.waitFor(() => slack.responses.find((r) => r.id === 'b'));
    expect(JSON.stringify(ok.body)).toMatch(/Subscribed this channel/);
    expect(slack.calls.filter((c) => c.method === 'users.info')).toHaveLength(2);
  });

  it('lets a Slack admin (users.info is_admin) /brief subscribe topic:sanctions', async () => {
    await signedRequest(url, SECRET, command('subscribe topic:sanctions', 'UADMIN'));
    const post = await slack.waitFor(() => slack.responses.find((r) => r.id === 'r1'));
    expect(JSON.stringify(post.body)).toMatch(/Subscribed this channel/);
    const subs = await store.listChannelSubscriptions('slack', 'CDESK');
    expect(subs.map((s) => ({ topics: s.topics, active: s.active }))).toEqual([{ topics: ['sanctions'], active: true }]);
  });

  it('treats ADMIN_USER_IDS entries (slack:ID) as admins without asking Slack', async () => {
    await signedRequest(url, SECRET, command('subscribe topic:sanctions', 'UCONFIGADMIN'));
    const post = await slack.waitFor(() => slack.responses.find((r) => r.id === 'r1'));
    expect(JSON.stringify(post.body)).toMatch(/Subscribed this channel/);
    expect(slack.calls.filter((c) => c.method === 'users.info')).toEqual([]);
  });

  it('does nothing when admin rights cannot be checked (users.info fails)', async () => {
    slack.fail('users.info', 1, { status: 500 });
    await signedRequest(url, SECRET, command('subscribe topic:sanctions', 'UADMIN'));
    const post = await slack.waitFor(() => slack.responses.find((r) => r.id === 'r1'));
    expect(JSON.stringify(post.body)).toMatch(/could not check your admin rights/i);
    expect(await store.listChannelSubscriptions('slack', 'CDESK')).toEqual([]);
  });

  it('sends the bot token only to the Web API (Bearer header) and never logs it', async () => {
    await signedRequest(url, SECRET, command('subscribe topic:sanctions', 'UADMIN'));
    await slack.waitFor(() => slack.responses.length > 0);
    const apiCalls = slack.calls;
    expect(apiCalls.length).toBeGreaterThan(0);
    for (const call of apiCalls) {
      expect(call.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
      // Bolt's own auth.test (at start) also puts the token in the form body; our calls never do.
      if (call.method !== 'auth.test') expect(call.raw).not.toContain(BOT_TOKEN);
    }
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('')).not.toContain(BOT_TOKEN);
    expect(logLines.join('')).not.toContain(SECRET);
    expect(JSON.stringify(slack.responses)).not.toContain(BOT_TOKEN);
  });
});

async function signatureOf(body: string, timestamp: number): Promise<string | undefined> {
  const { createHmac } = await import('node:crypto');
  return `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}


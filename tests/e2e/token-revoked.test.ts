// A Slack token revoked while attache runs: the briefs already queued and those that follow are
// kept, no subscription is stopped, the platform is shown out of service and the admins are told
// once; after a restart with a working token, everything queued is delivered.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';
import { OLD_NEWS, RELEVANT, rss, type TestItem } from '../helpers/rss.js';
import { freePort } from '../helpers/spawn.js';
import { outboxRows } from './chat.js';

const SLACK_BOT_TOKEN = `xoxb-7351902468-5820461937-${randomBytes(12).toString('hex')}`;
const SLACK_SIGNING_SECRET = randomBytes(16).toString('hex');
const RSS_HEADERS = { 'content-type': 'application/rss+xml; charset=utf-8' };
const SANCTIONS: TestItem = {
  guid: 'desk-9001',
  title: 'UK sanctions Russian oil traders over price-cap evasion',
  description: 'The Foreign Office froze the assets of five traders and banned them from travel to Britain.',
};

let dir: string;
let dbPath: string;
let feed: FeedServer;
let slack: FakeSlack;
const logLines: string[] = [];

async function startApp(): Promise<{ app: App; base: string }> {
  const config = loadConfig({
    DATABASE_URL: `sqlite:${dbPath}`,
    FEED_ALLOW_PRIVATE_HOSTS: 'true',
    PORT: String(await freePort()),
    POLL_INTERVAL_SECONDS: '3600',
    SLACK_BOT_TOKEN,
    SLACK_SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    ADMIN_CHANNEL: 'slack:C_ADMIN',
  });
  const logger = createLogger({ level: 'info', destination: { write: (s: string) => void logLines.push(s) } });
  const app = await createApp({ config, logger, catalogue: [{ id: 'desk', name: 'Desk', url: feed.url('/desk.xml'), tags: [] }], consoleOut: new PassThrough(), consoleFormat: 'json' });
  const port = await app.start();
  return { app, base: `http://127.0.0.1:${port}` };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-revoked-'));
  dbPath = join(dir, 'attache.db');
  feed = await startFeedServer();
  slack = await startFakeSlack({ botToken: SLACK_BOT_TOKEN, admins: ['UADMIN'] });
});

afterAll(async () => {
  await Promise.allSettled([feed?.close(), slack?.close()]);
  await rm(dir, { recursive: true, force: true });
});

it('keeps every brief through a revoked token and delivers them after a restart with a working one', async () => {
  feed.route('/desk.xml', { body: rss([OLD_NEWS]), headers: RSS_HEADERS });
  const first = await startApp();
  let { app } = first;
  try {
    for (const channel of ['C_NEWS', 'C_OTHER']) await app.store.ensureSubscription('slack', channel, { topics: [], countries: [], minConfidence: 0 });
    await app.scheduler.pollAll(); // the first poll records silently

    slack.fail('chat.postMessage', 1_000, { error: 'token_revoked' });
    feed.route('/desk.xml', { body: rss([RELEVANT, OLD_NEWS]), headers: RSS_HEADERS });
    await app.scheduler.pollAll();
    const drained = await app.outbox.drain();
    expect(drained).toMatchObject({ delivered: 0, failed: 0 });

    // The channels' first posts (sent in parallel) found out; nothing more is tried against a dead token.
    const posts = () => slack.calls.filter((c) => c.method === 'chat.postMessage').length;
    const tried = posts();
    expect(tried).toBeGreaterThanOrEqual(1);
    expect(tried).toBeLessThanOrEqual(2);
    const slackRows = () => outboxRows(dbPath).filter((r) => r.channel.startsWith('C_'));
    expect(slackRows().map((r) => r.status)).toEqual(['pending', 'pending']);
    for (const channel of ['C_NEWS', 'C_OTHER']) {
      expect((await app.store.listChannelSubscriptions('slack', channel))[0]).toMatchObject({ active: true });
    }

    // Out of service, visibly; the admins are told once, even as more briefs queue up.
    const health = (await (await fetch(`${first.base}/healthz`)).json()) as { status: string; platforms: Record<string, { state: string; error?: string }> };
    expect(health.status).toBe('degraded');
    expect(health.platforms.slack).toMatchObject({ state: 'refused', error: expect.stringMatching(/token_revoked/) });
    feed.route('/desk.xml', { body: rss([SANCTIONS, RELEVANT, OLD_NEWS]), headers: RSS_HEADERS });
    await app.scheduler.pollAll();
    await app.outbox.drain();
    expect(posts()).toBe(tried);
    expect(slackRows().map((r) => r.status)).toEqual(['pending', 'pending', 'pending', 'pending']);
    const told = logLines.filter((l) => l.includes("refused the bot's credential while running"));
    expect(told).toHaveLength(1);
    expect(logLines.join('\n')).not.toContain(SLACK_BOT_TOKEN);
  } finally {
    await app.stop();
  }

  // The workspace admin re-installs the app; attache restarts and delivers what waited, in order.
  slack.clearFailures('chat.postMessage');
  const second = await startApp();
  app = second.app;
  try {
    await app.outbox.drain();
    expect(outboxRows(dbPath).filter((r) => r.channel.startsWith('C_')).map((r) => r.status)).toEqual(['delivered', 'delivered', 'delivered', 'delivered']);
    for (const channel of ['C_NEWS', 'C_OTHER']) {
      expect(slack.messages(channel).map((m) => m.text ?? '')).toEqual([expect.stringContaining(RELEVANT.title), expect.stringContaining(SANCTIONS.title)]);
    }
  } finally {
    await app.stop();
  }
});

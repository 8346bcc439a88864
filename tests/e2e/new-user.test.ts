// Acceptance test, "tried as a new user would": the real app (createApp + loadConfig) with Slack over
// HTTP and Discord HTTP interactions configured at once, the console always on, and fakes of the feed
// server, the Slack Web API and Discord REST on 127.0.0.1. The steps run in order and share state,
// like one person's first afternoon with attache.
import { randomBytes, sign } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../fakes/discord-api.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { signedRequest, slashCommandBody, startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';
import { LOOKALIKE, OLD_NEWS, RELEVANT, rss, type TestItem } from '../helpers/rss.js';
import { freePort, run } from '../helpers/spawn.js';
import {
  discordCommand,
  discordKeyPair,
  group,
  MANAGE_GUILD,
  opt,
  outboxRows,
  SEND_MESSAGES,
  slackCommand,
  sub,
  waitUntil,
  type OptionJson,
} from './chat.js';
import { startChannelGoneProxy, type ChannelGoneProxy } from './slack-gone-proxy.js';

// Secrets shaped like real ones, and different on every run.
const SLACK_BOT_TOKEN = `xoxb-7351902468-5820461937-${randomBytes(12).toString('hex')}`;
const SLACK_SIGNING_SECRET = randomBytes(16).toString('hex');
const DISCORD_APPLICATION_ID = '1198765432109876543';
const DISCORD_TOKEN = `${Buffer.from(DISCORD_APPLICATION_ID).toString('base64url')}.Gx7kQz.${randomBytes(28).toString('base64url')}`;
const SECRETS = { SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, DISCORD_TOKEN };

const GUILD = '444444444444444444';
const D_NEWS = '111';
const D_OFFTOPIC = '222';
const D_ADMIN_USER = '700000000000000001';
const D_MEMBER = '700000000000000002';

const SANCTIONS_IRAN: TestItem = {
  guid: 'desk-2001',
  title: 'EU adopts new sanctions package against Iran over drone transfers',
  description: 'The Council of the EU froze assets of eight Iranian officials and entities.',
};
const EXCHANGE: TestItem = {
  guid: 'desk-3001',
  title: 'Russia and Ukraine exchange 150 prisoners of war',
  description: 'Moscow and Kyiv swapped 150 captured soldiers each in a deal brokered by the United Arab Emirates.',
};
const SANCTIONS_UK: TestItem = {
  guid: 'desk-3002',
  title: 'UK sanctions Russian oil traders over price-cap evasion',
  description: 'The Foreign Office froze the assets of five traders and banned them from travel to Britain.',
};
const VENEZUELA: TestItem = {
  guid: 'desk-4001',
  title: 'Venezuela frees dozens of political prisoners',
  description: 'Caracas released 40 detainees held since the election protests.',
};

const IRAN_FRENCH: TestItem = {
  guid: 'desk-5001',
  title: 'Iran releases French citizen after three years in Evin prison',
  description: 'Tehran freed the French national, who flew home on Friday.',
};
const AZERBAIJAN: TestItem = {
  guid: 'desk-5002',
  title: 'Azerbaijan pardons 150 prisoners including journalists',
  description: 'President Ilham Aliyev signed a pardon decree freeing 150 prisoners.',
};

const RSS_HEADERS = { 'content-type': 'application/rss+xml; charset=utf-8' };

describe('a new user tries attache with Slack, Discord and the console at once', () => {
  let dir: string;
  let dbPath: string;
  let feed: FeedServer;
  let slack: FakeSlack;
  let proxy: ChannelGoneProxy;
  let discord: FakeDiscordApi;
  let app: App;
  let base: string;
  let eventsUrl: string;
  const keys = discordKeyPair();
  const logLines: string[] = [];
  const printed: string[] = [];

  const consoleBriefs = () =>
    printed.map((l) => JSON.parse(l) as { type: string; headline: string; outboxId: number }).filter((l) => l.type === 'brief');

  const onSlack = (text: string, user: string, channel: string) => slackCommand(eventsUrl, SLACK_SIGNING_SECRET, slack, { text, user, channel });
  const onDiscord = (options: OptionJson[], who: { userId: string; permissions: string }, channel = D_NEWS) =>
    discordCommand(base, keys, discord, { applicationId: DISCORD_APPLICATION_ID, guildId: GUILD, channel, ...who, options });
  const discordAdmin = { userId: D_ADMIN_USER, permissions: String(Number(MANAGE_GUILD) | Number(SEND_MESSAGES)) };
  const discordMember = { userId: D_MEMBER, permissions: SEND_MESSAGES };

  async function cycle() {
    const outcomes = await app.scheduler.pollAll();
    const drained = await app.outbox.drain();
    return { outcome: outcomes.get('desk'), drained };
  }

  /** Everything delivered anywhere, as one string (for "nobody got X"). */
  const everything = () => JSON.stringify({ slack: slack.posted, discord: discord.messages, console: printed });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'attache-e2e-'));
    dbPath = join(dir, 'attache.db');
    feed = await startFeedServer();
    slack = await startFakeSlack({ botToken: SLACK_BOT_TOKEN, admins: ['UADMIN'] });
    proxy = await startChannelGoneProxy(slack.apiUrl);
    discord = await startFakeDiscordApi();
    feed.route('/desk.xml', { body: rss([OLD_NEWS]), headers: RSS_HEADERS });

    const config = loadConfig({
      DATABASE_URL: `sqlite:${dbPath}`,
      FEED_ALLOW_PRIVATE_HOSTS: 'true',
      PORT: String(await freePort()),
      POLL_INTERVAL_SECONDS: '3600',
      FETCH_TIMEOUT_SECONDS: '5',
      LOG_LEVEL: 'debug',
      SLACK_BOT_TOKEN,
      SLACK_SIGNING_SECRET,
      SLACK_API_URL: proxy.apiUrl,
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID,
      DISCORD_PUBLIC_KEY: keys.publicHex,
      DISCORD_API_URL: discord.apiUrl,
      ADMIN_CHANNEL: 'slack:C_ADMIN',
    });
    expect(config.slack).toMatchObject({ signingSecret: SLACK_SIGNING_SECRET, apiUrl: proxy.apiUrl });
    expect(config.slack?.appToken).toBeUndefined();
    expect(config.discord).toMatchObject({ publicKey: keys.publicHex, applicationId: DISCORD_APPLICATION_ID });
    expect(config.adminChannel).toEqual({ platform: 'slack', channel: 'C_ADMIN' });

    const consoleOut = new PassThrough();
    consoleOut.on('data', (chunk) => printed.push(...String(chunk).split('\n').filter(Boolean)));
    const logger = createLogger({ level: 'debug', destination: { write: (s: string) => void logLines.push(s) } });
    app = await createApp({
      config,
      logger,
      catalogue: [{ id: 'desk', name: 'Desk', url: feed.url('/desk.xml'), tags: [] }],
      consoleOut,
      consoleFormat: 'json',
    });
    const port = await app.start();
    expect(port).toBe(config.port);
    base = `http://127.0.0.1:${port}`;
    eventsUrl = `${base}/slack/events`;
  });

  afterAll(async () => {
    await app?.stop();
    await Promise.allSettled([feed?.close(), proxy?.close(), slack?.close(), discord?.close()]);
    await rm(dir, { recursive: true, force: true });
  });

  it('1. starts with Slack (HTTP), Discord (HTTP interactions) and the console, and is healthy', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', feeds: { total: 1, enabled: 1 } });
    // Slack checked the bot token at start; Discord's portal check (PING) is answered.
    expect(slack.calls.map((c) => c.method)).toContain('auth.test');
    const text = JSON.stringify({ type: 1, id: '1', application_id: DISCORD_APPLICATION_ID, token: 'ping' });
    const ts = String(Math.floor(Date.now() / 1000));
    const ping = await fetch(`${base}/discord/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-timestamp': ts, 'x-signature-ed25519': sign(null, Buffer.from(ts + text), keys.privateKey).toString('hex') },
      body: text,
    });
    expect(await ping.json()).toEqual({ type: 1 });
    // HTTP-interactions mode: no gateway connection.
    expect(discord.gateway.identified).toEqual([]);
    // The console is subscribed by default.
    expect((await app.store.listSubscriptions()).map((s) => `${s.platform}:${s.channel}:${s.active}`)).toEqual(['console:stdout:true']);
  });

  it('2. records the first poll silently; admins subscribe a Slack and a Discord channel and are told so', async () => {
    await cycle();
    const desk = (await app.store.listFeeds()).find((f) => f.id === 'desk')!;
    expect(desk.state.initialised).toBe(true);
    expect(logLines.join('')).toMatch(/first poll recorded 1 existing items/);
    expect(printed).toEqual([]);
    expect(slack.posted).toEqual([]);
    expect(discord.messages).toEqual([]);

    const s = await onSlack('subscribe topic:prisoner_release', 'UADMIN', 'C_NEWS');
    expect(s.status).toBe(200);
    expect(s.ackMs).toBeLessThan(3_000);
    expect(s.reply.body.response_type).toBe('ephemeral');
    expect(s.text).toMatch(/Subscribed this channel/);
    expect(s.text).toMatch(/prisoner/i);
    expect(slack.calls.filter((c) => c.method === 'users.info').map((c) => c.body.user)).toContain('UADMIN');

    const d = await onDiscord([sub('subscribe', [opt('topic', 'sanctions')])], discordAdmin);
    expect(d.status).toBe(200);
    expect(d.ackMs).toBeLessThan(3_000);
    expect(d.initial).toEqual({ type: 5, data: { flags: 64 } });
    expect(d.text).toMatch(/Subscribed/);

    expect((await app.store.listChannelSubscriptions('slack', 'C_NEWS')).map((x) => ({ topics: x.topics, active: x.active }))).toEqual([
      { topics: ['prisoner_release'], active: true },
    ]);
    expect((await app.store.listChannelSubscriptions('discord', D_NEWS)).map((x) => ({ topics: x.topics, active: x.active }))).toEqual([
      { topics: ['sanctions'], active: true },
    ]);
  });

  it('3. briefs each relevant item once, to the right channel on each platform and to the console; never the look-alike', async () => {
    feed.route('/desk.xml', { body: rss([RELEVANT, SANCTIONS_IRAN, LOOKALIKE, OLD_NEWS]), headers: RSS_HEADERS });
    const { outcome } = await cycle();
    expect(outcome).toMatchObject({ kind: 'polled', newItems: 3, briefs: 2 });

    const rows = outboxRows(dbPath);
    expect(rows.every((r) => r.status === 'delivered')).toBe(true);
    const slackRow = rows.filter((r) => r.platform === 'slack');
    const discordRow = rows.filter((r) => r.platform === 'discord');
    expect(slackRow.map((r) => r.channel)).toEqual(['C_NEWS']);
    expect(discordRow.map((r) => r.channel)).toEqual([D_NEWS]);

    // Slack: exactly one message, the pardon, in Block Kit, with the outbox id in its metadata.
    const news = slack.messages('C_NEWS');
    expect(news).toHaveLength(1);
    expect(news[0]!.text).toContain(RELEVANT.title);
    expect(news[0]!.blocks?.length).toBeGreaterThan(0);
    expect(JSON.stringify(news[0]!.blocks)).toContain(RELEVANT.title);
    expect(news[0]!.metadata).toEqual({ event_type: 'attache_brief', event_payload: { outbox_id: String(slackRow[0]!.id) } });
    expect(slackRow[0]!.external_id).toBe(`C_NEWS:${news[0]!.ts}`);
    expect(slack.posted).toHaveLength(1);

    // Discord: exactly one message, the sanctions brief, as an embed, no pings, nonce = outbox id.
    const channel = discord.channel(D_NEWS);
    expect(channel).toHaveLength(1);
    expect(channel[0]!.embeds.length).toBeGreaterThan(0);
    expect(JSON.stringify(channel[0]!.embeds)).toContain('Iran');
    expect(JSON.stringify(channel[0]!.embeds)).not.toContain('Belarus pardons');
    expect(channel[0]!.allowed_mentions).toEqual({ parse: [] });
    expect(channel[0]!.nonce).toBe(String(discordRow[0]!.id));
    expect(discord.messages).toHaveLength(1);

    // Console: both relevant briefs.
    expect(consoleBriefs().map((b) => b.headline).sort()).toEqual([RELEVANT.title, SANCTIONS_IRAN.title].sort());

    // Nobody got the look-alike, nor the item the first poll recorded.
    expect(everything()).not.toContain('UEFA');
    expect(everything()).not.toContain(OLD_NEWS.title);

    // Poll and drain again: nothing new anywhere.
    const again = await cycle();
    expect(again.outcome).toEqual({ kind: 'unchanged', reason: 'same-body' });
    expect(again.drained).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(slack.posted).toHaveLength(1);
    expect(discord.messages).toHaveLength(1);
    expect(consoleBriefs()).toHaveLength(2);
    expect(outboxRows(dbPath)).toHaveLength(rows.length);
  });

  it('4. /brief latest and /brief status belarus answer within 3 s on both platforms and mention the pardon', async () => {
    for (const text of ['latest', 'status belarus']) {
      const s = await onSlack(text, 'UUSER', 'C_NEWS');
      expect(s.status).toBe(200);
      expect(s.ackBody).toBe('');
      expect(s.ackMs).toBeLessThan(3_000);
      expect(s.replyMs).toBeLessThan(3_000);
      expect(s.reply.body.response_type).toBe('ephemeral');
      expect(s.text).toContain(RELEVANT.title);
    }
    const d1 = await onDiscord([sub('latest')], discordMember);
    const d2 = await onDiscord([sub('status', [opt('country', 'belarus')])], discordMember);
    for (const d of [d1, d2]) {
      expect(d.status).toBe(200);
      expect(d.ackMs).toBeLessThan(3_000);
      expect(d.replyMs).toBeLessThan(3_000);
      expect(d.initial).toEqual({ type: 5, data: { flags: 64 } });
      expect(d.text).toContain(RELEVANT.title);
      expect((d.edit as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
    }

    // status belarus lists the BY event, and only it.
    const slackStatus = await onSlack('status belarus', 'UUSER', 'C_NEWS');
    for (const text of [slackStatus.text, d2.text]) {
      expect(text).toMatch(/Belarus \(BY\)/);
      expect(text).toMatch(/Belarus: last release/);
      expect(text).not.toContain(SANCTIONS_IRAN.title);
    }
  });

  it('5. a non-admin is refused feeds add and subscribe on both platforms, privately, and nothing changes', async () => {
    feed.route('/extra.xml', { body: rss([OLD_NEWS], 'Extra'), headers: RSS_HEADERS });
    const url = feed.url('/extra.xml');
    const feedsBefore = await app.store.listFeeds();
    const subsBefore = await app.store.listSubscriptions();

    const refusals = [
      await onSlack(`feeds add ${url}`, 'UUSER', 'C_NEWS'),
      await onSlack('subscribe', 'UUSER', 'C_LOUNGE'),
    ];
    for (const r of refusals) {
      expect(r.status).toBe(200);
      expect(r.reply.body.response_type).toBe('ephemeral');
      expect(r.text).toMatch(/admins only/i);
    }
    // Slack was asked, every time (no cached admin rights).
    expect(slack.calls.filter((c) => c.method === 'users.info' && c.body.user === 'UUSER')).toHaveLength(2);

    const d = [
      await onDiscord([group('feeds', [sub('add', [opt('url', url)])])], discordMember, D_OFFTOPIC),
      await onDiscord([sub('subscribe')], discordMember, D_OFFTOPIC),
    ];
    for (const r of d) {
      expect(r.initial).toEqual({ type: 5, data: { flags: 64 } });
      expect(r.text).toMatch(/admins only/i);
    }
    // Answered in the (ephemeral) original, not as a public follow-up.
    expect(discord.followUps.filter((f) => d.some((r) => r.token === f.token))).toEqual([]);

    expect(await app.store.listFeeds()).toEqual(feedsBefore);
    expect(await app.store.listSubscriptions()).toEqual(subsBefore);
    expect(feed.requests.filter((r) => r.path.startsWith('/extra.xml'))).toEqual([]);
  });

  it('6. a Slack channel that is gone stops its subscription, tells the admins, and other channels still receive', async () => {
    const other = await onSlack('subscribe topic:prisoner_release', 'UADMIN', 'C_OTHER');
    expect(other.text).toMatch(/Subscribed this channel/);
    const [newsSub] = await app.store.listChannelSubscriptions('slack', 'C_NEWS');
    expect(newsSub?.active).toBe(true);

    proxy.gone.add('C_NEWS');
    feed.route('/desk.xml', { body: rss([EXCHANGE, SANCTIONS_UK, RELEVANT, SANCTIONS_IRAN, LOOKALIKE, OLD_NEWS]), headers: RSS_HEADERS });
    const { outcome, drained } = await cycle();
    expect(outcome).toMatchObject({ kind: 'polled', newItems: 2, briefs: 2 });
    expect(drained.retried).toBe(0);

    // Slack refused the post to C_NEWS once; the attempt was not retried.
    expect(proxy.refused.map((r) => r.channel)).toEqual(['C_NEWS']);
    const newsRows = outboxRows(dbPath).filter((r) => r.channel === 'C_NEWS');
    expect(newsRows.map((r) => r.status)).toEqual(['delivered', 'failed']);
    expect(newsRows[1]!.last_error).toMatch(/channel_not_found/);

    // The subscription is stopped, with the reason.
    const [stopped] = await app.store.listChannelSubscriptions('slack', 'C_NEWS');
    expect(stopped).toMatchObject({ id: newsSub!.id, active: false, disabledReason: expect.stringMatching(/channel_not_found/) });

    // The admins were told, in C_ADMIN.
    const notices = slack.messages('C_ADMIN');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(new RegExp(`Stopped subscription ${newsSub!.id}\\b`));
    expect(notices[0]!.text).toContain('C_NEWS');
    expect(notices[0]!.text).toMatch(/channel_not_found/);

    // The other channels still receive: another Slack channel, the Discord channel, the console.
    expect(slack.messages('C_OTHER').map((m) => m.text ?? '')).toEqual([expect.stringContaining(EXCHANGE.title)]);
    expect(slack.messages('C_NEWS')).toHaveLength(1);
    expect(discord.channel(D_NEWS)).toHaveLength(2);
    expect(JSON.stringify(discord.channel(D_NEWS)[1]!.embeds)).toContain('price-cap');
    expect(consoleBriefs().map((b) => b.headline)).toEqual(expect.arrayContaining([EXCHANGE.title, SANCTIONS_UK.title]));
    expect(consoleBriefs()).toHaveLength(4);

    // Anyone in C_NEWS can see why it went quiet.
    const list = await onSlack('subscriptions', 'UUSER', 'C_NEWS');
    expect(list.reply.body.response_type).toBe('ephemeral');
    expect(list.text).toMatch(/no active subscriptions/i);
    expect(list.text).toMatch(/Stopped/);
    expect(list.text).toContain(`#${newsSub!.id}`);
    expect(list.text).toMatch(/channel_not_found/);

    // Later briefs are no longer routed to the stopped subscription, and the admins hear once.
    feed.route('/desk.xml', {
      body: rss([VENEZUELA, EXCHANGE, SANCTIONS_UK, RELEVANT, SANCTIONS_IRAN, LOOKALIKE, OLD_NEWS]),
      headers: RSS_HEADERS,
    });
    const later = await cycle();
    expect(later.outcome).toMatchObject({ kind: 'polled', newItems: 1, briefs: 1 });
    expect(proxy.refused).toHaveLength(1);
    expect(outboxRows(dbPath).filter((r) => r.channel === 'C_NEWS')).toHaveLength(2);
    expect(slack.messages('C_ADMIN')).toHaveLength(1);
    expect(slack.messages('C_OTHER').map((m) => m.text ?? '')).toEqual([
      expect.stringContaining(EXCHANGE.title),
      expect.stringContaining(VENEZUELA.title),
    ]);
  });

  // Two briefs for the same vanished channel in one poll: the subscription stops at the first
  // failure, so the admins should hear about it once. BUG (see the report): src/app.ts notifies on
  // every permanent failure, even when deactivateSubscription() says the subscription was already stopped.
  it('6b. two briefs queued for a vanished channel give the admins one notice, not one per brief', async () => {
    const [otherSub] = await app.store.listChannelSubscriptions('slack', 'C_OTHER');
    expect(otherSub?.active).toBe(true);
    proxy.gone.add('C_OTHER');
    const noticesBefore = slack.messages('C_ADMIN').length;
    feed.route('/desk.xml', {
      body: rss([IRAN_FRENCH, AZERBAIJAN, VENEZUELA, EXCHANGE, SANCTIONS_UK, RELEVANT, SANCTIONS_IRAN, LOOKALIKE, OLD_NEWS]),
      headers: RSS_HEADERS,
    });
    const { outcome } = await cycle();
    expect(outcome).toMatchObject({ kind: 'polled', newItems: 2, briefs: 2 });
    const [stopped] = await app.store.listChannelSubscriptions('slack', 'C_OTHER');
    expect(stopped).toMatchObject({ active: false, disabledReason: expect.stringMatching(/channel_not_found/) });
    expect(outboxRows(dbPath).filter((r) => r.channel === 'C_OTHER').map((r) => r.status)).toEqual(['delivered', 'delivered', 'failed', 'failed']);

    const notices = slack.messages('C_ADMIN').slice(noticesBefore).map((m) => m.text ?? '');
    expect(notices).toEqual([expect.stringMatching(new RegExp(`Stopped subscription ${otherSub!.id}\\b.*C_OTHER.*channel_not_found`))]);
  });

  it('7. no token or signing secret in any log line or in anything we sent back through the fakes', async () => {
    const logs = logLines.join('');
    expect(logLines.length).toBeGreaterThan(20);
    // Deliveries, command replies and the admin notice were all logged or recorded above.
    const responseBodies = JSON.stringify(slack.responses.map((r) => r.body));
    const webhookRequests = discord.requests.filter((r) => r.path.startsWith('/webhooks'));
    expect(slack.responses.length).toBeGreaterThanOrEqual(8);
    expect(webhookRequests.length).toBeGreaterThanOrEqual(5);
    const webhookBodies = JSON.stringify(webhookRequests.map((r) => r.body));
    const slackPosts = slack.calls.filter((c) => c.method !== 'auth.test').map((c) => c.raw).join('\n');
    const discordPosts = JSON.stringify(discord.requests.map((r) => r.body));

    for (const [name, secret] of Object.entries(SECRETS)) {
      const where = (text: string) => (text.includes(secret) ? name : 'absent');
      expect(where(logs), 'log lines').toBe('absent');
      expect(where(responseBodies), 'Slack response_url posts').toBe('absent');
      expect(where(webhookBodies), 'Discord webhook edits').toBe('absent');
      expect(where(slackPosts), 'Slack Web API bodies').toBe('absent');
      expect(where(discordPosts), 'Discord REST bodies').toBe('absent');
      expect(where(printed.join('\n')), 'console').toBe('absent');
      expect(where(JSON.stringify(proxy.refused)), 'refused Slack posts').toBe('absent');
    }
    // Replies and webhook edits carry no credentials in their headers either.
    for (const r of slack.responses) expect(r.headers.authorization).toBeUndefined();
    for (const r of webhookRequests) expect(r.authorization).toBeUndefined();
    // The bot tokens go where they belong, in the Authorization header only.
    for (const c of slack.calls) expect(c.headers.authorization).toBe(`Bearer ${SLACK_BOT_TOKEN}`);
    for (const r of discord.requests.filter((x) => x.path.startsWith('/channels'))) expect(r.authorization).toBe(`Bot ${DISCORD_TOKEN}`);
  });
});

describe('npm start with Slack and Discord pointing at the fakes', () => {
  it('starts, answers /healthz and a signed /brief help, and stops cleanly on SIGTERM without printing a token', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'attache-e2e-start-'));
    const feed = await startFeedServer();
    const slack = await startFakeSlack({ botToken: SLACK_BOT_TOKEN });
    const discord = await startFakeDiscordApi();
    const keys = discordKeyPair();
    try {
      feed.route('/desk.xml', { body: rss([OLD_NEWS]), headers: RSS_HEADERS });
      const feedsFile = join(dir, 'feeds.yaml');
      await writeFile(feedsFile, `feeds:\n  - id: desk\n    name: Desk\n    url: ${feed.url('/desk.xml')}\n`);
      const port = await freePort();
      const p = run('src/main.ts', [], {
        DATABASE_URL: `sqlite:${join(dir, 'attache.db')}`,
        FEEDS_FILE: feedsFile,
        PORT: String(port),
        FEED_ALLOW_PRIVATE_HOSTS: 'true',
        LOG_LEVEL: 'debug',
        SLACK_BOT_TOKEN,
        SLACK_SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        DISCORD_TOKEN,
        DISCORD_APPLICATION_ID,
        DISCORD_PUBLIC_KEY: keys.publicHex,
        DISCORD_API_URL: discord.apiUrl,
        ADMIN_CHANNEL: 'slack:C_ADMIN',
      });
      let code: number | null;
      try {
        await p.waitFor('stderr', /attache running/, 20_000);
        const health = await fetch(`http://127.0.0.1:${port}/healthz`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ status: 'ok', feeds: { total: 1 } });

        const body = slashCommandBody({ text: 'help', user_id: 'UUSER', channel_id: 'C_NEWS', response_url: slack.responseUrl('help') });
        const started = Date.now();
        const ack = await signedRequest(`http://127.0.0.1:${port}/slack/events`, SLACK_SIGNING_SECRET, body);
        expect(ack.status).toBe(200);
        expect(Date.now() - started).toBeLessThan(3_000);
        const reply = await waitUntil(() => slack.responses.find((r) => r.id === 'help'), 'the /brief help reply', 10_000);
        expect(reply.body.response_type).toBe('ephemeral');
        expect(JSON.stringify(reply.body)).toMatch(/\/brief subscribe/);
        // A forged request is refused by the real process too.
        expect((await signedRequest(`http://127.0.0.1:${port}/slack/events`, 'not-the-secret', body)).status).toBe(401);
      } finally {
        p.child.kill('SIGTERM');
        code = await p.exit;
      }
      expect(code).toBe(0);
      expect(p.stderr()).toMatch(/stopped cleanly/);
      for (const secret of Object.values(SECRETS)) {
        expect(p.stderr().includes(secret)).toBe(false);
        expect(p.stdout().includes(secret)).toBe(false);
      }
      expect(JSON.stringify(slack.responses)).not.toContain(SLACK_BOT_TOKEN);
    } finally {
      await Promise.allSettled([feed.close(), slack.close(), discord.close()]);
      await rm(dir, { recursive: true, force: true });
    }
  }, 45_000);
});

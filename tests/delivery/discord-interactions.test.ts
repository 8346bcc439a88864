import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCommandRunner } from '../../src/bot/dispatch.js';
import type { PlatformModule } from '../../src/bot/runner.js';
import { createDiscordPlatform } from '../../src/delivery/discord/index.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../fakes/discord-api.js';
import { seedBriefs, TEST_FEED } from '../helpers/seed.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const APP = '333333333333333333';
const GUILD = '444444444444444444';
const CHANNEL = '555555555555555555';
const MANAGE_GUILD = String(1 << 5);
const SEND_MESSAGES = String(1 << 11);

function keyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { privateKey, publicHex: Buffer.from(jwk.x!, 'base64url').toString('hex') };
}

let tokenSeq = 0;
function command(options: unknown[], member: { id?: string; permissions: string } = { permissions: SEND_MESSAGES }, type = 2) {
  tokenSeq += 1;
  return {
    id: String(900000000000000000 + tokenSeq),
    application_id: APP,
    type,
    token: `interaction-token-${tokenSeq}`,
    guild_id: GUILD,
    channel_id: CHANNEL,
    member: { permissions: member.permissions, user: { id: member.id ?? '666666666666666666' } },
    data: { id: '1', name: 'brief', type: 1, options },
  };
}

const sub = (name: string, options: unknown[] = []) => ({ type: 1, name, options });
const opt = (name: string, value: string | number, type = 3, focused?: boolean) => ({ name, type, value, ...(focused ? { focused } : {}) });

describe('Discord HTTP interactions with the real command runner', () => {
  let fake: FakeDiscordApi;
  let store: Store;
  let http: HttpServer;
  let module: PlatformModule;
  let base: string;
  let keys: ReturnType<typeof keyPair>;
  let logText = '';
  const checkFeed = vi.fn(async () => ({ title: 'x', items: 1 }));

  beforeEach(async () => {
    fake = await startFakeDiscordApi();
    store = await openStore('sqlite::memory:');
    await store.syncFeeds([TEST_FEED]);
    keys = keyPair();
    logText = '';
    const logger = createLogger({
      level: 'debug',
      destination: new Writable({ write: (c: Buffer, _e, done) => ((logText += c.toString('utf8')), done()) }),
    });
    const runner = createCommandRunner({ store, now: () => new Date(), defaultIntervalSeconds: 300, checkFeed });
    http = createHttpServer(logger);
    const platform = createDiscordPlatform({
      config: { token: TOKEN, applicationId: APP, publicKey: keys.publicHex, apiUrl: fake.apiUrl },
      adminUserIds: ['discord:777777777777777777'],
      logger,
      runner,
      http,
    });
    module = platform.module;
    await module.start();
    base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
  });
  afterEach(async () => {
    await module.stop();
    await http.close();
    await store.close();
    await fake.close();
    // The bot token stays out of logs and replies, and only channel/application calls carry it.
    expect(logText).not.toContain(TOKEN);
    // HTTP-interactions mode never opens a gateway connection.
    expect(fake.gateway.identified).toEqual([]);
    expect(fake.requests.some((r) => r.path.startsWith('/gateway'))).toBe(false);
    for (const r of fake.requests) {
      expect(JSON.stringify(r.body ?? null)).not.toContain(TOKEN);
      if (r.path.startsWith('/webhooks')) expect(r.authorization).toBeUndefined();
      else expect(r.authorization).toBe(`Bot ${TOKEN}`);
    }
  });

  async function post(body: unknown, opts: { sign?: 'ok' | 'forged' | 'none'; timestamp?: number } = {}) {
    const text = JSON.stringify(body);
    const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-signature-timestamp': timestamp };
    if (opts.sign !== 'none') {
      const signature = sign(null, Buffer.from(timestamp + text), keys.privateKey).toString('hex');
      headers['x-signature-ed25519'] = opts.sign === 'forged' ? signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) : signature;
    }
    const res = await fetch(`${base}/discord/interactions`, { method: 'POST', headers, body: text });
    return { status: res.status, json: (await res.json()) as { type?: number; data?: { flags?: number; choices?: Array<{ name: string; value: string }> } } };
  }

  async function edited(token: string) {
    await vi.waitFor(() => expect(fake.originals.get(token)?.length).toBe(1), { timeout: 5_000 });
    return fake.originals.get(token)![0] as { embeds: Array<{ title?: string; description?: string }>; allowed_mentions: unknown };
  }

  it('refuses forged, unsigned and stale requests before reading them', async () => {
    const body = command([sub('subscribe')], { permissions: MANAGE_GUILD });
    expect((await post(body, { sign: 'forged' })).status).toBe(401);
    expect((await post(body, { sign: 'none' })).status).toBe(401);
    expect((await post(body, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(401);
    const bad = await fetch(`${base}/discord/interactions`, { method: 'POST', headers: { 'x-signature-ed25519': 'zz', 'x-signature-timestamp': '1' }, body: 'x' });
    expect(bad.status).toBe(401);
    expect(await store.listSubscriptions()).toEqual([]);
    // Only the token check made at start reached Discord.
    expect(fake.requests.map((r) => r.path)).toEqual(['/users/@me']);
  });

  it('answers PING with PONG', async () => {
    expect(await post({ type: 1, id: '1', application_id: APP, token: 't' })).toEqual({ status: 200, json: { type: 1 } });
  });

  it('/brief latest is deferred at once, then the original response is edited with the answer', async () => {
    await seedBriefs(store, ['EU extends sanctions on Belarus @everyone <@&123456789012345678>', 'Minsk frees 52 prisoners'], [], new Date());
    const body = command([sub('latest')]);
    const started = Date.now();
    const res = await post(body);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(res).toEqual({ status: 200, json: { type: 5, data: { flags: 64 } } });
    const answer = await edited(body.token);
    expect(answer.allowed_mentions).toEqual({ parse: [] });
    expect(answer.embeds[0]?.title).toBe('Latest briefs');
    expect(answer.embeds[0]?.description).toContain('Minsk frees 52 prisoners');
    // Hostile feed text cannot ping or fake a mention.
    expect(JSON.stringify(answer)).not.toMatch(/@everyone|<@&/);
    const request = fake.requests.find((r) => r.method === 'PATCH')!;
    expect(request.path).toBe(`/webhooks/${APP}/${body.token}/messages/@original`);
  });

  it('autocompletes country: bel with Belarus (BY)', async () => {
    const res = await post(command([sub('status', [opt('country', 'bel', 3, true)])], undefined, 4));
    expect(res.status).toBe(200);
    expect(res.json.type).toBe(8);
    expect(res.json.data?.choices).toContainEqual({ name: expect.stringMatching(/Belarus/), value: 'BY' });
    expect(res.json.data!.choices!.length).toBeLessThanOrEqual(25);
  });

  it('refuses feeds add from a member without Manage Server, and changes nothing', async () => {
    const before = await store.listFeeds();
    const body = command([{ type: 2, name: 'feeds', options: [sub('add', [opt('url', 'https://example.org/rss')])] }]);
    expect((await post(body)).json).toEqual({ type: 5, data: { flags: 64 } });
    const answer = await edited(body.token);
    expect(JSON.stringify(answer)).toMatch(/admins only/);
    expect(await store.listFeeds()).toEqual(before);
    expect(checkFeed).not.toHaveBeenCalled();
  });

  it('lets a member with Manage Server subscribe the channel, and an ADMIN_USER_IDS user too', async () => {
    const body = command([sub('subscribe', [opt('topic', 'sanctions'), opt('country', 'BY')])], { permissions: String(1 << 5 | 1 << 11) });
    await post(body);
    expect(JSON.stringify(await edited(body.token))).toMatch(/Subscribed/);
    const subs = await store.listSubscriptions();
    expect(subs).toMatchObject([{ platform: 'discord', channel: CHANNEL, topics: ['sanctions'], countries: ['BY'] }]);

    const listed = command([sub('subscribe', [opt('topic', 'prisoner_release')])], { id: '777777777777777777', permissions: '0' });
    await post(listed);
    expect(JSON.stringify(await edited(listed.token))).toMatch(/Subscribed/);
    expect(await store.listSubscriptions()).toHaveLength(2);
  });

  it('defers digest publicly; a public command that fails is answered privately instead', async () => {
    const ok = command([sub('digest', [opt('period', 'week')])]);
    expect((await post(ok)).json).toEqual({ type: 5, data: {} });
    expect((await edited(ok.token)).embeds[0]?.title).toMatch(/^Digest/);

    const bad = command([sub('digest', [opt('period', 'month')])]);
    expect((await post(bad)).json).toEqual({ type: 5, data: {} });
    await vi.waitFor(() => expect(fake.followUps.map((f) => f.token)).toContain(bad.token), { timeout: 5_000 });
    expect(fake.deletedOriginals).toEqual([bad.token]);
    expect(fake.followUps[0]?.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
  });
});

describe('Discord HTTP interactions: the bot token is checked at start', () => {
  async function startWith(failure: '401' | '500' | undefined): Promise<{ error: unknown; fake: FakeDiscordApi; http: HttpServer }> {
    const fake = await startFakeDiscordApi();
    if (failure) fake.failNext(1, { kind: failure }, (method, path) => method === 'GET' && path === '/users/@me');
    const store = await openStore('sqlite::memory:');
    const logger = createLogger({ level: 'silent' });
    const runner = createCommandRunner({ store, now: () => new Date(), defaultIntervalSeconds: 300, checkFeed: vi.fn() });
    const http = createHttpServer(logger);
    const platform = createDiscordPlatform({ config: { token: TOKEN, applicationId: APP, publicKey: keyPair().publicHex, apiUrl: fake.apiUrl }, adminUserIds: [], logger, runner, http });
    const error = await platform.module.start().then(() => undefined, (e: unknown) => e);
    await platform.module.stop();
    await store.close();
    return { error, fake, http };
  }

  it('starts with a token Discord accepts, having asked GET /users/@me with it', async () => {
    const { error, fake, http } = await startWith(undefined);
    expect(error).toBeUndefined();
    expect(fake.requests.find((r) => r.path === '/users/@me')?.authorization).toBe(`Bot ${TOKEN}`);
    await http.close();
    await fake.close();
  });

  it('a refused token is a configuration error naming DISCORD_TOKEN (without the token); an outage is not', async () => {
    const refused = await startWith('401');
    expect(refused.error).toMatchObject({ name: 'ConfigError' });
    expect(String((refused.error as Error).message)).toMatch(/DISCORD_TOKEN: Discord refused the bot token/);
    expect(String((refused.error as Error).message)).not.toContain(TOKEN);
    await refused.http.close();
    await refused.fake.close();

    const down = await startWith('500');
    expect(down.error).toBeInstanceOf(Error);
    expect(down.error).not.toMatchObject({ name: 'ConfigError' });
    expect(String((down.error as Error).message)).toMatch(/Discord API unreachable/);
    await down.http.close();
    await down.fake.close();
  });
});

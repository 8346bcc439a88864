import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCommandRunner } from '../../src/bot/dispatch.js';
import type { PlatformModule } from '../../src/bot/runner.js';
import { createDiscordPlatform } from '../../src/delivery/discord/index.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { startFakeDiscordApi, type FakeDiscordApi } from '../fakes/discord-api.js';
import { seedBriefs, TEST_FEED } from '../helpers/seed.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OTA.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const APP = '333333333333333333';

function interaction(n: number, options: unknown[], permissions: string, type = 2) {
  const user = { id: '666666666666666666', username: 'reader', discriminator: '0', avatar: null, global_name: null };
  return {
    id: String(910000000000000000 + n),
    application_id: APP,
    type,
    token: `gateway-token-${n}`,
    version: 1,
    guild_id: '444444444444444444',
    channel_id: '555555555555555555',
    channel: { id: '555555555555555555', type: 0 },
    locale: 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
    member: { user, roles: [], joined_at: '2026-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, permissions },
    data: { id: '1', name: 'brief', type: 1, options },
  };
}

describe('Discord gateway mode against a fake gateway', () => {
  let fake: FakeDiscordApi;
  let store: Store;
  let module: PlatformModule;
  let logText = '';

  beforeEach(async () => {
    fake = await startFakeDiscordApi();
    store = await openStore('sqlite::memory:');
    await store.syncFeeds([TEST_FEED]);
    logText = '';
    const logger = createLogger({ level: 'debug', destination: new Writable({ write: (c: Buffer, _e, done) => ((logText += c.toString('utf8')), done()) }) });
    const runner = createCommandRunner({ store, now: () => new Date(), defaultIntervalSeconds: 300, checkFeed: async () => ({ items: 0 }) });
    module = createDiscordPlatform({ config: { token: TOKEN, apiUrl: fake.apiUrl }, adminUserIds: [], logger, runner, http: createHttpServer(logger) }).module;
    await module.start();
  });
  afterEach(async () => {
    await module.stop();
    await store.close();
    await fake.close();
    expect(logText).not.toContain(TOKEN);
  });

  it('identifies with the Guilds intent only, defers, edits, autocompletes, refuses non-admins, answers failed public commands privately', async () => {
    expect(fake.gateway.identified).toEqual([{ token: TOKEN, intents: 1 }]);
    await seedBriefs(store, ['Minsk frees 52 prisoners'], [], new Date());

    fake.gateway.dispatch('INTERACTION_CREATE', interaction(1, [{ type: 1, name: 'latest', options: [] }], '0'));
    await vi.waitFor(() => expect(fake.originals.get('gateway-token-1')).toHaveLength(1), { timeout: 5_000 });
    expect(fake.callbacks.get('gateway-token-1')).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = fake.originals.get('gateway-token-1')![0] as { embeds: Array<{ title?: string }>; allowed_mentions: unknown };
    expect(edit.embeds[0]?.title).toBe('Latest briefs');
    expect(edit.allowed_mentions).toEqual({ parse: [] });

    fake.gateway.dispatch('INTERACTION_CREATE', interaction(2, [{ type: 1, name: 'status', options: [{ type: 3, name: 'country', value: 'bel', focused: true }] }], '0', 4));
    await vi.waitFor(() => expect(fake.callbacks.get('gateway-token-2')).toBeDefined(), { timeout: 5_000 });
    expect(fake.callbacks.get('gateway-token-2')).toMatchObject({ type: 8, data: { choices: expect.arrayContaining([expect.objectContaining({ value: 'BY' })]) } });

    fake.gateway.dispatch('INTERACTION_CREATE', interaction(3, [{ type: 1, name: 'subscribe', options: [] }], String(1 << 11)));
    await vi.waitFor(() => expect(fake.originals.get('gateway-token-3')).toHaveLength(1), { timeout: 5_000 });
    expect(JSON.stringify(fake.originals.get('gateway-token-3'))).toMatch(/admins only/);
    expect(await store.listSubscriptions()).toEqual([]);

    fake.gateway.dispatch('INTERACTION_CREATE', interaction(4, [{ type: 1, name: 'subscribe', options: [] }], String(1 << 5)));
    await vi.waitFor(() => expect(fake.originals.get('gateway-token-4')).toHaveLength(1), { timeout: 5_000 });
    expect(await store.listSubscriptions()).toHaveLength(1);

    fake.gateway.dispatch('INTERACTION_CREATE', interaction(5, [{ type: 1, name: 'digest', options: [{ type: 3, name: 'period', value: 'month' }] }], '0'));
    await vi.waitFor(() => expect(fake.followUps.map((f) => f.token)).toContain('gateway-token-5'), { timeout: 5_000 });
    expect(fake.callbacks.get('gateway-token-5')).toMatchObject({ type: 5 });
    expect((fake.callbacks.get('gateway-token-5') as { data?: { flags?: number } }).data?.flags ?? 0).toBe(0);
    expect(fake.deletedOriginals).toEqual(['gateway-token-5']);
    expect(fake.followUps[0]?.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
  });
});

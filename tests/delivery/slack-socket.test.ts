import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommandRunner } from '../../src/bot/dispatch.js';
import { createSlackPlatform } from '../../src/delivery/slack/index.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';
import { seedBriefs, TEST_FEED } from '../helpers/seed.js';

const BOT_TOKEN = 'xoxb-7777777777-8888888888-socketsocketsocketsocket';
const APP_TOKEN = 'xapp-1-A0000000000-1234567890-abcdefabcdefabcdefabcdef';

describe('Slack Socket Mode', () => {
  let slack: FakeSlack;
  let http: HttpServer;
  let logLines: string[];
  let platform: ReturnType<typeof createSlackPlatform>;
  let store: Store;

  beforeEach(async () => {
    slack = await startFakeSlack({ botToken: BOT_TOKEN, appToken: APP_TOKEN, admins: ['UADMIN'] });
    logLines = [];
    const logger = createLogger({ level: 'debug', destination: { write: (s: string) => void logLines.push(s) } });
    http = createHttpServer(logger);
    store = await openStore('sqlite::memory:');
    await store.syncFeeds([TEST_FEED]);
    await seedBriefs(store, ['Tehran frees two dual nationals'], [], new Date());
    const runner = createCommandRunner({
      store,
      now: () => new Date(),
      defaultIntervalSeconds: 300,
      checkFeed: () => Promise.reject(new Error('not in this test')),
    });
    platform = createSlackPlatform({
      config: { botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: slack.apiUrl },
      adminUserIds: [],
      logger,
      runner,
      http,
      requestTimeoutMs: 2_000,
    });
  });
  afterEach(async () => {
    await platform.module.stop();
    await http.close();
    await slack.close();
    await store.close();
  });

  it('connects with the app token, acks a slash command envelope and answers at response_url', async () => {
    await platform.module.start();
    expect(slack.socket.connections()).toBe(1);
    const open = slack.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);

    const started = Date.now();
    slack.socket.send({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'legacy',
        team_id: 'TFAKE',
        channel_id: 'CDESK',
        user_id: 'UADMIN',
        command: '/brief',
        text: 'latest',
        response_url: slack.responseUrl('s1'),
        trigger_id: '1',
        api_app_id: 'AFAKE',
      },
    });
    const ack = await slack.waitFor(() => slack.socket.received.find((f) => f.envelope_id === 'env-1'));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(ack).toMatchObject({ envelope_id: 'env-1' });
    const post = await slack.waitFor(() => slack.responses.find((r) => r.id === 's1'));
    expect(JSON.stringify(post.body)).toContain('Tehran frees two dual nationals');
    expect(logLines.join('')).not.toContain(APP_TOKEN);
    expect(logLines.join('')).not.toContain(BOT_TOKEN);
  });

  it('registers no HTTP route in Socket Mode', async () => {
    await platform.module.start();
    const port = await http.listen(0, '127.0.0.1');
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '' });
    expect(res.status).toBe(404);
  });
});


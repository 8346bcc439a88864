// A delivered brief is rewritten in place (chat.update) in every channel it reached.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../src/bot/runner.js';
import { createConsoleAdapter } from '../../src/delivery/console/index.js';
import { createOutboxWorker } from '../../src/delivery/outbox.js';
import { createSlackPlatform } from '../../src/delivery/slack/index.js';
import { createBriefUpdater } from '../../src/delivery/update.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';
import { seedBriefs, TEST_FEED } from '../helpers/seed.js';
import { PassThrough } from 'node:stream';

const BOT_TOKEN = 'xoxb-5555555555-6666666666-abcdefghijklmnopqrstuvwx';
const logger = createLogger({ level: 'silent' });

describe('updating a delivered brief in place', () => {
  let slack: FakeSlack;
  let store: Store;

  beforeEach(async () => {
    slack = await startFakeSlack({ botToken: BOT_TOKEN });
    store = await openStore('sqlite::memory:');
    await store.syncFeeds([TEST_FEED]);
  });
  afterEach(async () => {
    await store.close();
    await slack.close();
  });

  it('edits the posted Slack messages and leaves undelivered channels alone', async () => {
    const { adapter } = createSlackPlatform({
      config: { botToken: BOT_TOKEN, signingSecret: 'secret', apiUrl: slack.apiUrl },
      adminUserIds: [],
      logger,
      runner: { definitions: [] } as unknown as CommandRunner,
      http: createHttpServer(logger),
      channelIntervalMs: 0,
    });
    const consoleAdapter = createConsoleAdapter({ out: new PassThrough(), format: 'json' });
    const news = await store.ensureSubscription('slack', 'C_NEWS', { topics: [], countries: [], minConfidence: 0 });
    const desk = await store.ensureSubscription('slack', 'C_DESK', { topics: [], countries: [], minConfidence: 0 });
    const cons = await store.ensureSubscription('console', 'stdout', { topics: [], countries: [], minConfidence: 0 });
    const now = new Date('2026-11-20T10:00:00Z');
    await seedBriefs(store, ['Belarus frees 31 prisoners'], [news.id, desk.id, cons.id], now);
    slack.fail('chat.postMessage', 1, { error: 'channel_not_found' }); // C_NEWS never gets it
    await createOutboxWorker({ store, adapters: [adapter, consoleAdapter], logger, now: () => now }).drain();

    const [brief] = await store.latestBriefs({ limit: 1 });
    expect(slack.messages('C_DESK')).toHaveLength(1);
    const update = createBriefUpdater({ store, adapters: [adapter, consoleAdapter], logger });
    const result = await update({ ...brief!, headline: 'Belarus frees 31 prisoners (3 reports)' });

    expect(result).toEqual({ updated: 1, failed: 0 });
    const updates = slack.calls.filter((c) => c.method === 'chat.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.body.channel).toBe('C_DESK');
    expect(slack.messages('C_DESK')).toHaveLength(1);
    expect(JSON.stringify(slack.messages('C_DESK')[0])).toContain('(3 reports)');
    expect(slack.messages('C_NEWS')).toHaveLength(0);
  });
});

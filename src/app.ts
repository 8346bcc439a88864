// Composition root: builds every stage from the configuration and wires them, one way.
import type { Writable } from 'node:stream';
import pLimit from 'p-limit';
import { createCommandRunner } from './bot/dispatch.js';
import { createBriefWriter } from './brief/create.js';
import type { CommandRunner } from './bot/runner.js';
import { CLASSIFIER_VERSION, createClassifier } from './classify/index.js';
import type { Config } from './config.js';
import type { FeedDefinition, Platform } from './core/types.js';
import { CONSOLE_CHANNEL, createConsoleAdapter } from './delivery/console/index.js';
import { createDigestScheduler, type DigestScheduler, type StoppedTarget } from './delivery/digests.js';
import { createOutboxWorker, type OutboxWorker } from './delivery/outbox.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { createHttpServer, sendJson, type HttpServer } from './http/server.js';
import type { Logger } from './logger.js';
import { checkFeed } from './pipeline/check-feed.js';
import { createFetcher, type Fetcher } from './pipeline/fetch.js';
import type { PollDeps } from './pipeline/poll-feed.js';
import { createScheduler, type Scheduler } from './pipeline/scheduler.js';
import { createAdminNotifier, createPlatforms, type PlatformSupervisor } from './platforms.js';
import { openStore } from './store/open.js';
import { createWorkerLease } from './worker-lease.js';
import type { Store } from './store/store.js';

export interface AppOptions {
  config: Config;
  logger: Logger;
  catalogue: FeedDefinition[];
  /** Where console briefs go, and how: text on a terminal, JSON lines otherwise. */
  consoleOut: Writable;
  consoleFormat: 'text' | 'json';
  firstPoll?: PollDeps['firstPoll'];
  /** Backoff of a chat platform that could not start (default 2 s doubling up to 5 min); tests shorten it. */
  platformRetry?: { initialMs?: number; maxMs?: number };
  /** Life of the worker lease (worker-lease.ts); tests shorten it. */
  leaseTtlMs?: number;
  /** Another process took the database over; the app has stopped itself (the caller may exit). */
  onLeaseLost?: (holder: string) => void;
}

export interface App {
  store: Store;
  fetcher: Fetcher;
  scheduler: Scheduler;
  outbox: OutboxWorker;
  digests: DigestScheduler;
  http: HttpServer;
  metrics: Metrics;
  runner: CommandRunner;
  platforms: PlatformSupervisor;
  /**
   * Starts the HTTP server, the chat platforms, polling and delivery; resolves with the port listened on.
   * Rejects with a ConfigError when a platform refuses its credentials (having stopped what it started);
   * a platform that is unreachable does not stop it: that one is retried in the background.
   */
  start(): Promise<number>;
  /** Stops taking work, finishes or abandons what is in flight, closes the database. Safe to call twice. */
  stop(): Promise<void>;
  /**
   * Claims the database for this process (start() does it first): rejects with a DatabaseBusyError
   * naming the other process when one already works on it. For work without start(), like `poll --once`.
   */
  takeLease(): Promise<void>;
}

export async function createApp(opts: AppOptions): Promise<App> {
  const { config, logger } = opts;
  const store = await openStore(config.databaseUrl, { logger });
  await store.syncFeeds(opts.catalogue);
  // The embedded default: every brief is shown on the console.
  await store.ensureSubscription('console', CONSOLE_CHANNEL, { topics: [], countries: [], minConfidence: 0 });

  const metrics = createMetrics();
  const fetcher = createFetcher({
    timeoutMs: config.fetchTimeoutMs,
    maxBytes: config.fetchMaxBytes,
    allowPrivateHosts: config.allowPrivateHosts,
  });
  // A rule bug on one item is logged and that item counts as off topic; the bot goes on.
  const classifier = createClassifier({ onError: (err, item) => logger.error({ err, title: item.title }, 'classifier failed on an item') });
  const http = createHttpServer(logger);
  const runner = createCommandRunner({
    store,
    now: () => new Date(),
    defaultIntervalSeconds: config.pollIntervalSeconds,
    checkFeed: (url) => checkFeed(fetcher, url),
    reportError: (err, ctx) => logger.error({ err, command: ctx.command }, 'command failed'),
  });
  const platforms = createPlatforms(config, { logger, runner, http, retry: opts.platformRetry });
  const consoleAdapter = createConsoleAdapter({ out: opts.consoleOut, format: opts.consoleFormat });
  const adapters = [consoleAdapter, ...platforms.adapters];
  const notifyAdmins = createAdminNotifier(config, adapters, logger);
  // One way to stop a subscription whose channel is gone, for briefs and digests alike.
  const stopSubscription = async (target: StoppedTarget, reason: string) => {
    if (!(await store.deactivateSubscription(target.subscriptionId, reason))) return; // already stopped and told
    await notifyAdmins(`Stopped subscription ${target.subscriptionId} (${target.platform} ${target.channel}): ${reason}`);
  };
  // A token revoked while running takes its platform out of service; nothing queued is dropped.
  const refusePlatform = (platform: Platform, reason: string) => {
    if (platforms.supervisor.refuse(platform, reason)) {
      void notifyAdmins(`${platform} refused the bot's credential while running (${reason}). Its briefs stay queued; restart attache with a working token to deliver them.`);
    }
  };
  const outbox = createOutboxWorker({ store, logger, adapters, onPermanentFailure: stopSubscription, onCredentialRejected: refusePlatform });
  const digests = createDigestScheduler({
    store,
    logger,
    adapters,
    cron: config.digestCron,
    timezone: config.digestTimezone,
    onPermanentFailure: stopSubscription,
    onCredentialRejected: refusePlatform,
  });
  const scheduler = createScheduler({
    logger,
    concurrency: config.pollConcurrency,
    deps: {
      store,
      fetcher,
      classify: (input) => classifier.classify(input),
      classifierVersion: CLASSIFIER_VERSION,
      defaultIntervalSeconds: config.pollIntervalSeconds,
      maxFailures: config.feedMaxFailures,
      firstPoll: opts.firstPoll,
      // One poll's story step at a time: two feeds bringing the same new event make one story.
      serialiseStories: pLimit(1),
      writeBrief: createBriefWriter({ llm: config.llm, logger }),
    },
    onNewDeliveries: () => outbox.kick(),
    onOutcome: (feed, outcome) => {
      if (outcome.kind === 'failed' && outcome.disabled) void notifyAdmins(`Feed ${feed.id} (${feed.name}) disabled: ${outcome.error}`);
      metrics.polls.inc({ outcome: outcome.kind });
      if (outcome.kind === 'polled') {
        metrics.itemsNew.inc(outcome.newItems);
        metrics.briefs.inc(outcome.briefs);
      }
    },
  });

  // 200 while the process works, even 'degraded' (a chat platform not ready, named under `platforms`):
  // restarting cures no remote outage, and the supervisor already retries, so a liveness probe must not kill the bot.
  http.route('GET', '/healthz', async (_req, res) => {
    const feeds = await store.listFeeds();
    const chat = platforms.supervisor.status();
    sendJson(res, 200, {
      status: chat.every((p) => p.state === 'ready') ? 'ok' : 'degraded',
      platforms: Object.fromEntries([['console', { state: 'ready' }], ...chat.map(({ platform, ...rest }) => [platform, rest])]),
      feeds: {
        total: feeds.length,
        enabled: feeds.filter((f) => f.enabled).length,
        failing: feeds.filter((f) => f.enabled && f.state.consecutiveFailures > 0).length,
      },
    });
  });
  http.route('GET', '/metrics', async (_req, res) => {
    const body = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType });
    res.end(body);
  });

  let started = false;
  // Briefs queued while a platform was unreachable go as soon as it is back.
  platforms.supervisor.onReady(() => {
    if (started) outbox.kick();
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      started = false;
      await http.close();
      await platforms.supervisor.stop();
      await scheduler.stop();
      await outbox.stop();
      await digests.stop();
      await lease.release();
      await fetcher.close();
      await store.close();
    })();
    return stopping;
  };
  const lease = createWorkerLease({
    store,
    logger,
    ...(opts.leaseTtlMs !== undefined ? { ttlMs: opts.leaseTtlMs } : {}),
    onLost: (holder) => void stop().then(() => opts.onLeaseLost?.(holder)),
  });
  return {
    store,
    fetcher,
    scheduler,
    outbox,
    digests,
    http,
    metrics,
    runner,
    platforms: platforms.supervisor,
    takeLease: () => lease.acquire(),
    async start() {
      try {
        await lease.acquire();
      } catch (err) {
        await stop();
        throw err;
      }
      const port = await http.listen(config.port);
      try {
        await platforms.supervisor.start();
      } catch (err) {
        await stop();
        throw err;
      }
      started = true;
      scheduler.start();
      outbox.start();
      digests.start();
      return port;
    },
    stop,
  };
}

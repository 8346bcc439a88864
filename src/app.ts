// Composition root: builds every stage from the configuration and wires them, one way.
import type { Writable } from 'node:stream';
import { createCommandRunner } from './bot/dispatch.js';
import type { CommandRunner } from './bot/runner.js';
import { CLASSIFIER_VERSION, createClassifier } from './classify/index.js';
import type { Config } from './config.js';
import type { FeedDefinition } from './core/types.js';
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
import { createAdminNotifier, createPlatforms } from './platforms.js';
import { openStore } from './store/open.js';
import type { Store } from './store/store.js';

export interface AppOptions {
  config: Config;
  logger: Logger;
  catalogue: FeedDefinition[];
  /** Where console briefs go, and how: text on a terminal, JSON lines otherwise. */
  consoleOut: Writable;
  consoleFormat: 'text' | 'json';
  firstPoll?: PollDeps['firstPoll'];
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
  /** Starts polling, delivery and the HTTP server; resolves with the port listened on. */
  start(): Promise<number>;
  /** Stops taking work, finishes or abandons what is in flight, closes the database. Safe to call twice. */
  stop(): Promise<void>;
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
  const classifier = createClassifier();
  const http = createHttpServer(logger);
  const runner = createCommandRunner({
    store,
    now: () => new Date(),
    defaultIntervalSeconds: config.pollIntervalSeconds,
    checkFeed: (url) => checkFeed(fetcher, url),
    reportError: (err, ctx) => logger.error({ err, command: ctx.command }, 'command failed'),
  });
  const platforms = createPlatforms(config, { logger, runner, http });
  const consoleAdapter = createConsoleAdapter({ out: opts.consoleOut, format: opts.consoleFormat });
  const adapters = [consoleAdapter, ...platforms.adapters];
  const notifyAdmins = createAdminNotifier(config, adapters, logger);
  // One way to stop a subscription whose channel is gone, for briefs and digests alike.
  const stopSubscription = async (target: StoppedTarget, reason: string) => {
    if (!(await store.deactivateSubscription(target.subscriptionId, reason))) return; // already stopped and told
    await notifyAdmins(`Stopped subscription ${target.subscriptionId} (${target.platform} ${target.channel}): ${reason}`);
  };
  const outbox = createOutboxWorker({ store, logger, adapters, onPermanentFailure: stopSubscription });
  const digests = createDigestScheduler({
    store,
    logger,
    adapters,
    cron: config.digestCron,
    timezone: config.digestTimezone,
    onPermanentFailure: stopSubscription,
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

  http.route('GET', '/healthz', async (_req, res) => {
    const feeds = await store.listFeeds();
    sendJson(res, 200, {
      status: 'ok',
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

  let stopping: Promise<void> | undefined;
  return {
    store,
    fetcher,
    scheduler,
    outbox,
    digests,
    http,
    metrics,
    runner,
    async start() {
      for (const platform of platforms.modules) await platform.start();
      const port = await http.listen(config.port);
      scheduler.start();
      outbox.start();
      digests.start();
      return port;
    },
    stop() {
      stopping ??= (async () => {
        await http.close();
        for (const platform of platforms.modules) await platform.stop();
        await scheduler.stop();
        await outbox.stop();
        await digests.stop();
        await fetcher.close();
        await store.close();
      })();
      return stopping;
    },
  };
}

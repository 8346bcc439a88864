// Due-time loop: every tick, poll the enabled feeds whose next due time has passed, a few at a time.
import pLimit from 'p-limit';
import type { FeedRecord } from '../core/types.js';
import type { Logger } from '../logger.js';
import { pollFeed, type PollDeps, type PollOutcome } from './poll-feed.js';

export interface SchedulerOptions {
  deps: PollDeps;
  logger: Logger;
  concurrency: number;
  tickMs?: number;
  now?: () => Date;
  /** Called after every poll that wrote outbox rows, so delivery starts at once. */
  onNewDeliveries?: () => void;
  /** Every poll's outcome, for metrics. */
  onOutcome?: (feed: FeedRecord, outcome: PollOutcome) => void;
}

export interface Scheduler {
  /** Polls every enabled feed now, whatever its due time; resolves when all are done. */
  pollAll(): Promise<Map<string, PollOutcome>>;
  /** Polls the feeds that are due. */
  pollDue(): Promise<Map<string, PollOutcome>>;
  start(): void;
  /** Stops scheduling and waits for polls in flight (each bounded by the fetch timeout). */
  stop(): Promise<void>;
}

export function createScheduler(opts: SchedulerOptions): Scheduler {
  const now = opts.now ?? (() => new Date());
  const limit = pLimit(opts.concurrency);
  const inFlight = new Map<string, Promise<PollOutcome | undefined>>();
  const log = opts.logger.child({ component: 'poller' });
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  function report(feed: FeedRecord, outcome: PollOutcome) {
    const ctx = { feed: feed.id };
    opts.onOutcome?.(feed, outcome);
    switch (outcome.kind) {
      case 'failed':
        if (outcome.disabled) log.error(ctx, `feed ${feed.id} disabled: ${outcome.error}`);
        else log.warn({ ...ctx, code: outcome.code }, `feed ${feed.id} failed: ${outcome.error}; next try ${outcome.nextDueAt.toISOString()}`);
        break;
      case 'first-poll':
        log.info(ctx, `feed ${feed.id}: first poll recorded ${outcome.recorded} existing items (not briefed)`);
        break;
      case 'polled':
        log.info({ ...ctx, newItems: outcome.newItems, briefs: outcome.briefs }, `feed ${feed.id}: ${outcome.newItems} new items, ${outcome.briefs} briefs`);
        if (outcome.outboxIds.length > 0) opts.onNewDeliveries?.();
        break;
      case 'unchanged':
        log.debug({ ...ctx, reason: outcome.reason }, `feed ${feed.id} unchanged`);
        break;
    }
  }

  function schedule(feed: FeedRecord): Promise<PollOutcome | undefined> {
    const existing = inFlight.get(feed.id);
    if (existing) return existing;
    const run = limit(async () => {
      if (stopped) return undefined;
      try {
        const outcome = await pollFeed(opts.deps, feed, now());
        report(feed, outcome);
        return outcome;
      } catch (err) {
        // A bug or a store error: logged, the feed is retried on a later tick, the cycle goes on.
        log.error({ err, feed: feed.id }, `feed ${feed.id}: poll crashed`);
        return undefined;
      }
    }).finally(() => inFlight.delete(feed.id));
    inFlight.set(feed.id, run);
    return run;
  }

  async function pollFeeds(feeds: FeedRecord[]) {
    const results = new Map<string, PollOutcome>();
    await Promise.all(
      feeds.map(async (feed) => {
        const outcome = await schedule(feed);
        if (outcome) results.set(feed.id, outcome);
      }),
    );
    return results;
  }

  async function pollDue() {
    const at = now().getTime();
    const feeds = (await opts.deps.store.listFeeds()).filter(
      (f) => f.enabled && !inFlight.has(f.id) && (f.state.nextDueAt?.getTime() ?? 0) <= at,
    );
    return pollFeeds(feeds);
  }

  return {
    pollDue,
    async pollAll() {
      return pollFeeds((await opts.deps.store.listFeeds()).filter((f) => f.enabled));
    },
    start() {
      stopped = false;
      const tick = () => {
        pollDue()
          .catch((err) => log.error({ err }, 'scheduling tick failed'))
          .finally(() => {
            if (!stopped) timer = setTimeout(tick, opts.tickMs ?? 2_000);
          });
      };
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.allSettled([...inFlight.values()]);
    },
  };
}

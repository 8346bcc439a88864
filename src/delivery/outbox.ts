// Delivers pending outbox rows: in order per channel, channels in parallel, failures retried with backoff.
import { DeliveryError } from '../core/errors.js';
import { scrubSecrets } from '../core/secrets.js';
import type { OutboxEntry, Platform } from '../core/types.js';
import type { Logger } from '../logger.js';
import type { OutboxWork, Store } from '../store/store.js';
import type { DeliveryAdapter } from './adapter.js';

export interface OutboxWorkerOptions {
  store: Store;
  adapters: DeliveryAdapter[];
  logger: Logger;
  now?: () => Date;
  /** How often pending rows are looked for when nobody kicks the worker. */
  idleIntervalMs?: number;
  batchSize?: number;
  /** Attempts before a row is given up as failed. */
  maxAttempts?: number;
  /** A row failed for good (channel gone, access lost): stop its subscription, tell the admins. */
  onPermanentFailure?: (entry: OutboxEntry, reason: string) => Promise<void>;
}

export interface DrainCounts {
  delivered: number;
  retried: number;
  failed: number;
}

export interface OutboxWorker {
  /** Delivers everything due now; resolves when done. Drains run one at a time. */
  drain(): Promise<DrainCounts>;
  /** Asks for a drain soon (after a poll committed new rows). */
  kick(): void;
  start(): void;
  /** Stops the timer and waits for the drain in progress. */
  stop(): Promise<void>;
}

const BASE_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 60 * 60_000;

export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts));
}

export function createOutboxWorker(opts: OutboxWorkerOptions): OutboxWorker {
  const now = opts.now ?? (() => new Date());
  const adapters = new Map<Platform, DeliveryAdapter>(opts.adapters.map((a) => [a.platform, a]));
  const batchSize = opts.batchSize ?? 100;
  const maxAttempts = opts.maxAttempts ?? 30;
  const log = opts.logger.child({ component: 'outbox' });
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  /** 'stopped': failed for good in a way that ends the channel (gone, no access). */
  async function deliverOne(work: OutboxWork): Promise<'delivered' | 'retried' | 'failed' | 'stopped'> {
    const { entry, brief } = work;
    const adapter = adapters.get(entry.platform);
    if (!adapter) {
      // The platform is not configured in this run (e.g. tokens removed): keep the row for later.
      await opts.store.markRetry(entry.id, `${entry.platform} is not configured`, new Date(now().getTime() + MAX_BACKOFF_MS));
      return 'retried';
    }
    try {
      const { externalId } = await adapter.deliver({ channel: entry.channel, outboxId: entry.id, attempts: entry.attempts }, brief);
      await opts.store.markDelivered(entry.id, now(), externalId);
      return 'delivered';
    } catch (err) {
      const message = scrubSecrets(err instanceof Error ? err.message : String(err));
      const permanent = err instanceof DeliveryError && err.permanent;
      if (permanent || entry.attempts + 1 >= maxAttempts) {
        await opts.store.markFailed(entry.id, message);
        log.error({ outboxId: entry.id, platform: entry.platform, channel: entry.channel }, `delivery failed for good: ${message}`);
        if (!permanent) return 'failed';
        await opts.onPermanentFailure?.(entry, message).catch((err) => log.error({ err }, 'could not record the stopped subscription'));
        return 'stopped';
      }
      const retryAfterMs = err instanceof DeliveryError && err.retryAfterSeconds !== undefined ? err.retryAfterSeconds * 1000 : 0;
      const waitMs = Math.max(retryAfterMs, backoffMs(entry.attempts));
      await opts.store.markRetry(entry.id, message, new Date(now().getTime() + waitMs));
      log.warn(
        { outboxId: entry.id, platform: entry.platform, channel: entry.channel, attempt: entry.attempts + 1 },
        `delivery failed, retrying in ${Math.round(waitMs / 1000)}s: ${message}`,
      );
      return 'retried';
    }
  }

  async function drainOnce() {
    const counts = { delivered: 0, retried: 0, failed: 0 };
    const due = await opts.store.dueOutbox(now(), batchSize);
    const byChannel = new Map<string, OutboxWork[]>();
    for (const work of due) {
      const key = `${work.entry.platform}:${work.entry.channel}`;
      byChannel.set(key, [...(byChannel.get(key) ?? []), work]);
    }
    await Promise.all(
      [...byChannel.values()].map(async (queue) => {
        for (const work of queue) {
          const outcome = await deliverOne(work);
          counts[outcome === 'stopped' ? 'failed' : outcome] += 1;
          // A channel's later briefs wait for the earlier one, so each channel reads in order;
          // after a permanent failure the rest of its queue is not tried in this drain either.
          if (outcome === 'retried' || outcome === 'stopped') break;
        }
      }),
    );
    return { counts, full: due.length === batchSize };
  }

  async function drainAll() {
    const total = { delivered: 0, retried: 0, failed: 0 };
    for (;;) {
      const { counts, full } = await drainOnce();
      total.delivered += counts.delivered;
      total.retried += counts.retried;
      total.failed += counts.failed;
      if (!full || counts.delivered + counts.failed === 0) return total;
    }
  }

  // Drains never overlap: two at once would both see a row as due and post it twice.
  let tail: Promise<unknown> = Promise.resolve();
  let waiting: Promise<DrainCounts> | undefined;
  function drain(): Promise<DrainCounts> {
    // A drain that has not started yet will see any newer rows too; share it.
    if (waiting) return waiting;
    const next = tail.then(() => {
      waiting = undefined;
      return drainAll();
    });
    waiting = next;
    tail = next.catch(() => undefined);
    return next;
  }

  function kick() {
    if (stopped) return;
    drain().catch((err) => log.error({ err }, 'outbox drain failed; will try again'));
  }

  return {
    drain,
    kick,
    start() {
      stopped = false;
      timer = setInterval(kick, opts.idleIntervalMs ?? 2_000);
      timer.unref();
      kick();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await tail;
    },
  };
}

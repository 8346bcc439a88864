// Delivers pending outbox rows, new posts and in-place updates of posted briefs: in order per
// channel, channels in parallel, failures retried with backoff.
import { CredentialRejectedError, DeliveryError } from '../core/errors.js';
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
  /**
   * A platform refused the bot's credential while running: its rows stay queued (this one is retried
   * later), and the caller takes the platform out of service (its adapter's ready() turns false).
   */
  onCredentialRejected?: (platform: Platform, reason: string) => void;
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

/**
 * Permanent update errors that concern the message, not the channel: Slack message_not_found /
 * cant_update_message / edit_window_closed, Discord 10008 Unknown Message. Matched on the
 * DeliveryError text the adapters write, since DeliveryError carries no code of its own.
 */
const MESSAGE_GONE = /message_not_found|cant_update_message|edit_window_closed|Unknown Message|code 10008\b/;

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
  /** Platforms that refused their credential: their rows are left alone until then (or a restart). */
  const pausedUntil = new Map<Platform, number>();
  const paused = (platform: Platform) => (pausedUntil.get(platform) ?? 0) > now().getTime();

  /** 'stopped': failed for good in a way that ends the channel (gone, no access). */
  async function deliverOne(work: OutboxWork): Promise<'delivered' | 'retried' | 'failed' | 'stopped'> {
    const { entry, brief } = work;
    if (paused(entry.platform)) return 'retried';
    const adapter = adapters.get(entry.platform);
    if (!adapter) {
      // The platform is not configured in this run (e.g. tokens removed): keep the row for later.
      await opts.store.markRetry(entry.id, `${entry.platform} is not configured`, new Date(now().getTime() + MAX_BACKOFF_MS));
      return 'retried';
    }
    try {
      if (work.kind === 'update') {
        // A platform that cannot edit (the console: a printed line stays printed) shows the first version only.
        if (adapter.update && work.targetId) await adapter.update(entry.channel, work.targetId, brief);
        await opts.store.markDelivered(entry.id, now(), work.targetId);
      } else {
        const { externalId } = await adapter.deliver({ channel: entry.channel, outboxId: entry.id, attempts: entry.attempts, queuedAt: entry.createdAt }, brief);
        await opts.store.markDelivered(entry.id, now(), externalId, work.revision);
      }
      return 'delivered';
    } catch (err) {
      const message = scrubSecrets(err instanceof Error ? err.message : String(err));
      if (err instanceof CredentialRejectedError) {
        // Not the row's fault, nor the channel's: the row stays as it is (due at once after a restart
        // with a working token), and the platform is not tried again for a while.
        if (!paused(entry.platform)) {
          pausedUntil.set(entry.platform, now().getTime() + MAX_BACKOFF_MS);
          log.error({ platform: entry.platform }, `${entry.platform} refused the bot's credential: ${message}. Its briefs stay queued until it works again`);
          opts.onCredentialRejected?.(entry.platform, message);
        }
        return 'retried';
      }
      const permanent = err instanceof DeliveryError && err.permanent;
      if (permanent || entry.attempts + 1 >= maxAttempts) {
        await opts.store.markFailed(entry.id, message);
        log.error({ outboxId: entry.id, platform: entry.platform, channel: entry.channel, kind: work.kind }, `delivery failed for good: ${message}`);
        // A deleted or no longer editable message fails its update only; the channel is fine.
        if (!permanent || (work.kind === 'update' && MESSAGE_GONE.test(message))) return 'failed';
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

  /**
   * Of several updates of one message waiting in a channel's queue, only the last is sent: each
   * carries the brief as it is now, so the earlier ones would show the same text. They are settled
   * without a call.
   */
  async function dropSuperseded(queue: OutboxWork[]): Promise<OutboxWork[]> {
    const last = new Map<string, number>();
    for (const work of queue) if (work.kind === 'update') last.set(`${work.entry.briefId}|${work.targetId}`, work.entry.id);
    const kept: OutboxWork[] = [];
    for (const work of queue) {
      if (work.kind === 'update' && last.get(`${work.entry.briefId}|${work.targetId}`) !== work.entry.id) {
        await opts.store.markDelivered(work.entry.id, now(), work.targetId);
      } else {
        kept.push(work);
      }
    }
    return kept;
  }

  async function drainOnce() {
    const counts = { delivered: 0, retried: 0, failed: 0 };
    // A platform still connecting (outage at start-up) or refusing its credential keeps its rows, untouched.
    const notReady = [...adapters.values()].filter((a) => a.ready?.() === false || paused(a.platform)).map((a) => a.platform);
    const due = await opts.store.dueOutbox(now(), batchSize, notReady);
    const byChannel = new Map<string, OutboxWork[]>();
    for (const work of due) {
      const key = `${work.entry.platform}:${work.entry.channel}`;
      byChannel.set(key, [...(byChannel.get(key) ?? []), work]);
    }
    await Promise.all(
      [...byChannel.values()].map(async (queue) => {
        for (const work of await dropSuperseded(queue)) {
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

// Posts digest subscriptions' digests on the DIGEST_CRON schedule, once per subscription and period.
// Exactly once rests on the store's digest_runs claim: a run claims (subscription, period) before
// posting and marks it sent after. A failed post releases the claim, so the retry tick of the same
// period posts it; a claim left by a run that died is taken over once it is older than staleClaimMs.
import cron, { type ScheduledTask } from 'node-cron';
import { digestReply, digestWindow, MAX_DIGEST_BRIEFS } from '../bot/digest.js';
import { filterLabel } from '../bot/format.js';
import { CredentialRejectedError, DeliveryError } from '../core/errors.js';
import { scrubSecrets } from '../core/secrets.js';
import type { Platform, Reply, Subscription } from '../core/types.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';
import type { DeliveryAdapter } from './adapter.js';
import { createDigestCalendar, type DigestSlot } from './digest-schedule.js';
import { matchesFilter } from './route.js';

/** What a stopped subscription is told by: the same shape the outbox passes (an OutboxEntry fits). */
export interface StoppedTarget {
  subscriptionId: number;
  platform: Platform;
  channel: string;
}

export interface DigestSchedulerOptions {
  store: Store;
  adapters: DeliveryAdapter[];
  logger: Logger;
  /** node-cron expression, five fields (validated by the config). */
  cron: string;
  /** IANA time zone the expression and the days are read in. */
  timezone: string;
  now?: () => Date;
  /** How often digests of the current period that are still unsent are tried again. Default 5 minutes. */
  retryIntervalMs?: number;
  /** A claim older than this belongs to a run that died; it is taken over. Default 10 minutes. */
  staleClaimMs?: number;
  /** A post failed for good (channel gone, access lost): stop the subscription, tell the admins. */
  onPermanentFailure?: (target: StoppedTarget, reason: string) => Promise<void>;
  /** The platform refused the bot's credential while running (see OutboxWorkerOptions). */
  onCredentialRejected?: (platform: Platform, reason: string) => void;
}

export interface DigestRunCounts {
  sent: number;
  retried: number;
  failed: number;
}

export interface DigestScheduler {
  /** Posts every digest whose period has begun and that is not sent yet; what the cron job runs. */
  runDue(at?: Date): Promise<DigestRunCounts>;
  /** Schedules the cron job and the retry tick, and catches up at once (a restart after 08:00). */
  start(): void;
  /** Removes the cron job and the tick, and waits for the run in progress. */
  stop(): Promise<void>;
}

export function createDigestScheduler(opts: DigestSchedulerOptions): DigestScheduler {
  const now = opts.now ?? (() => new Date());
  const adapters = new Map<Platform, DeliveryAdapter>(opts.adapters.map((a) => [a.platform, a]));
  const staleClaimMs = opts.staleClaimMs ?? 10 * 60_000;
  const log = opts.logger.child({ component: 'digests' });
  const cronLogger = {
    info: (m: string) => log.debug(m),
    warn: (m: string) => log.warn(m),
    error: (m: string | Error) => log.error({ err: m }, 'digest schedule error'),
    debug: (m: string | Error) => log.debug(String(m)),
  };
  // Not started here: it only answers "does the schedule run at this minute?" until start().
  let task: ScheduledTask | undefined;
  function schedule(): ScheduledTask {
    task ??= cron.createTask(opts.cron, () => tick(), {
      timezone: opts.timezone,
      name: 'attache-digests',
      noOverlap: true,
      // Never the reason the process stays up; stop() destroys it anyway.
      unref: true,
      logger: cronLogger,
    });
    return task;
  }
  let calendar: ReturnType<typeof createDigestCalendar> | undefined;
  const slotOf = (kind: 'daily' | 'weekly', at: Date) => (calendar ??= createDigestCalendar(schedule(), opts.timezone)).slot(kind, at);

  async function buildReply(sub: Subscription, slot: DigestSlot): Promise<Reply> {
    const period = sub.digest === 'weekly' ? 'week' : 'day';
    const { from, to } = digestWindow(period, slot.firedAt);
    const all = await opts.store.briefsBetween(from, to, MAX_DIGEST_BRIEFS);
    const label = filterLabel({ ...sub, digest: undefined });
    const filtered = sub.topics.length > 0 || sub.countries.length > 0 || sub.minConfidence > 0;
    const reply = digestReply({
      period,
      from,
      to,
      briefs: all.filter((b) => matchesFilter(b, sub)),
      capped: all.length === MAX_DIGEST_BRIEFS,
      emptyScope: filtered ? ` for ${label}` : '',
    });
    const footer = `Subscription #${sub.id} (${sub.digest} digest: ${label}); /brief unsubscribe ${sub.id} stops it.`;
    return { ...reply, parts: [...reply.parts, { kind: 'text', text: footer }] };
  }

  async function runOne(sub: Subscription, at: Date): Promise<keyof DigestRunCounts | 'skipped'> {
    const slot = slotOf(sub.digest ?? 'daily', at);
    // The first digest is the first scheduled run after subscribing, not the one just missed.
    if (!slot || slot.firedAt.getTime() < sub.createdAt.getTime()) return 'skipped';
    // A platform still connecting or out of service keeps its digests unclaimed; the retry tick posts
    // them once it is back within the period.
    if (adapters.get(sub.platform)?.ready?.() === false) return 'skipped';
    const claim = await opts.store.claimDigest(sub.id, slot.key, at, new Date(at.getTime() - staleClaimMs));
    if (!claim) return 'skipped';
    const where = { subscriptionId: sub.id, platform: sub.platform, channel: sub.channel, period: slot.key, attempt: claim.attempts };
    const adapter = adapters.get(sub.platform);
    try {
      if (!adapter?.postReply) throw new DeliveryError(`${sub.platform} is not configured`, false);
      const reply = await buildReply(sub, slot);
      const { externalId } = await adapter.postReply(sub.channel, reply);
      await opts.store.markDigestSent(claim.id, now(), externalId);
      log.info(where, 'digest posted');
      return 'sent';
    } catch (err) {
      const message = scrubSecrets(err instanceof Error ? err.message : String(err));
      if (err instanceof CredentialRejectedError) opts.onCredentialRejected?.(sub.platform, message);
      if (err instanceof DeliveryError && err.permanent) {
        await opts.store.failDigest(claim.id, message);
        log.error(where, `digest failed for good: ${message}`);
        await opts
          .onPermanentFailure?.({ subscriptionId: sub.id, platform: sub.platform, channel: sub.channel }, message)
          .catch((e) => log.error({ err: e }, 'could not record the stopped subscription'));
        return 'failed';
      }
      await opts.store.releaseDigest(claim.id, message);
      log.warn(where, `digest post failed, trying again at the next tick: ${message}`);
      return 'retried';
    }
  }

  async function runAll(at: Date): Promise<DigestRunCounts> {
    const counts: DigestRunCounts = { sent: 0, retried: 0, failed: 0 };
    const due = (await opts.store.listSubscriptions()).filter((s) => s.active && s.digest !== undefined);
    const byChannel = new Map<string, Subscription[]>();
    for (const sub of due) {
      const key = `${sub.platform}:${sub.channel}`;
      byChannel.set(key, [...(byChannel.get(key) ?? []), sub]);
    }
    await Promise.all(
      [...byChannel.values()].map(async (subs) => {
        for (const sub of subs) {
          const outcome = await runOne(sub, at);
          if (outcome !== 'skipped') counts[outcome] += 1;
          // The channel is gone; its other subscriptions were stopped or will fail the same way.
          if (outcome === 'failed') break;
        }
      }),
    );
    return counts;
  }

  // Runs in this process never overlap; runs in other processes are kept apart by the claims.
  let tail: Promise<unknown> = Promise.resolve();
  function runDue(at?: Date): Promise<DigestRunCounts> {
    const next = tail.then(() => runAll(at ?? now()));
    tail = next.catch(() => undefined);
    return next;
  }

  let stopped = true;
  let retryTimer: NodeJS.Timeout | undefined;
  function tick() {
    if (stopped) return;
    runDue().catch((err) => log.error({ err }, 'digest run failed; will try again'));
  }

  return {
    runDue,
    start() {
      if (!stopped) return;
      stopped = false;
      void schedule().start();
      retryTimer = setInterval(tick, opts.retryIntervalMs ?? 5 * 60_000);
      retryTimer.unref();
      tick();
    },
    async stop() {
      stopped = true;
      if (retryTimer) clearInterval(retryTimer);
      retryTimer = undefined;
      const current = task;
      task = undefined;
      calendar = undefined;
      if (current) await current.destroy();
      await tail;
    },
  };
}

// Chat platforms configured for this run, their start-up (one platform's outage never stops the bot), and the admins' channel.
import type { CommandRunner, PlatformModule } from './bot/runner.js';
import type { Config } from './config.js';
import { ConfigError } from './core/errors.js';
import { scrubSecrets } from './core/secrets.js';
import type { Platform } from './core/types.js';
import type { DeliveryAdapter } from './delivery/adapter.js';
import { createDiscordPlatform } from './delivery/discord/index.js';
import { createSlackPlatform } from './delivery/slack/index.js';
import type { HttpServer } from './http/server.js';
import type { Logger } from './logger.js';

export interface Platforms {
  modules: PlatformModule[];
  /** Each says ready() only while the supervisor has its platform up; the outbox leaves the others' rows waiting. */
  adapters: DeliveryAdapter[];
  supervisor: PlatformSupervisor;
}

export interface PlatformsDeps {
  logger: Logger;
  runner: CommandRunner;
  http: HttpServer;
  retry?: PlatformSupervisorOptions['retry'];
}

export function createPlatforms(config: Config, deps: PlatformsDeps): Platforms {
  const modules: PlatformModule[] = [];
  const adapters: DeliveryAdapter[] = [];
  const common = { logger: deps.logger, runner: deps.runner, http: deps.http, adminUserIds: config.adminUserIds };
  if (config.slack) {
    const slack = createSlackPlatform({ ...common, config: config.slack });
    modules.push(slack.module);
    adapters.push(slack.adapter);
  }
  if (config.discord) {
    const discord = createDiscordPlatform({ ...common, config: config.discord });
    modules.push(discord.module);
    adapters.push(discord.adapter);
  }
  const supervisor = createPlatformSupervisor({ modules, logger: deps.logger, retry: deps.retry });
  const gated = adapters.map((adapter): DeliveryAdapter => ({ ...adapter, ready: () => supervisor.isReady(adapter.platform) }));
  return { modules, adapters: gated, supervisor };
}

/** 'refused': the platform rejected a credential; no retry can help until the configuration changes. */
export type PlatformState = 'starting' | 'ready' | 'retrying' | 'refused' | 'stopped';

export interface PlatformStatus {
  platform: Platform;
  state: PlatformState;
  /** Why it is not ready: the last failure, one line, no secrets. */
  error?: string;
  /** Failed attempts since it was last ready. */
  failures: number;
  nextAttemptAt?: Date;
  readySince?: Date;
}

export interface PlatformSupervisorOptions {
  modules: PlatformModule[];
  logger: Logger;
  /** Delay before the first retry, doubled after each failure up to maxMs. Defaults 2 s and 5 min. */
  retry?: { initialMs?: number; maxMs?: number };
}

export interface PlatformSupervisor {
  /**
   * Tries every platform once, in parallel. Rejects with one ConfigError naming every credential a
   * platform refused; any other failure is logged once and retried in the background.
   */
  start(): Promise<void>;
  /** Cancels pending retries, cuts short attempts in progress where it can, stops every platform. */
  stop(): Promise<void>;
  isReady(platform: Platform): boolean;
  status(): PlatformStatus[];
  /** Calls `listener` whenever a platform becomes ready (its queued deliveries can go now). */
  onReady(listener: (platform: Platform) => void): void;
  /**
   * The platform refused its credential while running: out of service ('refused') until attache is
   * restarted with a working one. True when this changed its state (tell the admins once).
   */
  refuse(platform: Platform, error: string): boolean;
}

interface Entry extends PlatformStatus {
  module: PlatformModule;
  timer?: NodeJS.Timeout;
  /** Settles when the attempt in progress has finished, whatever its outcome. */
  attempt?: Promise<unknown>;
}

function reason(err: unknown): string {
  const text = err instanceof ConfigError ? err.problems.join('; ') : err instanceof Error ? err.message : String(err);
  return scrubSecrets(text.split('\n')[0] ?? '');
}

// Hand-written rather than p-retry: the loop is short, and /healthz needs its state (failures, next
// attempt) while stop() must cancel the wait and also wait for an attempt in progress.
export function createPlatformSupervisor(opts: PlatformSupervisorOptions): PlatformSupervisor {
  const log = opts.logger.child({ component: 'platforms' });
  const initialMs = opts.retry?.initialMs ?? 2_000;
  const maxMs = opts.retry?.maxMs ?? 5 * 60_000;
  const entries: Entry[] = opts.modules.map((module) => ({ module, platform: module.platform, state: 'starting', failures: 0 }));
  const listeners: Array<(platform: Platform) => void> = [];
  let stopped = false;

  /** One attempt; resolves with the ConfigError when the platform refused a credential. */
  async function attempt(e: Entry): Promise<ConfigError | undefined> {
    const run = e.module.start();
    e.attempt = run.catch(() => undefined);
    try {
      await run;
    } catch (err) {
      if (stopped) return undefined;
      if (err instanceof ConfigError) {
        Object.assign(e, { state: 'refused', error: reason(err), nextAttemptAt: undefined });
        return err;
      }
      scheduleRetry(e, reason(err));
      return undefined;
    } finally {
      e.attempt = undefined;
    }
    if (stopped) return undefined; // stop() stops what this attempt set up
    if (e.failures > 0) log.info(`${e.platform} is ready after ${e.failures} failed attempt(s)`);
    Object.assign(e, { state: 'ready', error: undefined, failures: 0, nextAttemptAt: undefined, readySince: new Date() });
    for (const listener of listeners) listener(e.platform);
    return undefined;
  }

  function scheduleRetry(e: Entry, error: string): void {
    e.failures += 1;
    const delayMs = Math.min(maxMs, initialMs * 2 ** (e.failures - 1));
    Object.assign(e, { state: 'retrying', error, nextAttemptAt: new Date(Date.now() + delayMs) });
    if (e.failures === 1) {
      log.warn(
        { platform: e.platform },
        `${e.platform} is not available: ${error}. Everything else keeps running; ${e.platform} is retried in the background ` +
          `(first in ${Math.round(delayMs / 1000)}s, then at most every ${Math.round(maxMs / 1000)}s) and its briefs wait in the outbox`,
      );
    } else {
      log.debug({ platform: e.platform, failures: e.failures }, `${e.platform} still not available: ${error}`);
    }
    e.timer = setTimeout(() => {
      e.timer = undefined;
      void attempt(e).then((refused) => {
        if (refused) log.error(`${e.platform} refused its credentials while reconnecting: ${reason(refused)}. Not retrying; fix it and restart attache`);
      });
    }, delayMs);
    e.timer.unref();
  }

  return {
    async start() {
      stopped = false;
      const refused = (await Promise.all(entries.map(attempt))).filter((r): r is ConfigError => r !== undefined);
      if (refused.length > 0) throw new ConfigError(refused.flatMap((r) => r.problems));
    },
    async stop() {
      stopped = true;
      await Promise.all(
        entries.map(async (e) => {
          clearTimeout(e.timer);
          e.timer = undefined;
          if (e.attempt) {
            // First stop cuts the attempt short where the platform allows; the second stops what it set up.
            await e.module.stop().catch((err: unknown) => log.warn({ err }, `${e.platform} did not stop cleanly`));
            await e.attempt;
          }
          await e.module.stop().catch((err: unknown) => log.warn({ err }, `${e.platform} did not stop cleanly`));
          Object.assign(e, { state: 'stopped', nextAttemptAt: undefined });
        }),
      );
    },
    onReady: (listener) => void listeners.push(listener),
    refuse(platform, error) {
      const e = entries.find((x) => x.platform === platform);
      if (!e || e.state === 'refused' || e.state === 'stopped') return false;
      clearTimeout(e.timer);
      Object.assign(e, { state: 'refused', error: reason(new Error(error)), timer: undefined, nextAttemptAt: undefined, readySince: undefined });
      return true;
    },
    isReady: (platform) => entries.some((e) => e.platform === platform && e.state === 'ready'),
    status: () => entries.map(({ platform, state, error, failures, nextAttemptAt, readySince }) => ({ platform, state, error, failures, nextAttemptAt, readySince })),
  };
}

/** Posts an operational message to ADMIN_CHANNEL when one is set; always logs it. */
export function createAdminNotifier(config: Config, adapters: DeliveryAdapter[], logger: Logger) {
  const log = logger.child({ component: 'admin' });
  return async (text: string): Promise<void> => {
    log.warn(text);
    const target = config.adminChannel;
    if (!target) return;
    const adapter = adapters.find((a) => a.platform === target.platform);
    if (!adapter?.notice || adapter.ready?.() === false) {
      log.error(`ADMIN_CHANNEL is ${target.platform}:${target.channel}, but ${target.platform} is not running; the notice is in this log only`);
      return;
    }
    await adapter.notice(target.channel, text).catch((err) => log.error({ err }, 'could not notify the admins'));
  };
}

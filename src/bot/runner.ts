// What chat adapters call. The implementation (createCommandRunner) validates, checks admin rights and never throws.
import type { Platform, Reply } from '../core/types.js';
import type { HttpServer } from '../http/server.js';
import type { Logger } from '../logger.js';
import type { CommandDefinition, Invoker, OptionValues } from './command.js';

export interface ParsedInvocation {
  path: string[];
  values: OptionValues;
}

export interface CommandRunner {
  /** Every /brief subcommand, for help, Discord registration and the Slack manifest. */
  readonly definitions: readonly CommandDefinition<unknown>[];
  /**
   * Runs one subcommand. Unknown paths, bad or missing options, unknown countries and refused
   * admin commands come back as an ephemeral error Reply with an example; nothing changes.
   */
  run(invocation: ParsedInvocation, invoker: Invoker): Promise<Reply>;
  /** Slack: the text after /brief → subcommand path and options (positional or name:value). */
  parseText(text: string): ParsedInvocation | { error: Reply };
  /** Discord autocomplete for an option marked autocomplete: 'country'. At most 25. */
  completeCountry(prefix: string): Array<{ name: string; value: string }>;
}

/** One chat platform, wired by the composition root. */
export interface PlatformModule {
  readonly platform: Platform;
  /**
   * One attempt to connect (auth check, Socket Mode, gateway) or register its HTTP routes; resolves
   * when ready. Rejects with a ConfigError when the platform refuses a credential (fatal at start-up);
   * any other rejection is an outage the caller retries later.
   */
  start(): Promise<void>;
  /** Safe to call at any time: before start, during an attempt (which it cuts short), after a failure, twice. */
  stop(): Promise<void>;
}

/** What every chat platform's factory is given. */
export interface PlatformOptions<C> {
  config: C;
  adminUserIds: string[];
  logger: Logger;
  runner: CommandRunner;
  http: HttpServer;
  /** Per request to the platform (default 10 s). */
  requestTimeoutMs?: number;
  /** Minimum spacing of posts to one channel; tests shorten it. */
  channelIntervalMs?: number;
  /** The clock delivery pacing is measured with (the outbox worker's clock in tests). */
  now?: () => Date;
}

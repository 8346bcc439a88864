// What chat adapters call. The implementation (createCommandRunner) validates, checks admin rights and never throws.
import type { Platform, Reply } from '../core/types.js';
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
  /** Connects (Socket Mode, gateway) or registers its HTTP routes; resolves when ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

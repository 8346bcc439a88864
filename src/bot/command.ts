// The contract every /brief subcommand implements, the same for Slack, Discord and the console.
import type { Platform, Reply } from '../core/types.js';

export type OptionType = 'string' | 'integer' | 'number';

export interface OptionSpec {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  /** Fixed choices (Discord shows them as choices; Slack validates against them). */
  choices?: readonly string[];
  /** Discord autocompletes it; 'country' completes country names and ISO codes. */
  autocomplete?: 'country';
  min?: number;
  max?: number;
}

/** Who typed the command, where. */
export interface Invoker {
  platform: Platform;
  /** Where the command was typed (Slack channel id, Discord channel id, 'stdout'). */
  channel: string;
  /** Slack team / Discord guild, when there is one. */
  workspace?: string;
  userId: string;
  /** Asked on every admin command, never cached across calls. */
  isAdmin(): Promise<boolean>;
}

export type OptionValues = Record<string, string | number | undefined>;

export interface CommandDefinition<Deps> {
  /** The words after /brief, e.g. ['latest'] or ['feeds', 'add']. */
  path: readonly string[];
  description: string;
  /** Admin-only commands are refused (and change nothing) unless invoker.isAdmin() says yes. */
  admin: boolean;
  /** In this order for positional Slack arguments. */
  options: readonly OptionSpec[];
  /** An example shown when the input is wrong, e.g. '/brief status belarus'. */
  example: string;
  run(values: OptionValues, invoker: Invoker, deps: Deps): Promise<Reply>;
}

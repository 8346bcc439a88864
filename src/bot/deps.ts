// What every /brief command may use. The composition root builds it once.
import type { Store } from '../store/store.js';
import type { CommandDefinition } from './command.js';

export interface FeedCheck {
  title?: string;
  items: number;
}

export interface CommandDeps {
  store: Store;
  now(): Date;
  /** Poll interval of feeds added from chat (they have no interval of their own). */
  defaultIntervalSeconds: number;
  /** Fetches and parses a URL; throws an Error with a readable message when it is not a reachable feed. */
  checkFeed(url: string): Promise<FeedCheck>;
  /** Told about unexpected errors (the user only sees a generic message); e.g. the logger. Optional. */
  reportError?(error: unknown, context: { command: string }): void;
}

export type Command = CommandDefinition<CommandDeps>;

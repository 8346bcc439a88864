// The /brief definitions for registration, taken from the real runner so they match what runs.
import { createCommandRunner, type CommandDeps } from '../../bot/dispatch.js';
import type { CommandDefinition } from '../../bot/command.js';
import type { Store } from '../../store/store.js';

function unavailable(): never {
  throw new Error('command registration does not run commands');
}

/** Definitions need no store: the deps given here fail loudly if anything tries to use them. */
export function loadCommandDefinitions(): readonly CommandDefinition<unknown>[] {
  const deps: CommandDeps = {
    store: new Proxy({} as Store, { get: unavailable }),
    now: () => new Date(),
    defaultIntervalSeconds: 300,
    checkFeed: unavailable,
  };
  return createCommandRunner(deps).definitions;
}

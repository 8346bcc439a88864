// Every /brief subcommand, listed explicitly (help shows them in this order).
import type { Command } from '../src/bot/deps.js';
import { digest } from './digest.js';
import { feedsAdd } from './feeds-add.js';
import { feedsHealth } from './feeds-health.js';
import { feedsList } from './feeds-list.js';
import { feedsPause } from './feeds-pause.js';
import { feedsRemove } from './feeds-remove.js';
import { feedsResume } from './feeds-resume.js';
import { createHelp } from './help.js';
import { latest } from './latest.js';
import { search } from './search.js';
import { status } from './status.js';
import { subscribe } from './subscribe.js';
import { subscriptions } from './subscriptions.js';
import { unsubscribe } from './unsubscribe.js';

export const COMMANDS: readonly Command[] = [
  latest,
  status,
  search,
  digest,
  subscribe,
  unsubscribe,
  subscriptions,
  feedsList,
  feedsHealth,
  feedsAdd,
  feedsRemove,
  feedsPause,
  feedsResume,
  createHelp(() => COMMANDS),
];

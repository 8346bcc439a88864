import type { Command } from '../src/bot/deps.js';
import { feedIdOption } from '../src/bot/common-options.js';
import { requireFeed } from '../src/bot/feed-helpers.js';

export const feedsResume: Command = {
  path: ['feeds', 'resume'],
  description: 'Poll a paused or disabled feed again, starting now',
  admin: true,
  options: [feedIdOption],
  example: '/brief feeds resume example-news',
  async run(values, _invoker, { store }) {
    const feed = await requireFeed(store, String(values.id));
    if (feed.enabled && feed.state.consecutiveFailures === 0) {
      return { ephemeral: true, title: 'Already running', parts: [{ kind: 'text', text: `Feed ${feed.id} is already being polled.` }] };
    }
    await store.setFeedEnabled(feed.id, true);
    return { ephemeral: true, title: 'Feed resumed', parts: [{ kind: 'text', text: `Resumed feed ${feed.id} (${feed.name}); it is polled on the next cycle.` }] };
  },
};

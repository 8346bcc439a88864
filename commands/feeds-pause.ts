import type { Command } from '../src/bot/deps.js';
import { feedIdOption } from '../src/bot/common-options.js';
import { requireFeed } from '../src/bot/feed-helpers.js';
import { formatDate } from '../src/bot/format.js';

export const feedsPause: Command = {
  path: ['feeds', 'pause'],
  description: 'Stop polling a feed until it is resumed',
  admin: true,
  options: [feedIdOption],
  example: '/brief feeds pause example-news',
  async run(values, invoker, { store, now }) {
    const feed = await requireFeed(store, String(values.id));
    if (!feed.enabled) {
      return { ephemeral: true, title: 'Already stopped', parts: [{ kind: 'text', text: `Feed ${feed.id} is not being polled (${feed.state.disabledReason ?? 'disabled'}).` }] };
    }
    await store.setFeedEnabled(feed.id, false, `paused by ${invoker.userId} on ${formatDate(now())}`);
    return { ephemeral: true, title: 'Feed paused', parts: [{ kind: 'text', text: `Paused feed ${feed.id} (${feed.name}). /brief feeds resume ${feed.id} starts it again.` }] };
  },
};

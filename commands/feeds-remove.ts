import type { Command } from '../src/bot/deps.js';
import { feedIdOption } from '../src/bot/common-options.js';
import { requireFeed } from '../src/bot/feed-helpers.js';

export const feedsRemove: Command = {
  path: ['feeds', 'remove'],
  description: 'Remove a feed and the items seen from it (briefs already written stay)',
  admin: true,
  options: [feedIdOption],
  example: '/brief feeds remove example-news',
  async run(values, _invoker, { store }) {
    const feed = await requireFeed(store, String(values.id));
    const source = await store.removeFeed(feed.id);
    const note =
      source === 'catalogue'
        ? ' It is listed in the feed catalogue file, so it comes back at the next restart unless it is removed there; /brief feeds pause keeps it quiet meanwhile.'
        : '';
    return { ephemeral: true, title: 'Feed removed', parts: [{ kind: 'text', text: `Removed feed ${feed.id} (${feed.name}).${note}` }] };
  },
};

import type { Command } from '../src/bot/deps.js';
import { feedStateLabel } from '../src/bot/feed-helpers.js';

export const feedsList: Command = {
  path: ['feeds', 'list'],
  description: 'Every feed with its state',
  admin: false,
  options: [],
  example: '/brief feeds list',
  async run(_values, _invoker, { store, defaultIntervalSeconds }) {
    const feeds = await store.listFeeds();
    if (feeds.length === 0) {
      return { ephemeral: true, title: 'Feeds', parts: [{ kind: 'text', text: 'No feeds yet. An admin can add one with /brief feeds add <url>.' }] };
    }
    const enabled = feeds.filter((f) => f.enabled).length;
    return {
      ephemeral: true,
      title: `Feeds (${enabled} of ${feeds.length} enabled)`,
      parts: [{ kind: 'list', items: feeds.map((f) => ({ text: `${f.id} · ${f.name} · every ${minutes(f.intervalSeconds ?? defaultIntervalSeconds)} · ${feedStateLabel(f)}`, url: f.url })) }],
    };
  },
};

function minutes(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

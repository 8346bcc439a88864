import type { Command } from '../src/bot/deps.js';
import { feedStateLabel } from '../src/bot/feed-helpers.js';
import { filterLabel, isUnsubscribedReason, plural } from '../src/bot/format.js';
import type { ReplyPart } from '../src/core/types.js';

export const feedsHealth: Command = {
  path: ['feeds', 'health'],
  description: 'Failing and disabled feeds with their last error, and subscriptions stopped by delivery errors',
  admin: false,
  options: [],
  example: '/brief feeds health',
  async run(_values, invoker, { store }) {
    const feeds = await store.listFeeds();
    const troubled = feeds.filter((f) => !f.enabled || f.state.consecutiveFailures > 0);
    // Other platforms' channel ids mean nothing here; show this platform's stopped subscriptions only.
    const stopped = (await store.listSubscriptions()).filter(
      (s) => !s.active && s.platform === invoker.platform && !isUnsubscribedReason(s.disabledReason),
    );
    const parts: ReplyPart[] = [];
    const healthy = feeds.length - troubled.length;
    parts.push({ kind: 'text', text: `${plural(healthy, 'feed')} healthy, ${troubled.length} failing or disabled.` });
    if (troubled.length > 0) {
      parts.push({ kind: 'list', items: troubled.map((f) => ({ text: `${f.id} · ${feedStateLabel(f)}`, url: f.url })) });
    }
    if (stopped.length > 0) {
      parts.push({ kind: 'text', text: `Subscriptions stopped by the bot (${stopped.length}):` });
      parts.push({
        kind: 'list',
        items: stopped.map((s) => ({ text: `#${s.id} · channel ${s.channel} · ${filterLabel(s)} · ${s.disabledReason ?? 'no reason recorded'}` })),
      });
    }
    return { ephemeral: true, title: 'Feed health', parts };
  },
};

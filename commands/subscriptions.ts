import type { Command } from '../src/bot/deps.js';
import { filterLabel, formatDate } from '../src/bot/format.js';
import type { ReplyPart } from '../src/core/types.js';

/** Stopped subscriptions shown, newest first: enough to explain a silence without an endless history. */
const STOPPED_SHOWN = 5;

export const subscriptions: Command = {
  path: ['subscriptions'],
  description: "This channel's subscriptions, and why stopped ones stopped",
  admin: false,
  options: [],
  example: '/brief subscriptions',
  async run(_values, invoker, { store }) {
    const all = await store.listChannelSubscriptions(invoker.platform, invoker.channel);
    const active = all.filter((s) => s.active);
    const stopped = all.filter((s) => !s.active).reverse().slice(0, STOPPED_SHOWN);
    const parts: ReplyPart[] = [];
    if (active.length === 0) parts.push({ kind: 'text', text: 'This channel has no active subscriptions. An admin can add one with /brief subscribe.' });
    else parts.push({ kind: 'list', items: active.map((s) => ({ text: `#${s.id} · ${filterLabel(s)} · since ${formatDate(s.createdAt)}` })) });
    if (stopped.length > 0) {
      parts.push({ kind: 'text', text: 'Stopped:' });
      parts.push({ kind: 'list', items: stopped.map((s) => ({ text: `#${s.id} · ${filterLabel(s)} · stopped: ${s.disabledReason ?? 'no reason recorded'}` })) });
    }
    return { ephemeral: true, title: 'Subscriptions of this channel', parts };
  },
};

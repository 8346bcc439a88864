import type { Command } from '../src/bot/deps.js';
import { countryOption, filterFromValues, minConfidenceOption, topicOption } from '../src/bot/common-options.js';
import { filterLabel } from '../src/bot/format.js';

export const subscribe: Command = {
  path: ['subscribe'],
  description: 'Post new briefs to this channel, optionally only for one topic, country or confidence',
  admin: true,
  options: [topicOption, countryOption, minConfidenceOption],
  example: '/brief subscribe topic:sanctions country:BY',
  async run(values, invoker, { store }) {
    const filter = filterFromValues(values);
    const before = await store.listChannelSubscriptions(invoker.platform, invoker.channel);
    const sub = await store.ensureSubscription(invoker.platform, invoker.channel, filter);
    const existed = before.some((s) => s.id === sub.id && s.active);
    const text = existed
      ? `This channel already has subscription #${sub.id}: ${filterLabel(sub)}. Nothing changed.`
      : `Subscribed this channel (#${sub.id}): ${filterLabel(sub)}. New briefs that match will be posted here; /brief unsubscribe ${sub.id} stops them.`;
    return { ephemeral: true, title: existed ? 'Already subscribed' : 'Subscribed', parts: [{ kind: 'text', text }] };
  },
};

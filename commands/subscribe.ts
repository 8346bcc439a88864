import type { Command } from '../src/bot/deps.js';
import { countryOption, digestOption, filterFromValues, minConfidenceOption, topicOption } from '../src/bot/common-options.js';
import { filterLabel } from '../src/bot/format.js';

export const subscribe: Command = {
  path: ['subscribe'],
  description: 'Post new briefs, or a daily or weekly digest of them, to this channel; optionally filtered',
  admin: true,
  // digest before country: a positional "daily" must not be read as a country name.
  options: [topicOption, digestOption, countryOption, minConfidenceOption],
  example: '/brief subscribe topic:sanctions country:BY',
  async run(values, invoker, { store }) {
    const filter = filterFromValues(values);
    const before = await store.listChannelSubscriptions(invoker.platform, invoker.channel);
    const sub = await store.ensureSubscription(invoker.platform, invoker.channel, filter);
    const existed = before.some((s) => s.id === sub.id && s.active);
    const what = sub.digest === undefined
      ? 'New briefs that match will be posted here'
      : `A digest of the briefs that match will be posted here ${sub.digest === 'daily' ? 'every day' : 'every Monday'} at the scheduled time, instead of each brief`;
    const text = existed
      ? `This channel already has subscription #${sub.id}: ${filterLabel(sub)}. Nothing changed.`
      : `Subscribed this channel (#${sub.id}): ${filterLabel(sub)}. ${what}; /brief unsubscribe ${sub.id} stops ${sub.digest ? 'it' : 'them'}.`;
    return { ephemeral: true, title: existed ? 'Already subscribed' : 'Subscribed', parts: [{ kind: 'text', text }] };
  },
};

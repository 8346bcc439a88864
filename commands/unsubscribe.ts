import type { Command } from '../src/bot/deps.js';
import { countryOption, digestOption, filterFromValues, minConfidenceOption, topicOption } from '../src/bot/common-options.js';
import { filterLabel, unsubscribedReason } from '../src/bot/format.js';
import { UserError } from '../src/bot/user-error.js';
import type { Subscription } from '../src/core/types.js';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export const unsubscribe: Command = {
  path: ['unsubscribe'],
  description: "Stop one of this channel's subscriptions, by id or by the same filters it was made with",
  admin: true,
  options: [{ name: 'id', description: 'the subscription number shown by /brief subscriptions', type: 'integer', min: 1 }, topicOption, digestOption, countryOption, minConfidenceOption],
  example: '/brief unsubscribe 3',
  async run(values, invoker, { store }) {
    const active = (await store.listChannelSubscriptions(invoker.platform, invoker.channel)).filter((s) => s.active);
    let target: Subscription | undefined;
    if (typeof values.id === 'number') {
      // Only this channel's rows are candidates: another channel's id reads as "not here".
      target = active.find((s) => s.id === values.id);
      if (!target) throw new UserError(`This channel has no active subscription #${values.id}; /brief subscriptions lists them`);
    } else {
      const wanted = filterFromValues(values);
      const matches = active.filter(
        (s) =>
          sameList(s.topics, wanted.topics) &&
          sameList(s.countries, wanted.countries) &&
          (values.min_confidence === undefined || s.minConfidence === wanted.minConfidence) &&
          (values.digest === undefined || s.digest === wanted.digest),
      );
      if (matches.length === 0) throw new UserError(`This channel has no active subscription for ${filterLabel(wanted)}; /brief subscriptions lists them`);
      if (matches.length > 1) throw new UserError(`Several subscriptions match (${matches.map((s) => `#${s.id}`).join(', ')}); give the id`);
      target = matches[0];
    }
    if (!target) throw new UserError('No matching subscription');
    const stopped = await store.deactivateSubscription(target.id, unsubscribedReason(invoker.userId));
    if (!stopped) throw new UserError(`Subscription #${target.id} was already stopped`);
    return {
      ephemeral: true,
      title: 'Unsubscribed',
      parts: [{ kind: 'text', text: `Stopped subscription #${target.id} (${filterLabel(target)}). This channel gets no more briefs from it.` }],
    };
  },
};

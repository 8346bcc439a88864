import type { Command } from '../src/bot/deps.js';
import { countryOption, topicOption } from '../src/bot/common-options.js';
import { briefListItem, countryLabel, topicLabel } from '../src/bot/format.js';
import type { TopicId } from '../src/core/types.js';

export const latest: Command = {
  path: ['latest'],
  description: 'The newest briefs, optionally for one topic and country',
  admin: false,
  options: [
    topicOption,
    countryOption,
    { name: 'limit', description: 'how many briefs, 1–10 (default 5)', type: 'integer', min: 1, max: 10 },
  ],
  example: '/brief latest sanctions belarus 3',
  async run(values, _invoker, { store }) {
    const topic = values.topic === undefined || values.topic === 'all' ? undefined : (values.topic as TopicId);
    const country = typeof values.country === 'string' ? values.country : undefined;
    const limit = typeof values.limit === 'number' ? values.limit : 5;
    const briefs = await store.latestBriefs({ topic, country, limit });
    const scope = [topic ? topicLabel(topic) : undefined, country ? countryLabel(country) : undefined].filter(Boolean).join(' · ');
    const title = scope ? `Latest briefs — ${scope}` : 'Latest briefs';
    if (briefs.length === 0) {
      return { ephemeral: true, title, parts: [{ kind: 'text', text: 'No briefs yet for that. Try /brief latest without filters, or /brief search <words>.' }] };
    }
    const [only] = briefs;
    if (briefs.length === 1 && only) return { ephemeral: true, title, parts: [{ kind: 'brief', brief: only }] };
    return { ephemeral: true, title, parts: [{ kind: 'list', items: briefs.map(briefListItem) }] };
  },
};

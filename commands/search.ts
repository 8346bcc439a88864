import type { Command } from '../src/bot/deps.js';
import { briefListItem } from '../src/bot/format.js';

const RESULTS = 10;

export const search: Command = {
  path: ['search'],
  description: 'Briefs containing all of the words, best matches first',
  admin: false,
  options: [{ name: 'query', description: 'words to look for, e.g. frozen assets', type: 'string', required: true }],
  example: '/brief search frozen assets',
  async run(values, _invoker, { store }) {
    const query = String(values.query);
    const briefs = await store.searchBriefs(query, RESULTS);
    const title = `Search: ${query}`;
    if (briefs.length === 0) {
      return { ephemeral: true, title, parts: [{ kind: 'text', text: 'No briefs contain all of those words. Try fewer or other words.' }] };
    }
    return { ephemeral: true, title, parts: [{ kind: 'list', items: briefs.map(briefListItem) }] };
  },
};

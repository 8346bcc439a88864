import type { Command } from '../src/bot/deps.js';
import { oneLine } from '../src/bot/format.js';
import { errorReply } from '../src/bot/replies.js';
import { searchHitItem } from '../src/bot/search-format.js';

const RESULTS = 10;

export const search: Command = {
  path: ['search'],
  description: 'Full-text search over stories and reports (any word ending), best matches first',
  admin: false,
  options: [{ name: 'query', description: 'words to look for, e.g. frozen assets or помилование', type: 'string', required: true }],
  example: '/brief search frozen assets',
  async run(values, _invoker, { store }) {
    const query = String(values.query ?? '').trim();
    const shown = oneLine(query, 80);
    if (query === '') return errorReply('Type what to look for, e.g. /brief search frozen assets');
    const hits = await store.search(query, RESULTS);
    const title = `Search: ${shown}`;
    if (hits.length === 0) {
      return {
        ephemeral: true,
        title,
        parts: [{ kind: 'text', text: `Nothing found for “${shown}”. Try fewer or other words (word endings do not matter).` }],
      };
    }
    return { ephemeral: true, title, parts: [{ kind: 'list', items: hits.map(searchHitItem) }] };
  },
};

import type { Command } from '../src/bot/deps.js';
import { parseHttpUrl, slugify, uniqueFeedId } from '../src/bot/feed-helpers.js';
import { oneLine, plural } from '../src/bot/format.js';
import { UserError } from '../src/bot/user-error.js';
import { DuplicateFeedError } from '../src/store/store.js';

export const feedsAdd: Command = {
  path: ['feeds', 'add'],
  description: 'Add a feed (checked first); its first poll only records what it already holds',
  admin: true,
  options: [
    { name: 'url', description: 'the http(s) address of an RSS, Atom or JSON feed', type: 'string', required: true },
    { name: 'name', description: "a display name (default: the feed's own title)", type: 'string' },
  ],
  example: '/brief feeds add https://example.org/rss name:"Example News"',
  async run(values, _invoker, { store, checkFeed }) {
    const url = parseHttpUrl(String(values.url)).href;
    const feeds = await store.listFeeds();
    const same = feeds.find((f) => sameUrl(f.url, url));
    if (same) throw new UserError(`Feed "${same.id}" already polls ${url}`);

    let check: Awaited<ReturnType<typeof checkFeed>>;
    try {
      check = await checkFeed(url);
    } catch (err) {
      const why = err instanceof Error && err.message ? oneLine(err.message) : 'it could not be fetched';
      throw new UserError(`${url} does not look like a working feed: ${why}. Nothing was added`);
    }
    const givenName = typeof values.name === 'string' ? values.name.trim() : '';
    const name = (givenName || check.title?.trim() || new URL(url).hostname).slice(0, 200);
    const id = uniqueFeedId(slugify(givenName || new URL(url).hostname.replace(/^www\./, '')), new Set(feeds.map((f) => f.id)));
    try {
      await store.addFeed({ id, name, url, tags: [] });
    } catch (err) {
      if (err instanceof DuplicateFeedError) throw new UserError(`${err.message}. Nothing was added`);
      throw err;
    }
    return {
      ephemeral: true,
      title: 'Feed added',
      parts: [
        { kind: 'fields', fields: [{ name: 'id', value: id }, { name: 'name', value: name }, { name: 'url', value: url }, { name: 'items now', value: String(check.items) }] },
        {
          kind: 'text',
          text: `Its first poll only records the ${plural(check.items, 'item')} it holds now; briefs come from items published after that. /brief feeds remove ${id} undoes this.`,
        },
      ],
    };
  },
};

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return a === b;
  }
}

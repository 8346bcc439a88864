// `/brief feeds add`: is this URL a reachable feed? Same fetcher and parser as polling.
import type { FeedCheck } from '../bot/deps.js';
import type { Fetcher } from './fetch.js';
import { parseFeed } from './parse.js';

export async function checkFeed(fetcher: Fetcher, url: string): Promise<FeedCheck> {
  const result = await fetcher.fetch({ url });
  if (result.kind !== 'ok') throw new Error(`${url} answered 304 Not Modified to a plain request`);
  const feed = parseFeed(result.body, result.contentType);
  return { title: feed.title, items: feed.items.length };
}

// Feed wording and checks shared by the /brief feeds … commands.
import type { FeedRecord } from '../core/types.js';
import type { Store } from '../store/store.js';
import { closestMatches } from './closest.js';
import { formatDateTime, oneLine, plural } from './format.js';
import { UserError } from './user-error.js';

/** "ok", "new: not polled yet", "paused: …", "failing: 3 failures in a row, last: HTTP 503". */
export function feedStateLabel(feed: FeedRecord): string {
  const s = feed.state;
  if (!feed.enabled) return `${s.disabledReason?.startsWith('paused') ? 'paused' : 'disabled'}: ${s.disabledReason ?? 'no reason recorded'}`;
  if (s.consecutiveFailures > 0) return `failing: ${plural(s.consecutiveFailures, 'failure')} in a row, last: ${oneLine(s.lastError ?? 'unknown error', 200)}`;
  if (!s.initialised) return 'new: not polled yet';
  return s.lastSuccessAt ? `ok, last polled ${formatDateTime(s.lastSuccessAt)}` : 'ok';
}

export async function requireFeed(store: Store, id: string): Promise<FeedRecord> {
  const feed = await store.getFeed(id.trim().toLowerCase());
  if (feed) return feed;
  const ids = (await store.listFeeds()).map((f) => f.id);
  const guess = closestMatches(id, ids, 3);
  throw new UserError(`There is no feed "${id}".${guess.length > 0 ? ` Did you mean ${guess.join(', ')}?` : ''} /brief feeds list shows them all`);
}

/** A feed URL people may add: http(s), a host, no credentials. The fetcher re-checks addresses. */
export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UserError(`"${oneLine(raw, 100)}" is not a URL; give the full address, e.g. https://example.org/rss`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UserError(`Only http and https feeds can be added (got ${url.protocol.replace(/:$/, '')})`);
  if (url.username !== '' || url.password !== '') throw new UserError('The URL must not contain a user name or password');
  if (url.hostname === '') throw new UserError('The URL has no host name');
  url.hash = '';
  return url;
}

/** "My Feed — Daily!" → "my-feed-daily"; same rules as catalogue ids. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/** A slug not yet used by another feed: base, base-2, base-3… */
export function uniqueFeedId(base: string, taken: ReadonlySet<string>): string {
  const root = base === '' ? 'feed' : base;
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}

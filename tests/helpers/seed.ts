// Builds real briefs and outbox rows through the store's public API, for delivery tests.
import type { Brief, FeedItem, Story } from '../../src/core/types.js';
import type { Store } from '../../src/store/store.js';

let seq = 0;

export const TEST_FEED = { id: 'wire', name: 'Wire Desk', url: 'http://127.0.0.1:1/wire.xml', tags: [] };

export function makeItem(title: string): FeedItem {
  seq += 1;
  return { feedId: TEST_FEED.id, key: `guid:${title}-${seq}`, title, summary: `${title}.`, contentHash: `h${seq}` };
}

export function makeBrief(headline: string, at: Date): { story: Story; brief: Brief } {
  seq += 1;
  const story: Story = { id: `story-${seq}`, topics: ['sanctions'], countries: ['BY'], headline, firstSeenAt: at, updatedAt: at };
  const brief: Brief = {
    id: `brief-${seq}`,
    storyId: story.id,
    topics: ['sanctions'],
    action: 'impose',
    countries: ['BY'],
    confidence: 0.9,
    headline,
    whatsHappening: `${headline}.`,
    sources: [{ feedId: TEST_FEED.id, feedName: TEST_FEED.name, title: headline }],
    createdAt: at,
  };
  return { story, brief };
}

/** Commits one poll whose briefs (one per headline) are routed to the given subscriptions. */
export async function seedBriefs(store: Store, headlines: string[], subscriptionIds: number[], at: Date): Promise<void> {
  const items = headlines.map(makeItem);
  await store.commitPoll({
    feedId: TEST_FEED.id,
    state: { at, nextDueAt: at },
    items: items.map((item) => ({ item })),
    briefs: items.map((item, i) => ({ ...makeBrief(headlines[i]!, at), itemKeys: [item.key], subscriptionIds })),
  });
}

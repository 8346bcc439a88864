// A real pipeline for story tests: SQLite store, the real fetcher against a local feed server, the
// real classifier, and a clock the test sets per poll.
import { mkdtemp, rm } from 'node:fs/promises';
import pLimit from 'p-limit';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offlineBriefWriter } from '../../src/brief/build.js';
import type { BriefInput, BriefWriter } from '../../src/brief/writer.js';
import { createClassifier } from '../../src/classify/index.js';
import type { Brief, FeedDefinition } from '../../src/core/types.js';
import { createFetcher, type Fetcher } from '../../src/pipeline/fetch.js';
import { pollFeed, type PollDeps, type PollOutcome } from '../../src/pipeline/poll-feed.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { rss, type TestItem } from '../helpers/rss.js';

export interface StoryHarness {
  store: Store;
  dbUrl: string;
  server: FeedServer;
  /** What the brief writer was asked, in order. */
  writes: BriefInput[];
  feeds: FeedDefinition[];
  /** Serves these items on the feed and polls it at `now`. */
  poll(feedId: string, items: TestItem[], now: Date): Promise<PollOutcome>;
  /** Every brief, newest first. */
  briefs(): Promise<Brief[]>;
  close(): Promise<void>;
}

export const FEEDS: FeedDefinition[] = [
  { id: 'wire', name: 'Wire', url: '', language: 'en', tags: [] },
  { id: 'desk', name: 'Second Desk', url: '', language: 'en', tags: [] },
  { id: 'ru', name: 'Русская служба', url: '', language: 'ru', tags: [] },
];

/** The feeds are created and given a silent first poll at `start`. */
export async function startStoryHarness(start: Date, opts: { writeBrief?: BriefWriter; serialiseStories?: boolean } = {}): Promise<StoryHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'attache-stories-'));
  const dbUrl = `sqlite:${join(dir, 'db.sqlite')}`;
  const server = await startFeedServer();
  const feeds = FEEDS.map((f) => ({ ...f, url: server.url(`/${f.id}.xml`) }));
  const store = await openStore(dbUrl);
  await store.syncFeeds(feeds);
  const fetcher: Fetcher = createFetcher({ timeoutMs: 5_000, maxBytes: 1_000_000, allowPrivateHosts: true });
  const classifier = createClassifier();
  const writes: BriefInput[] = [];
  const writeBrief = opts.writeBrief ?? offlineBriefWriter;
  const deps: PollDeps = {
    store,
    fetcher,
    classify: (input) => classifier.classify(input),
    defaultIntervalSeconds: 300,
    maxFailures: 5,
    jitter: 0,
    ...(opts.serialiseStories ? { serialiseStories: pLimit(1) } : {}),
    writeBrief: async (input) => {
      writes.push(input);
      return writeBrief(input);
    },
  };
  const poll = async (feedId: string, items: TestItem[], now: Date) => {
    server.route(`/${feedId}.xml`, { body: rss(items), headers: { 'content-type': 'application/rss+xml' } });
    const feed = await store.getFeed(feedId);
    if (!feed) throw new Error(`no feed ${feedId}`);
    return pollFeed(deps, feed, now);
  };
  for (const feed of feeds) await poll(feed.id, [], start);
  return {
    store,
    dbUrl,
    server,
    writes,
    feeds,
    poll,
    briefs: () => store.latestBriefs({ limit: 100 }),
    async close() {
      await store.close();
      await fetcher.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** RFC 822 date for a test item. */
export function pubDate(d: Date): string {
  return d.toUTCString();
}

export const hours = (h: number) => h * 60 * 60 * 1000;
export const days = (d: number) => d * 24 * hours(1);

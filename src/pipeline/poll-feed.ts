// One poll of one feed: fetch ▸ parse ▸ identify ▸ drop seen ▸ classify ▸ group into stories ▸ brief ▸ route ▸ commit (one transaction).
import { createHash } from 'node:crypto';
import { offlineBriefWriter } from '../brief/build.js';
import type { BriefInput, BriefWriter, StoryReport } from '../brief/writer.js';
import { FeedFetchError, FeedParseError } from '../core/errors.js';
import type { Brief, Classification, ClassifierInput, FeedItem, FeedRecord } from '../core/types.js';
import { StoryConflictError, type NewItem, type Store } from '../store/store.js';
import { planStories } from '../stories/plan.js';
import type { Fetcher } from './fetch.js';
import { toFeedItem } from './identity.js';
import { parseFeed } from './parse.js';

export interface PollDeps {
  store: Store;
  fetcher: Fetcher;
  classify: (input: ClassifierInput) => Classification;
  /** Stored with each classification, so a later classifier can tell what to redo. */
  classifierVersion?: string;
  defaultIntervalSeconds: number;
  /** Consecutive failures after which a feed is disabled. */
  maxFailures: number;
  /** 0..1 share of the interval added or removed at random, so feeds drift apart. */
  jitter?: number;
  random?: () => number;
  /** 'record' (the rule): a feed's first poll posts nothing. 'brief' is for replaying samples in the demo. */
  firstPoll?: 'record' | 'brief';
  /** Writes a story's brief; the offline writer when not given. */
  writeBrief?: BriefWriter;
  /**
   * Runs the story step (match, write briefs, commit) of one poll at a time, e.g. p-limit(1) shared
   * by every poll of the process: two feeds carrying the same new event at once then make one story,
   * not two. Without it, concurrent polls may open twin stories (growths stay safe: see StoryConflictError).
   * A writer other than the offline one runs before the step, outside it (see prewrite).
   */
  serialiseStories?: <T>(step: () => Promise<T>) => Promise<T>;
}

export type PollOutcome =
  | { kind: 'unchanged'; reason: 'not-modified' | 'same-body' }
  | { kind: 'first-poll'; recorded: number }
  | { kind: 'polled'; newItems: number; briefs: number; updatedBriefs: number; outboxIds: number[] }
  | { kind: 'failed'; error: string; code: string; nextDueAt: Date; disabled: boolean };

const MAX_BACKOFF_SECONDS = 6 * 60 * 60;
const MAX_STORY_ATTEMPTS = 3;

export function intervalFor(feed: FeedRecord, deps: Pick<PollDeps, 'defaultIntervalSeconds'>): number {
  return feed.intervalSeconds ?? deps.defaultIntervalSeconds;
}

export function nextDue(now: Date, seconds: number, jitter: number, random: () => number): Date {
  const spread = seconds * jitter * (random() * 2 - 1);
  return new Date(now.getTime() + Math.max(1, seconds + spread) * 1000);
}

export async function pollFeed(deps: PollDeps, feed: FeedRecord, now: Date): Promise<PollOutcome> {
  const jitter = deps.jitter ?? 0.1;
  const random = deps.random ?? Math.random;
  const interval = intervalFor(feed, deps);
  try {
    const fetched = await deps.fetcher.fetch({
      url: feed.url,
      etag: feed.state.etag,
      lastModified: feed.state.lastModified,
    });
    if (fetched.kind === 'not-modified') {
      await deps.store.recordUnchanged(feed.id, now, nextDue(now, interval, jitter, random));
      return { kind: 'unchanged', reason: 'not-modified' };
    }
    const bodyHash = createHash('sha256').update(fetched.body).digest('hex');
    if (feed.state.initialised && bodyHash === feed.state.bodyHash) {
      await deps.store.recordUnchanged(feed.id, now, nextDue(now, interval, jitter, random));
      return { kind: 'unchanged', reason: 'same-body' };
    }
    const parsed = parseFeed(fetched.body, fetched.contentType);
    const language = feed.language ?? parsed.language;
    const items = uniqueByKey(parsed.items.map((p) => toFeedItem(feed.id, p, language)));
    const seen = await deps.store.seenKeys(feed.id, items.map((i) => i.key));
    const fresh = items.filter((i) => !seen.has(i.key));
    const state = {
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      bodyHash,
      at: now,
      nextDueAt: nextDue(now, interval, jitter, random),
    };

    if (!feed.state.initialised && deps.firstPoll !== 'brief') {
      // First poll: remember what is already there and post nothing, so a new feed never floods channels.
      await deps.store.commitPoll({ feedId: feed.id, state, items: fresh.map((item) => ({ item })), briefs: [] });
      return { kind: 'first-poll', recorded: fresh.length };
    }

    const newItems: NewItem[] = [];
    const reports: StoryReport[] = [];
    for (const item of fresh) {
      const classification = deps.classify({ title: item.title, summary: item.summary, language: item.language });
      newItems.push({ item, classification, classifierVersion: deps.classifierVersion });
      reports.push({ item, classification, feed, seenAt: now });
    }
    const writer = deps.writeBrief ?? offlineBriefWriter;
    // A slow writer (a model) must not hold the story lock: briefs are written before it, and the
    // locked step reuses them when it plans the same stories again (else it writes anew).
    const prepared = deps.serialiseStories && writer !== offlineBriefWriter ? await prewrite(deps, writer, reports, now) : undefined;
    const writeBrief: BriefWriter = prepared ? (input) => prepared.get(briefInputKey(input)) ?? writer(input) : writer;
    const storyStep = async () => {
      for (let attempt = 1; ; attempt += 1) {
        const subscriptions = await deps.store.listSubscriptions();
        const plan = await planStories({ store: deps.store, writeBrief }, reports, subscriptions, now);
        try {
          const result = await deps.store.commitPoll({ feedId: feed.id, state, items: newItems, ...plan });
          return { plan, result };
        } catch (err) {
          // Another poll grew one of these stories since we read it: plan again from what is stored now.
          if (!(err instanceof StoryConflictError) || attempt >= MAX_STORY_ATTEMPTS) throw err;
        }
      }
    };
    const { plan, result } = await (deps.serialiseStories ? deps.serialiseStories(storyStep) : storyStep());
    return {
      kind: 'polled',
      newItems: result.itemsInserted,
      briefs: plan.briefs.length,
      updatedBriefs: plan.growths.length,
      outboxIds: result.outboxIds,
    };
  } catch (err) {
    if (!(err instanceof FeedFetchError || err instanceof FeedParseError)) throw err;
    return recordFailure(deps, feed, now, err, interval);
  }
}

/** The briefs a poll's stories would get as the store stands now, keyed by what they are written from. */
async function prewrite(deps: PollDeps, writer: BriefWriter, reports: StoryReport[], now: Date): Promise<Map<string, Promise<Brief>>> {
  const written = new Map<string, Promise<Brief>>();
  const recording: BriefWriter = (input) => {
    const brief = writer(input);
    written.set(briefInputKey(input), brief);
    return brief;
  };
  await planStories({ store: deps.store, writeBrief: recording }, reports, await deps.store.listSubscriptions(), now);
  return written;
}

/** Same reports, history and creation time: the same brief (ids are assigned by the plan, not the writer). */
function briefInputKey(input: BriefInput): string {
  return JSON.stringify([input.reports.map((r) => [r.feed.id, r.item.key]), input.history.map((b) => [b.id, b.updatedAt?.getTime()]), input.createdAt.getTime()]);
}

async function recordFailure(
  deps: PollDeps,
  feed: FeedRecord,
  now: Date,
  err: FeedFetchError | FeedParseError,
  interval: number,
): Promise<PollOutcome> {
  const failures = feed.state.consecutiveFailures + 1;
  const backoff = Math.min(MAX_BACKOFF_SECONDS, interval * 2 ** Math.min(failures, 16));
  const retryAfter = err instanceof FeedFetchError ? (err.details.retryAfterSeconds ?? 0) : 0;
  const nextDueAt = nextDue(now, Math.max(backoff, retryAfter), deps.jitter ?? 0.1, deps.random ?? Math.random);
  const disabled = failures >= deps.maxFailures;
  const code = err instanceof FeedFetchError ? err.code : 'parse';
  await deps.store.recordFailure(feed.id, {
    at: now,
    error: err.message,
    nextDueAt,
    disable: disabled ? `disabled after ${failures} consecutive failures; last: ${err.message}` : undefined,
  });
  return { kind: 'failed', error: err.message, code, nextDueAt, disabled };
}

function uniqueByKey(items: FeedItem[]): FeedItem[] {
  const byKey = new Map<string, FeedItem>();
  for (const item of items) if (!byKey.has(item.key)) byKey.set(item.key, item);
  return [...byKey.values()];
}

// The store's contract. One implementation (Kysely) serves SQLite and PostgreSQL.
import type {
  Brief,
  Classification,
  FeedDefinition,
  FeedItem,
  FeedRecord,
  OutboxEntry,
  Platform,
  Story,
  Subscription,
  SubscriptionFilter,
  TopicId,
} from '../core/types.js';

/** Fetch-state changes written after a successful poll (together with its items). */
export interface FeedStateUpdate {
  etag?: string;
  lastModified?: string;
  bodyHash?: string;
  at: Date;
  nextDueAt: Date;
}

export interface NewItem {
  item: FeedItem;
  /** Present for items that were classified (every new item after the first poll). */
  classification?: Classification;
  /** Version of the classifier that produced `classification` (stored with it; optional). */
  classifierVersion?: string;
}

export interface NewBrief {
  story: Story;
  brief: Brief;
  /** Keys (FeedItem.key, same feed as the poll) of the items that make up the story. */
  itemKeys: string[];
  /** Subscriptions the brief is routed to; one pending outbox row each. */
  subscriptionIds: number[];
}

/** Everything one successful poll of one feed writes, in one transaction. */
export interface PollCommit {
  feedId: string;
  state: FeedStateUpdate;
  /** Items not seen before. Inserting an already-known (feedId, key) is ignored, not an error. */
  items: NewItem[];
  briefs: NewBrief[];
}

export interface PollCommitResult {
  itemsInserted: number;
  outboxIds: number[];
}

export interface FailureUpdate {
  at: Date;
  error: string;
  nextDueAt: Date;
  /** When set, the feed is disabled with this reason. */
  disable?: string;
}

export interface OutboxWork {
  entry: OutboxEntry;
  brief: Brief;
}

export interface BriefQuery {
  topic?: TopicId;
  country?: string;
  limit: number;
}

export interface Store {
  /** Inserts catalogue feeds that are new, updates name/url/language/tags/interval of known ids. Never touches fetch state. */
  syncFeeds(defs: FeedDefinition[]): Promise<void>;
  listFeeds(): Promise<FeedRecord[]>;
  getFeed(id: string): Promise<FeedRecord | undefined>;

  /** Which of these keys the feed has already seen. */
  seenKeys(feedId: string, keys: string[]): Promise<Set<string>>;
  /** One transaction: feed state (marks it initialised, resets failures), items, classifications, stories, briefs, outbox rows. */
  commitPoll(commit: PollCommit): Promise<PollCommitResult>;
  /** 304 or unchanged body: only timestamps move; failures reset. */
  recordUnchanged(feedId: string, at: Date, nextDueAt: Date): Promise<void>;
  /** Increments consecutive failures, records the error and the next attempt. */
  recordFailure(feedId: string, update: FailureUpdate): Promise<void>;

  listSubscriptions(): Promise<Subscription[]>;
  /** Returns the existing active subscription with the same platform, channel and filter, or creates it. */
  ensureSubscription(platform: Platform, channel: string, filter: SubscriptionFilter): Promise<Subscription>;

  /** Pending rows due at `now`, oldest first (by id), with their briefs; none queued behind an earlier row of the same channel that is not due yet. */
  dueOutbox(now: Date, limit: number): Promise<OutboxWork[]>;
  markDelivered(id: number, at: Date, externalId?: string): Promise<void>;
  markRetry(id: number, error: string, nextAttemptAt: Date): Promise<void>;
  markFailed(id: number, error: string): Promise<void>;

  /** Newest first. */
  latestBriefs(query: BriefQuery): Promise<Brief[]>;
  getBrief(id: string): Promise<Brief | undefined>;

  close(): Promise<void>;
}

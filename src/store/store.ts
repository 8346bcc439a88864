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

/** 'claimed': being posted · 'sent' · 'retry': a post failed, the next run of the period tries again · 'failed': for good. */
export type DigestRunStatus = 'claimed' | 'sent' | 'retry' | 'failed';

/** The digest of one subscription for one period (e.g. "day:2025-06-10"). */
export interface DigestRun {
  id: number;
  subscriptionId: number;
  periodKey: string;
  status: DigestRunStatus;
  /** Claims so far, the first included. */
  attempts: number;
  claimedAt: Date;
  lastError?: string;
  externalId?: string;
  sentAt?: Date;
}

/** Where a feed came from: the catalogue file (re-synced at start-up) or a chat command. */
export type FeedSource = 'catalogue' | 'chat';

/** addFeed refused: the id or the URL is already taken. The message is safe to show to users. */
export class DuplicateFeedError extends Error {
  constructor(
    readonly field: 'id' | 'url',
    readonly existingId: string,
    message: string,
  ) {
    super(message);
    this.name = 'DuplicateFeedError';
  }
}

export interface Store {
  /** Inserts catalogue feeds that are new, updates name/url/language/tags/interval of known ids. Never touches fetch state. */
  syncFeeds(defs: FeedDefinition[]): Promise<void>;
  listFeeds(): Promise<FeedRecord[]>;
  getFeed(id: string): Promise<FeedRecord | undefined>;
  /** Adds a feed from chat (source 'chat'), enabled, with empty state. Throws DuplicateFeedError when the id or URL is taken. */
  addFeed(def: FeedDefinition): Promise<FeedRecord>;
  /**
   * Deletes a feed with its state and items (their classifications and story links go too); briefs
   * and outbox rows stay. Returns where the feed came from, or undefined when there was no such feed.
   * A catalogue feed comes back at the next start-up unless it is removed from the file.
   */
  removeFeed(id: string): Promise<FeedSource | undefined>;
  /**
   * Pauses (with a reason) or resumes a feed. Resuming clears the reason and the failure count and
   * makes the feed due at once. Returns false when there is no such feed.
   */
  setFeedEnabled(id: string, enabled: boolean, reason?: string): Promise<boolean>;

  /** Which of these keys the feed has already seen. */
  seenKeys(feedId: string, keys: string[]): Promise<Set<string>>;
  /** One transaction: feed state (marks it initialised, resets failures), items, classifications, stories, briefs, outbox rows. */
  commitPoll(commit: PollCommit): Promise<PollCommitResult>;
  /** 304 or unchanged body: only timestamps move; failures reset. */
  recordUnchanged(feedId: string, at: Date, nextDueAt: Date): Promise<void>;
  /** Increments consecutive failures, records the error and the next attempt. */
  recordFailure(feedId: string, update: FailureUpdate): Promise<void>;

  listSubscriptions(): Promise<Subscription[]>;
  /** Returns the existing active subscription with the same platform, channel and filter (digest kind included), or creates it. */
  ensureSubscription(platform: Platform, channel: string, filter: SubscriptionFilter): Promise<Subscription>;
  /** Every subscription (active or not) of one channel, by id. */
  listChannelSubscriptions(platform: Platform, channel: string): Promise<Subscription[]>;
  /** Stops an active subscription with a reason (an unsubscribe, or a channel that is gone) and fails its pending outbox rows. False when it was not active. */
  deactivateSubscription(id: number, reason: string): Promise<boolean>;

  /** Pending rows due at `now`, oldest first (by id), with their briefs; none queued behind an earlier row of the same channel that is not due yet. */
  dueOutbox(now: Date, limit: number): Promise<OutboxWork[]>;
  markDelivered(id: number, at: Date, externalId?: string): Promise<void>;
  /** Delivered rows of a brief that carry a platform message id, oldest first: what an in-place update edits. */
  deliveriesOf(briefId: string): Promise<OutboxEntry[]>;
  markRetry(id: number, error: string, nextAttemptAt: Date): Promise<void>;
  markFailed(id: number, error: string): Promise<void>;

  /**
   * Claims the digest of a subscription for a period, to post it now. Undefined when that digest
   * was sent or failed for good, or when another run claimed it after `staleBefore` (still posting).
   * A claim whose post failed ('retry') or that is older than `staleBefore` (its run died) is taken over.
   */
  claimDigest(subscriptionId: number, periodKey: string, now: Date, staleBefore: Date): Promise<DigestRun | undefined>;
  markDigestSent(id: number, at: Date, externalId?: string): Promise<void>;
  /** The post failed but may work later: the next claim of the period takes it over at once. */
  releaseDigest(id: number, error: string): Promise<void>;
  /** The post failed for good (channel gone): the digest is never claimed again. */
  failDigest(id: number, error: string): Promise<void>;
  /** Every digest run of a subscription, oldest first. */
  digestRuns(subscriptionId: number): Promise<DigestRun[]>;

  /** Newest first. */
  latestBriefs(query: BriefQuery): Promise<Brief[]>;
  getBrief(id: string): Promise<Brief | undefined>;
  /** Briefs created in [from, to), newest first. */
  briefsBetween(from: Date, to: Date, limit: number): Promise<Brief[]>;
  /**
   * Briefs whose text (headline, body, source titles) contains every word of the query, case-insensitive,
   * best matches first (words in the headline count more), then newest. An empty query finds nothing.
   */
  searchBriefs(query: string, limit: number): Promise<Brief[]>;

  close(): Promise<void>;
}

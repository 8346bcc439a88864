// The store's contract. One implementation (Kysely) serves SQLite and PostgreSQL.
import type {
  Action,
  Actors,
  Brief,
  Classification,
  FeedDefinition,
  FeedItem,
  FeedRecord,
  OutboxEntry,
  Platform,
  Stage,
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

/** What story matching keeps with a story (see src/stories/); the store only stores it. */
export interface StoryMatch {
  action?: Action;
  stage?: Stage;
  people?: number;
  actors: Actors;
  /** Time of the story's first and latest report (published, or first seen). */
  firstReportAt: Date;
  lastReportAt: Date;
  /** Opaque JSON text written and read by the stories module. */
  fingerprint: string;
}

export interface NewBrief {
  story: Story;
  /** Absent: matching facts are derived from the story alone (no fingerprint, so nothing merges into it by text). */
  match?: StoryMatch;
  brief: Brief;
  /** Keys (FeedItem.key, same feed as the poll) of the items that make up the story. */
  itemKeys: string[];
  /** Subscriptions the brief is routed to; one pending outbox row each. */
  subscriptionIds: number[];
}

/** A known story that took new reports: its row and its brief are rewritten in place. */
export interface StoryGrowth {
  story: Story;
  match: StoryMatch;
  /** The rewritten brief; the same id as the stored one. */
  brief: Brief;
  /** New items (FeedItem.key, same feed as the poll) that join the story. */
  itemKeys: string[];
  /** The story's revision as read (StoryCandidate.revision): another one in the database refuses the commit. */
  revision: number;
  /**
   * Subscriptions the grown brief matches. Each delivered post of the brief gets an 'update' row;
   * a subscription in this list that never had a post of it gets one.
   */
  subscriptionIds: number[];
}

/** Everything one successful poll of one feed writes, in one transaction. */
export interface PollCommit {
  feedId: string;
  state: FeedStateUpdate;
  /** Items not seen before. Inserting an already-known (feedId, key) is ignored, not an error. */
  items: NewItem[];
  briefs: NewBrief[];
  growths?: StoryGrowth[];
}

/** commitPoll refused a growth: the story changed since it was read (another poll grew it). Plan again. */
export class StoryConflictError extends Error {
  constructor(readonly storyId: string) {
    super(`story ${storyId} changed since it was read`);
    this.name = 'StoryConflictError';
  }
}

/** A story that a new report might belong to. */
export interface StoryCandidate {
  story: Story;
  match: StoryMatch;
  revision: number;
  briefId: string;
  briefCreatedAt: Date;
}

export interface StoryQuery {
  /** Stories sharing at least one of these topics… */
  topics: TopicId[];
  /** …and at least one of these countries… */
  countries: string[];
  /** …whose latest report is at or after this time. */
  since: Date;
  limit: number;
}

/** One report of a story as stored: the item, how it was classified, where and when it was seen. */
export interface StoredReport {
  item: FeedItem;
  classification: Classification;
  feed: Pick<FeedDefinition, 'id' | 'name'>;
  seenAt: Date;
}

export interface PollCommitResult {
  itemsInserted: number;
  /** New outbox rows, posts and updates. */
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
  /** The brief as it is now (a row queued before a rewrite delivers the rewritten brief). */
  brief: Brief;
  /** 'post' a new message; 'update' edit the message `targetId` in place. */
  kind: 'post' | 'update';
  targetId?: string;
  /** The brief's revision as read, to hand back to markDelivered. */
  revision: number;
}

export interface BriefQuery {
  topic?: TopicId;
  country?: string;
  limit: number;
}

/** A story found by search: its brief (headline, dates, source links). */
export interface StorySearchHit {
  kind: 'story';
  brief: Brief;
  /** Higher is better; only comparable within one search. */
  score: number;
}

/** A stored item found by search (any item, relevant or not). */
export interface ItemSearchHit {
  kind: 'item';
  itemId: number;
  title: string;
  feedId: string;
  feedName: string;
  /** Published, or first seen when the feed gave no date. */
  date: Date;
  link?: string;
  score: number;
}

export type SearchHit = StorySearchHit | ItemSearchHit;

/** One country's briefs for /brief status. */
export interface CountryTimeline {
  /** Newest first (by creation), at most the limit asked for. */
  briefs: Brief[];
  /** How many briefs name the country in all. */
  total: number;
  /** The newest brief of each topic that has one, even when older than every brief in `briefs`. */
  latest: Partial<Record<TopicId, Brief>>;
}

/** Which process works on the database (migration 0007). */
export interface Lease {
  holder: string;
  acquiredAt: Date;
  expiresAt: Date;
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
  /**
   * One transaction: feed state (marks it initialised, resets failures), items, classifications,
   * new stories and briefs, grown stories and their rewritten briefs, outbox rows (posts and
   * in-place updates). Throws StoryConflictError, writing nothing, when a grown story changed since it was read.
   */
  commitPoll(commit: PollCommit): Promise<PollCommitResult>;
  /** Stories sharing a topic and a country with the query whose latest report is recent enough, newest first. */
  storyCandidates(query: StoryQuery): Promise<StoryCandidate[]>;
  /** Every report of a story, oldest first (by first seen, then item id). */
  storyReports(storyId: string): Promise<StoredReport[]>;
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

  /**
   * Pending rows due at `now`, oldest first (by id), with their briefs; none queued behind an earlier row of the same channel that is not due yet.
   * Rows of `skipPlatforms` (not connected yet) are left out, untouched, so that they neither fill the batch nor use up attempts.
   */
  dueOutbox(now: Date, limit: number, skipPlatforms?: readonly Platform[]): Promise<OutboxWork[]>;
  /**
   * `revision`: the brief revision the row delivered (OutboxWork.revision). A post that delivered an
   * older revision than the stored brief (it raced a rewrite) gets an 'update' row in the same transaction.
   */
  markDelivered(id: number, at: Date, externalId?: string, revision?: number): Promise<void>;
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

  /**
   * Takes or renews the named lease for `holder` until now + ttlMs, when it is free, expired or
   * already theirs; returns the lease as it stands (another holder's when it is taken).
   */
  takeLease(name: string, holder: string, now: Date, ttlMs: number): Promise<Lease>;
  /** Gives the lease up, if `holder` still has it. */
  dropLease(name: string, holder: string): Promise<void>;

  /** Newest first. */
  latestBriefs(query: BriefQuery): Promise<Brief[]>;
  getBrief(id: string): Promise<Brief | undefined>;
  /** Briefs created in [from, to), newest first. */
  briefsBetween(from: Date, to: Date, limit: number): Promise<Brief[]>;
  /**
   * Full-text search over stories (headline, the brief's sections, source titles) and every stored
   * item (title, summary). Every word of the query must match, in any inflection (each word is
   * stemmed, en/ru/uk, and matched as a word start); case, Latin accents and ё/е do not matter.
   * Best first; a story ranks above an item of equal relevance, and items of a returned story are
   * left out. Query syntax is never interpreted: a query without letters or digits finds nothing.
   */
  search(query: string, limit: number): Promise<SearchHit[]>;
  /** A country's briefs, newest first, with their count and the newest of each topic (indexed; no scan). */
  countryTimeline(country: string, limit: number): Promise<CountryTimeline>;

  close(): Promise<void>;
}

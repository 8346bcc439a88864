// Plain data shared by every stage. This module imports nothing (enforced by lint).

export const TOPICS = ['prisoner_release', 'sanctions'] as const;
export type TopicId = (typeof TOPICS)[number];

/** A feed as defined in the catalogue file (or added from chat). */
export interface FeedDefinition {
  /** Stable slug, unique in the catalogue, e.g. "un-news-en". */
  id: string;
  name: string;
  url: string;
  /** BCP-47 primary tag as declared by the catalogue ("en", "ru", "uk"); undefined when unknown. */
  language?: string;
  tags: string[];
  /** Poll interval; undefined means the configured default. */
  intervalSeconds?: number;
}

/** Fetch bookkeeping kept per feed between polls. */
export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** sha256 (hex) of the last successfully parsed body; an identical body is not parsed again. */
  bodyHash?: string;
  /** False until the first successful poll has recorded what the feed already holds. */
  initialised: boolean;
  lastAttemptAt?: Date;
  lastSuccessAt?: Date;
  nextDueAt?: Date;
  consecutiveFailures: number;
  lastError?: string;
  /** Set when the feed was disabled automatically after repeated failures, or paused by an admin. */
  disabledReason?: string;
}

export interface FeedRecord extends FeedDefinition {
  enabled: boolean;
  state: FeedState;
}

/** One entry as a parser returns it: text already stripped of markup. */
export interface ParsedItem {
  guid?: string;
  link?: string;
  title: string;
  summary: string;
  publishedAt?: Date;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  language?: string;
  items: ParsedItem[];
}

/** A parsed item with its identity inside its feed. */
export interface FeedItem extends ParsedItem {
  feedId: string;
  /** Dedupe key: "guid:…", "link:…" (normalised) or "hash:…". Unique per feed. */
  key: string;
  /** sha256 of normalised title + summary, to notice edits without re-posting. */
  contentHash: string;
  language?: string;
}

export type ReleaseAction = 'pardon' | 'swap' | 'exchange' | 'amnesty' | 'release' | 'handover';
export type SanctionsAction =
  | 'impose'
  | 'designate'
  | 'lift'
  | 'ease'
  | 'extend'
  | 'waive'
  | 'delist'
  | 'threaten';
export type Action = ReleaseAction | SanctionsAction;

/** How far the reported action has got: done, announced as decided, offered/planned, or threatened. */
export type Stage = 'completed' | 'announced' | 'proposed' | 'threatened';

/**
 * Who acts and who is acted on. Countries as ISO 3166-1 alpha-2 codes; other parties (a company,
 * an airline, a group) as the name the report uses, e.g. acting ["US"], targeted ["Belavia", "BY"].
 */
export interface Actors {
  acting: string[];
  targeted: string[];
}

export interface Classification {
  topics: TopicId[];
  /** ISO 3166-1 alpha-2, upper case, sorted. */
  countries: string[];
  /** The main action word; undefined when no topic applies. */
  action?: Action;
  /** Undefined when no topic applies. */
  stage?: Stage;
  /** People released (or to be), when the text gives a number: "31 Ukrainians" → 31. */
  people?: number;
  actors: Actors;
  /** 0..1; 0 when no topic applies. */
  confidence: number;
  /** Detected or declared language of the item ("en", "ru", "uk", or another primary tag). */
  language: string;
  /** The phrases that decided it, for editors. */
  evidence: string[];
}

export interface ClassifierInput {
  title: string;
  summary: string;
  /** Language declared by the feed, if any. */
  language?: string;
}

export interface BriefSource {
  feedId: string;
  feedName: string;
  title: string;
  url?: string;
  publishedAt?: Date;
}

/** Platform-neutral brief, rendered by each delivery adapter. */
export interface Brief {
  id: string;
  storyId: string;
  topics: TopicId[];
  action?: Action;
  stage?: Stage;
  /** The best number of people the story's reports give (see brief/). */
  people?: number;
  actors?: Actors;
  countries: string[];
  confidence: number;
  headline: string;
  whatsHappening: string;
  whyItMatters?: string;
  whatsNext?: string;
  sources: BriefSource[];
  createdAt: Date;
  /** Set when a later report changed the brief (it is then edited in place where it was posted). */
  updatedAt?: Date;
}

export interface Story {
  id: string;
  topics: TopicId[];
  countries: string[];
  headline: string;
  firstSeenAt: Date;
  updatedAt: Date;
}

export type Platform = 'console' | 'slack' | 'discord';

/** A digest subscription gets one summary per period instead of every brief as it comes. */
export type DigestSchedule = 'daily' | 'weekly';

export interface SubscriptionFilter {
  /** Empty means every topic. */
  topics: TopicId[];
  /** Empty means every country. */
  countries: string[];
  minConfidence: number;
  /** Undefined: every matching brief is posted as it comes. */
  digest?: DigestSchedule;
}

export interface Subscription extends SubscriptionFilter {
  id: number;
  platform: Platform;
  channel: string;
  active: boolean;
  disabledReason?: string;
  createdAt: Date;
}

export type OutboxStatus = 'pending' | 'delivered' | 'failed';

export interface OutboxEntry {
  id: number;
  briefId: string;
  subscriptionId: number;
  platform: Platform;
  channel: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError?: string;
  /** Platform message id once delivered (for later in-place updates). */
  externalId?: string;
  createdAt: Date;
  deliveredAt?: Date;
}

/** One piece of a command's answer. Adapters render and escape it for their platform. */
export type ReplyPart =
  | { kind: 'text'; text: string } // plain text from us or from feeds: always escaped by the adapter
  | { kind: 'fields'; fields: Array<{ name: string; value: string }> } // short label/value pairs
  | { kind: 'list'; items: Array<{ text: string; url?: string }> } // bullet list, optionally linked
  | { kind: 'brief'; brief: Brief };

/** A platform-neutral answer to a slash command. */
export interface Reply {
  /** Only the person who typed the command sees it (Slack ephemeral, Discord flag 64). */
  ephemeral: boolean;
  title?: string;
  parts: ReplyPart[];
  /** An explanation of bad input or a refusal; adapters may style it as a warning. */
  error?: boolean;
}

// Row types of the database, as Kysely sees them. Column conventions (both dialects):
// timestamps are ISO-8601 UTC text (Date#toISOString, sorts lexicographically), JSON is text,
// booleans are integers 0/1, numeric ids are 32-bit integers (pg returns them as numbers).
import type { Generated } from 'kysely';

export interface FeedsTable {
  id: string;
  name: string;
  url: string;
  language: string | null;
  /** JSON array of strings. */
  tags: string;
  interval_seconds: number | null;
  enabled: number;
  source: 'catalogue' | 'chat';
  created_at: string;
}

export interface FeedStateTable {
  feed_id: string;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  initialised: number;
  last_attempt_at: string | null;
  last_success_at: string | null;
  next_due_at: string | null;
  consecutive_failures: number;
  last_error: string | null;
  disabled_reason: string | null;
}

export interface ItemsTable {
  id: Generated<number>;
  feed_id: string;
  key: string;
  guid: string | null;
  link: string | null;
  title: string;
  summary: string;
  published_at: string | null;
  first_seen_at: string;
  content_hash: string;
  language: string | null;
}

export interface ClassificationsTable {
  item_id: number;
  /** JSON array. */
  topics: string;
  /** JSON array. */
  countries: string;
  action: string | null;
  confidence: number;
  language: string;
  /** JSON array. */
  evidence: string;
  classifier_version: string | null;
  created_at: string;
  /** Added by migration 0004. */
  stage: string | null;
  people: number | null;
  /** JSON Actors {acting, targeted}. */
  actors: Generated<string>;
}

export interface StoriesTable {
  id: string;
  /** JSON array. */
  topics: string;
  /** JSON array. */
  countries: string;
  headline: string;
  first_seen_at: string;
  updated_at: string;
  /** What matching needs (migration 0004): see src/stories/. */
  action: string | null;
  /** Added by migration 0008. */
  stage: string | null;
  people: number | null;
  /** JSON Actors. */
  actors: Generated<string>;
  /** Publication (or first-seen) time of the story's first and latest report. */
  first_report_at: Generated<string>;
  last_report_at: Generated<string>;
  /** Opaque to the store: the stories module's term fingerprint, as JSON ('' before 0004). */
  fingerprint: Generated<string>;
  /** Raised by every growth; a grow from a stale read is refused. */
  revision: Generated<number>;
}

export interface StoryItemsTable {
  story_id: string;
  item_id: number;
}

export interface BriefsTable {
  id: string;
  story_id: string;
  /** JSON of the Brief, Dates as ISO strings. */
  payload: string;
  created_at: string;
  /** Delimited for LIKE filtering: ",prisoner_release,sanctions," ("," when empty). */
  topics: string;
  /** Delimited for LIKE filtering: ",BY,UA," ("," when empty). */
  countries: string;
  confidence: number;
  /** 1 when written, raised by every in-place rewrite (migration 0004). */
  revision: Generated<number>;
}

export interface SubscriptionsTable {
  id: Generated<number>;
  platform: string;
  channel: string;
  /** JSON array, sorted. */
  topics: string;
  /** JSON array, sorted, upper case. */
  countries: string;
  min_confidence: number;
  active: number;
  disabled_reason: string | null;
  created_at: string;
  /** 'none', 'daily' or 'weekly' (added by migration 0003). */
  digest: string;
}

export interface OutboxTable {
  id: Generated<number>;
  brief_id: string;
  subscription_id: number;
  platform: string;
  channel: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  external_id: string | null;
  created_at: string;
  delivered_at: string | null;
  /** 'post' or 'update' (migration 0004); posts are unique per (brief_id, subscription_id). */
  kind: Generated<string>;
  /** For an update: the platform message id it edits. */
  target_id: string | null;
  /** For a delivered post: the brief revision it carried. */
  delivered_revision: number | null;
}

/** One digest of one subscription and period (migration 0003); UNIQUE(subscription_id, period_key). */
export interface DigestRunsTable {
  id: Generated<number>;
  subscription_id: number;
  period_key: string;
  /** 'claimed' (being posted), 'sent', 'retry' (a post failed; the next run in the period tries again) or 'failed' (for good). */
  status: string;
  attempts: number;
  claimed_at: string;
  last_error: string | null;
  external_id: string | null;
  sent_at: string | null;
}

export interface InstanceLeaseTable {
  name: string;
  holder: string;
  acquired_at: string;
  expires_at: string;
}

export interface Database {
  feeds: FeedsTable;
  feed_state: FeedStateTable;
  items: ItemsTable;
  classifications: ClassificationsTable;
  stories: StoriesTable;
  story_items: StoryItemsTable;
  briefs: BriefsTable;
  subscriptions: SubscriptionsTable;
  outbox: OutboxTable;
  digest_runs: DigestRunsTable;
  instance_lease: InstanceLeaseTable;
}

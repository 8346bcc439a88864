// The Store on Kysely: one implementation for SQLite and PostgreSQL. Only dialect-neutral SQL here
// (ON CONFLICT, RETURNING, LIKE … ESCAPE all exist in both); the schema lives in ./migrations/.
import type { Kysely } from 'kysely';
import type { Brief, FeedDefinition, FeedRecord, Platform, Subscription, SubscriptionFilter } from '../core/types.js';
import {
  addFeed,
  briefsBetween,
  deactivateSubscription,
  listChannelSubscriptions,
  removeFeed,
  setFeedEnabled,
} from './kysely-commands.js';
import { claimDigest, digestRuns, settleDigest } from './kysely-digests.js';
import { dropLease, takeLease } from './kysely-lease.js';
import { commitPoll } from './kysely-poll.js';
import { countryBriefs, countryTimeline, search } from './kysely-search.js';
import { markDelivered, storyCandidates, storyReports } from './kysely-stories.js';
import {
  chunks,
  containsToken,
  emptyState,
  iso,
  parseBrief,
  toFeedRecord,
  toOutboxEntry,
  toSubscription,
  upsertState,
} from './rows.js';
import type { Database } from './schema.js';
import type {
  BriefQuery,
  CountryTimeline,
  DigestRun,
  FailureUpdate,
  FeedSource,
  Lease,
  OutboxWork,
  PollCommit,
  PollCommitResult,
  SearchHit,
  Store,
  StoredReport,
  StoryCandidate,
  StoryQuery,
} from './store.js';

/** Rows per multi-row INSERT and values per IN list: far below SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 200;

export class KyselyStore implements Store {
  private closed = false;

  constructor(private readonly db: Kysely<Database>) {}

  // ---- feeds -------------------------------------------------------------------------------

  async syncFeeds(defs: FeedDefinition[]): Promise<void> {
    const now = iso(new Date());
    await this.db.transaction().execute(async (trx) => {
      for (const def of defs) {
        const values = {
          name: def.name,
          url: def.url,
          language: def.language ?? null,
          tags: JSON.stringify(def.tags),
          interval_seconds: def.intervalSeconds ?? null,
        };
        await trx
          .insertInto('feeds')
          .values({ id: def.id, ...values, enabled: 1, source: 'catalogue', created_at: now })
          .onConflict((oc) => oc.column('id').doUpdateSet(values))
          .execute();
        await trx
          .insertInto('feed_state')
          .values(emptyState(def.id))
          .onConflict((oc) => oc.column('feed_id').doNothing())
          .execute();
      }
    });
  }

  async listFeeds(): Promise<FeedRecord[]> {
    const rows = await this.feedQuery().orderBy('feeds.id').execute();
    return rows.map(toFeedRecord);
  }

  async getFeed(id: string): Promise<FeedRecord | undefined> {
    const row = await this.feedQuery().where('feeds.id', '=', id).executeTakeFirst();
    return row && toFeedRecord(row);
  }

  addFeed(def: FeedDefinition): Promise<FeedRecord> {
    return addFeed(this.db, def, (id) => this.getFeed(id));
  }

  removeFeed(id: string): Promise<FeedSource | undefined> {
    return removeFeed(this.db, id);
  }

  setFeedEnabled(id: string, enabled: boolean, reason?: string): Promise<boolean> {
    return setFeedEnabled(this.db, id, enabled, reason);
  }

  private feedQuery() {
    return this.db
      .selectFrom('feeds')
      .leftJoin('feed_state', 'feed_state.feed_id', 'feeds.id')
      .selectAll('feeds')
      .select([
        'feed_state.etag',
        'feed_state.last_modified',
        'feed_state.body_hash',
        'feed_state.initialised',
        'feed_state.last_attempt_at',
        'feed_state.last_success_at',
        'feed_state.next_due_at',
        'feed_state.consecutive_failures',
        'feed_state.last_error',
        'feed_state.disabled_reason',
      ]);
  }

  // ---- polling -----------------------------------------------------------------------------

  async seenKeys(feedId: string, keys: string[]): Promise<Set<string>> {
    const seen = new Set<string>();
    for (const part of chunks([...new Set(keys)], CHUNK)) {
      const rows = await this.db
        .selectFrom('items')
        .select('key')
        .where('feed_id', '=', feedId)
        .where('key', 'in', part)
        .execute();
      for (const row of rows) seen.add(row.key);
    }
    return seen;
  }

  commitPoll(commit: PollCommit): Promise<PollCommitResult> {
    return commitPoll(this.db, commit);
  }

  storyCandidates(query: StoryQuery): Promise<StoryCandidate[]> {
    return storyCandidates(this.db, query);
  }

  storyReports(storyId: string): Promise<StoredReport[]> {
    return storyReports(this.db, storyId);
  }

  async recordUnchanged(feedId: string, at: Date, nextDueAt: Date): Promise<void> {
    const when = iso(at);
    await upsertState(this.db, feedId, {
      last_attempt_at: when,
      last_success_at: when,
      next_due_at: iso(nextDueAt),
      consecutive_failures: 0,
      last_error: null,
    });
  }

  async recordFailure(feedId: string, update: FailureUpdate): Promise<void> {
    const changes = {
      last_attempt_at: iso(update.at),
      next_due_at: iso(update.nextDueAt),
      last_error: update.error,
      ...(update.disable !== undefined ? { disabled_reason: update.disable } : {}),
    };
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('feed_state')
        .values({ ...emptyState(feedId), ...changes, consecutive_failures: 1 })
        .onConflict((oc) =>
          oc.column('feed_id').doUpdateSet((eb) => ({
            ...changes,
            consecutive_failures: eb(eb.ref('feed_state.consecutive_failures'), '+', 1),
          })),
        )
        .execute();
      if (update.disable !== undefined) {
        await trx.updateTable('feeds').set({ enabled: 0 }).where('id', '=', feedId).execute();
      }
    });
  }

  // ---- subscriptions -----------------------------------------------------------------------

  async listSubscriptions(): Promise<Subscription[]> {
    const rows = await this.db.selectFrom('subscriptions').selectAll().orderBy('id').execute();
    return rows.map(toSubscription);
  }

  async ensureSubscription(platform: Platform, channel: string, filter: SubscriptionFilter): Promise<Subscription> {
    if (!Number.isFinite(filter.minConfidence)) throw new Error(`minConfidence must be a finite number`);
    const key = {
      platform,
      channel,
      topics: JSON.stringify([...new Set(filter.topics)].sort()),
      countries: JSON.stringify([...new Set(filter.countries.map((c) => c.toUpperCase()))].sort()),
      min_confidence: filter.minConfidence,
      digest: filter.digest ?? 'none',
    };
    return this.db.transaction().execute(async (trx) => {
      const find = () =>
        trx
          .selectFrom('subscriptions')
          .selectAll()
          .where('platform', '=', key.platform)
          .where('channel', '=', key.channel)
          .where('topics', '=', key.topics)
          .where('countries', '=', key.countries)
          .where('min_confidence', '=', key.min_confidence)
          .where('digest', '=', key.digest)
          .where('active', '=', 1)
          .orderBy('id')
          .executeTakeFirst();
      const existing = await find();
      if (existing) return toSubscription(existing);
      // The partial unique index (active rows) makes a concurrent duplicate a no-op, not a second row.
      await trx
        .insertInto('subscriptions')
        .values({ ...key, active: 1, disabled_reason: null, created_at: iso(new Date()) })
        .onConflict((oc) => oc.doNothing())
        .execute();
      const created = await find();
      if (!created) throw new Error(`ensureSubscription: could not create ${platform}:${channel}`);
      return toSubscription(created);
    });
  }

  listChannelSubscriptions(platform: Platform, channel: string): Promise<Subscription[]> {
    return listChannelSubscriptions(this.db, platform, channel);
  }

  deactivateSubscription(id: number, reason: string): Promise<boolean> {
    return deactivateSubscription(this.db, id, reason);
  }

  // ---- outbox ------------------------------------------------------------------------------

  async dueOutbox(now: Date, limit: number, skipPlatforms: readonly Platform[] = []): Promise<OutboxWork[]> {
    if (limit <= 0) return [];
    const rows = await this.db
      .selectFrom('outbox')
      .innerJoin('briefs', 'briefs.id', 'outbox.brief_id')
      .selectAll('outbox')
      .select(['briefs.payload', 'briefs.revision as brief_revision'])
      .where('outbox.status', '=', 'pending')
      .where('outbox.next_attempt_at', '<=', iso(now))
      .$if(skipPlatforms.length > 0, (qb) => qb.where('outbox.platform', 'not in', [...skipPlatforms]))
      // A channel reads in order: a row waits while an earlier row of its channel waits for a retry.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('outbox as earlier')
              .select('earlier.id')
              .whereRef('earlier.platform', '=', 'outbox.platform')
              .whereRef('earlier.channel', '=', 'outbox.channel')
              .where('earlier.status', '=', 'pending')
              .whereRef('earlier.id', '<', 'outbox.id')
              .where('earlier.next_attempt_at', '>', iso(now)),
          ),
        ),
      )
      .orderBy('outbox.id')
      .limit(Math.floor(limit))
      .execute();
    return rows.map((row) => ({
      entry: toOutboxEntry(row),
      brief: parseBrief(row.payload),
      kind: row.kind === 'update' ? 'update' : 'post',
      ...(row.target_id !== null ? { targetId: row.target_id } : {}),
      revision: row.brief_revision,
    }));
  }

  markDelivered(id: number, at: Date, externalId?: string, revision?: number): Promise<void> {
    return markDelivered(this.db, id, at, externalId, revision);
  }

  async markRetry(id: number, error: string, nextAttemptAt: Date): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error, next_attempt_at: iso(nextAttemptAt) }))
      .where('id', '=', id)
      .execute();
  }

  async markFailed(id: number, error: string): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({ status: 'failed', attempts: eb('attempts', '+', 1), last_error: error }))
      .where('id', '=', id)
      .execute();
  }

  // ---- digests -----------------------------------------------------------------------------

  claimDigest(subscriptionId: number, periodKey: string, now: Date, staleBefore: Date): Promise<DigestRun | undefined> {
    return claimDigest(this.db, subscriptionId, periodKey, now, staleBefore);
  }

  markDigestSent(id: number, at: Date, externalId?: string): Promise<void> {
    return settleDigest(this.db, id, { status: 'sent', at, externalId });
  }

  releaseDigest(id: number, error: string): Promise<void> {
    return settleDigest(this.db, id, { status: 'retry', error });
  }

  failDigest(id: number, error: string): Promise<void> {
    return settleDigest(this.db, id, { status: 'failed', error });
  }

  digestRuns(subscriptionId: number): Promise<DigestRun[]> {
    return digestRuns(this.db, subscriptionId);
  }

  // ---- the worker lease --------------------------------------------------------------------

  takeLease(name: string, holder: string, now: Date, ttlMs: number): Promise<Lease> {
    return takeLease(this.db, name, holder, now, ttlMs);
  }

  dropLease(name: string, holder: string): Promise<void> {
    return dropLease(this.db, name, holder);
  }

  // ---- briefs ------------------------------------------------------------------------------

  async latestBriefs(query: BriefQuery): Promise<Brief[]> {
    if (query.limit <= 0) return [];
    const limit = Math.floor(query.limit);
    if (query.country !== undefined) {
      const rows = await countryBriefs(this.db, query.country.toUpperCase(), query.topic).limit(limit).execute();
      return rows.map((r) => parseBrief(r.payload));
    }
    let q = this.db.selectFrom('briefs').select('payload');
    if (query.topic !== undefined) q = q.where(containsToken('topics', query.topic));
    const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => parseBrief(r.payload));
  }

  async getBrief(id: string): Promise<Brief | undefined> {
    const row = await this.db.selectFrom('briefs').select('payload').where('id', '=', id).executeTakeFirst();
    return row && parseBrief(row.payload);
  }

  briefsBetween(from: Date, to: Date, limit: number): Promise<Brief[]> {
    return briefsBetween(this.db, from, to, limit);
  }

  search(query: string, limit: number): Promise<SearchHit[]> {
    return search(this.db, query, limit);
  }

  countryTimeline(country: string, limit: number): Promise<CountryTimeline> {
    return countryTimeline(this.db, country, limit);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.destroy();
  }
}

// The Store on Kysely: one implementation for SQLite and PostgreSQL. Only dialect-neutral SQL here
// (ON CONFLICT, RETURNING, LIKE … ESCAPE all exist in both); the schema lives in ./migrations/.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type {
  Brief,
  FeedDefinition,
  FeedRecord,
  OutboxEntry,
  OutboxStatus,
  Platform,
  Subscription,
  SubscriptionFilter,
  TopicId,
} from '../core/types.js';
import type { Database, FeedStateTable, FeedsTable, OutboxTable, SubscriptionsTable } from './schema.js';
import type {
  BriefQuery,
  FailureUpdate,
  OutboxWork,
  PollCommit,
  PollCommitResult,
  Store,
} from './store.js';

type Db = Kysely<Database> | Transaction<Database>;

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

  async commitPoll(commit: PollCommit): Promise<PollCommitResult> {
    const { feedId, state } = commit;
    const at = iso(state.at);
    return this.db.transaction().execute(async (trx) => {
      await upsertState(trx, feedId, {
        etag: state.etag ?? null,
        last_modified: state.lastModified ?? null,
        body_hash: state.bodyHash ?? null,
        initialised: 1,
        last_attempt_at: at,
        last_success_at: at,
        next_due_at: iso(state.nextDueAt),
        consecutive_failures: 0,
        last_error: null,
      });

      // Items: already-known (feed_id, key) pairs are skipped; RETURNING yields only the new rows.
      const inserted = new Map<string, number>();
      for (const part of chunks(commit.items, CHUNK)) {
        const rows = await trx
          .insertInto('items')
          .values(
            part.map(({ item }) => ({
              feed_id: feedId,
              key: item.key,
              guid: item.guid ?? null,
              link: item.link ?? null,
              title: item.title,
              summary: item.summary,
              published_at: lenientIso(item.publishedAt),
              first_seen_at: at,
              content_hash: item.contentHash,
              language: item.language ?? null,
            })),
          )
          .onConflict((oc) => oc.columns(['feed_id', 'key']).doNothing())
          .returning(['id', 'key'])
          .execute();
        for (const row of rows) inserted.set(row.key, row.id);
      }

      const classified = new Set<number>();
      const classifications = [];
      for (const { item, classification, classifierVersion } of commit.items) {
        const itemId = inserted.get(item.key);
        if (itemId === undefined || !classification || classified.has(itemId)) continue;
        classified.add(itemId);
        classifications.push({
          item_id: itemId,
          topics: JSON.stringify(classification.topics),
          countries: JSON.stringify(classification.countries),
          action: classification.action ?? null,
          confidence: classification.confidence,
          language: classification.language,
          evidence: JSON.stringify(classification.evidence),
          classifier_version: classifierVersion ?? null,
          created_at: at,
        });
      }
      for (const part of chunks(classifications, CHUNK)) {
        await trx.insertInto('classifications').values(part).execute();
      }

      const outboxIds: number[] = [];
      for (const { story, brief, itemKeys, subscriptionIds } of commit.briefs) {
        const storyValues = {
          topics: JSON.stringify(story.topics),
          countries: JSON.stringify(story.countries),
          headline: story.headline,
          updated_at: iso(story.updatedAt),
        };
        await trx
          .insertInto('stories')
          .values({ id: story.id, ...storyValues, first_seen_at: iso(story.firstSeenAt) })
          .onConflict((oc) => oc.column('id').doUpdateSet(storyValues))
          .execute();

        const keys = [...new Set(itemKeys)];
        const itemIds = new Map<string, number>();
        for (const part of chunks(keys, CHUNK)) {
          const rows = await trx
            .selectFrom('items')
            .select(['id', 'key'])
            .where('feed_id', '=', feedId)
            .where('key', 'in', part)
            .execute();
          for (const row of rows) itemIds.set(row.key, row.id);
        }
        const missing = keys.filter((k) => !itemIds.has(k));
        if (missing.length > 0) {
          throw new Error(`commitPoll: story ${story.id} references unknown item keys of feed ${feedId}: ${missing.join(', ')}`);
        }
        if (itemIds.size > 0) {
          await trx
            .insertInto('story_items')
            .values([...itemIds.values()].map((itemId) => ({ story_id: story.id, item_id: itemId })))
            .onConflict((oc) => oc.columns(['story_id', 'item_id']).doNothing())
            .execute();
        }

        // Briefs are immutable once written: re-committing the same id keeps the first version.
        await trx
          .insertInto('briefs')
          .values({
            id: brief.id,
            story_id: brief.storyId,
            payload: serialiseBrief(brief),
            created_at: iso(brief.createdAt),
            topics: delimited(brief.topics),
            countries: delimited(brief.countries),
            confidence: brief.confidence,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();

        const wanted = [...new Set(subscriptionIds)];
        if (wanted.length === 0) continue;
        const subs = await trx
          .selectFrom('subscriptions')
          .select(['id', 'platform', 'channel'])
          .where('id', 'in', wanted)
          .where('active', '=', 1)
          .orderBy('id')
          .execute();
        if (subs.length === 0) continue;
        const rows = await trx
          .insertInto('outbox')
          .values(
            subs.map((s) => ({
              brief_id: brief.id,
              subscription_id: s.id,
              platform: s.platform,
              channel: s.channel,
              status: 'pending',
              attempts: 0,
              next_attempt_at: at,
              created_at: at,
            })),
          )
          .onConflict((oc) => oc.columns(['brief_id', 'subscription_id']).doNothing())
          .returning('id')
          .execute();
        outboxIds.push(...rows.map((r) => r.id).sort((a, b) => a - b));
      }

      return { itemsInserted: inserted.size, outboxIds };
    });
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

  // ---- outbox ------------------------------------------------------------------------------

  async dueOutbox(now: Date, limit: number): Promise<OutboxWork[]> {
    if (limit <= 0) return [];
    const rows = await this.db
      .selectFrom('outbox')
      .innerJoin('briefs', 'briefs.id', 'outbox.brief_id')
      .selectAll('outbox')
      .select('briefs.payload')
      .where('outbox.status', '=', 'pending')
      .where('outbox.next_attempt_at', '<=', iso(now))
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
    return rows.map((row) => ({ entry: toOutboxEntry(row), brief: parseBrief(row.payload) }));
  }

  async markDelivered(id: number, at: Date, externalId?: string): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({
        status: 'delivered',
        attempts: eb('attempts', '+', 1),
        delivered_at: iso(at),
        external_id: externalId ?? null,
        last_error: null,
      }))
      .where('id', '=', id)
      .execute();
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

  // ---- briefs ------------------------------------------------------------------------------

  async latestBriefs(query: BriefQuery): Promise<Brief[]> {
    if (query.limit <= 0) return [];
    let q = this.db.selectFrom('briefs').select('payload');
    if (query.topic !== undefined) q = q.where(containsToken('topics', query.topic));
    if (query.country !== undefined) q = q.where(containsToken('countries', query.country.toUpperCase()));
    const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(Math.floor(query.limit)).execute();
    return rows.map((r) => parseBrief(r.payload));
  }

  async getBrief(id: string): Promise<Brief | undefined> {
    const row = await this.db.selectFrom('briefs').select('payload').where('id', '=', id).executeTakeFirst();
    return row && parseBrief(row.payload);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.destroy();
  }
}

// ---- helpers -----------------------------------------------------------------------------------

function emptyState(feedId: string): FeedStateTable {
  return {
    feed_id: feedId,
    etag: null,
    last_modified: null,
    body_hash: null,
    initialised: 0,
    last_attempt_at: null,
    last_success_at: null,
    next_due_at: null,
    consecutive_failures: 0,
    last_error: null,
    disabled_reason: null,
  };
}

async function upsertState(db: Db, feedId: string, changes: Partial<Omit<FeedStateTable, 'feed_id'>>): Promise<void> {
  await db
    .insertInto('feed_state')
    .values({ ...emptyState(feedId), ...changes })
    .onConflict((oc) => oc.column('feed_id').doUpdateSet(changes))
    .execute();
}

/**
 * Topic and country filters: the lists are also stored as ",a,b," and matched with
 * LIKE '%,a,%' ESCAPE '\'. Plain LIKE behaves the same in SQLite and PostgreSQL (unlike JSON
 * operators, json_each vs jsonb ?, or instr vs strpos); the values are canonical case, and the
 * escape keeps "_" in "prisoner_release" literal.
 */
function delimited(values: readonly string[]): string {
  return `,${values.join(',')},`;
}

function containsToken(column: 'topics' | 'countries', value: TopicId | string) {
  const pattern = `%,${value.replace(/[\\%_]/g, (c) => `\\${c}`)},%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

function iso(d: Date): string {
  // Throws RangeError on an invalid Date, which rolls back the surrounding transaction.
  return d.toISOString();
}

/** Dates that come from feeds: an unparseable one is dropped rather than failing the poll. */
function lenientIso(d: Date | undefined): string | null {
  return d !== undefined && Number.isFinite(d.getTime()) ? d.toISOString() : null;
}

function toDate(s: string | null): Date | undefined {
  return s === null ? undefined : new Date(s);
}

function opt<T>(v: T | null): T | undefined {
  return v === null ? undefined : v;
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

type FeedRow = FeedsTable & { [K in keyof Omit<FeedStateTable, 'feed_id'>]: FeedStateTable[K] | null };

function toFeedRecord(row: FeedRow): FeedRecord {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    language: opt(row.language),
    tags: JSON.parse(row.tags) as string[],
    intervalSeconds: opt(row.interval_seconds),
    enabled: row.enabled === 1,
    state: {
      etag: opt(row.etag),
      lastModified: opt(row.last_modified),
      bodyHash: opt(row.body_hash),
      initialised: row.initialised === 1,
      lastAttemptAt: toDate(row.last_attempt_at),
      lastSuccessAt: toDate(row.last_success_at),
      nextDueAt: toDate(row.next_due_at),
      consecutiveFailures: row.consecutive_failures ?? 0,
      lastError: opt(row.last_error),
      disabledReason: opt(row.disabled_reason),
    },
  };
}

function toSubscription(row: Selectable<SubscriptionsTable>): Subscription {
  return {
    id: row.id,
    platform: row.platform as Platform,
    channel: row.channel,
    topics: JSON.parse(row.topics) as TopicId[],
    countries: JSON.parse(row.countries) as string[],
    minConfidence: row.min_confidence,
    active: row.active === 1,
    disabledReason: opt(row.disabled_reason),
    createdAt: new Date(row.created_at),
  };
}

function toOutboxEntry(row: Selectable<OutboxTable>): OutboxEntry {
  return {
    id: row.id,
    briefId: row.brief_id,
    subscriptionId: row.subscription_id,
    platform: row.platform as Platform,
    channel: row.channel,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: new Date(row.next_attempt_at),
    lastError: opt(row.last_error),
    externalId: opt(row.external_id),
    createdAt: new Date(row.created_at),
    deliveredAt: toDate(row.delivered_at),
  };
}

/** JSON of a Brief with every Date as an ISO string (an invalid createdAt throws). */
function serialiseBrief(brief: Brief): string {
  return JSON.stringify({
    ...brief,
    createdAt: iso(brief.createdAt),
    sources: brief.sources.map((s) => ({ ...s, publishedAt: lenientIso(s.publishedAt) ?? undefined })),
  });
}

function parseBrief(payload: string): Brief {
  const raw = JSON.parse(payload) as Omit<Brief, 'createdAt' | 'sources'> & {
    createdAt: string;
    sources: (Omit<Brief['sources'][number], 'publishedAt'> & { publishedAt?: string })[];
  };
  return {
    ...raw,
    createdAt: new Date(raw.createdAt),
    sources: raw.sources.map((s) => ({ ...s, publishedAt: s.publishedAt === undefined ? undefined : new Date(s.publishedAt) })),
  };
}

// Row conversions and small SQL helpers shared by the Kysely store modules.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Brief, FeedRecord, OutboxEntry, OutboxStatus, Platform, Subscription, TopicId } from '../core/types.js';
import type { Database, FeedStateTable, FeedsTable, OutboxTable, SubscriptionsTable } from './schema.js';

export type Db = Kysely<Database> | Transaction<Database>;

export function emptyState(feedId: string): FeedStateTable {
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

export async function upsertState(db: Db, feedId: string, changes: Partial<Omit<FeedStateTable, 'feed_id'>>): Promise<void> {
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
export function delimited(values: readonly string[]): string {
  return `,${values.join(',')},`;
}

export function containsToken(column: 'topics' | 'countries', value: TopicId | string) {
  const pattern = `%,${value.replace(/[\\%_]/g, (c) => `\\${c}`)},%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

export function iso(d: Date): string {
  // Throws RangeError on an invalid Date, which rolls back the surrounding transaction.
  return d.toISOString();
}

/** Dates that come from feeds: an unparseable one is dropped rather than failing the poll. */
export function lenientIso(d: Date | undefined): string | null {
  return d !== undefined && Number.isFinite(d.getTime()) ? d.toISOString() : null;
}

export function toDate(s: string | null): Date | undefined {
  return s === null ? undefined : new Date(s);
}

export function opt<T>(v: T | null): T | undefined {
  return v === null ? undefined : v;
}

export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export type FeedRow = FeedsTable & { [K in keyof Omit<FeedStateTable, 'feed_id'>]: FeedStateTable[K] | null };

export function toFeedRecord(row: FeedRow): FeedRecord {
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

export function toSubscription(row: Selectable<SubscriptionsTable>): Subscription {
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
    // Only present on digest subscriptions, so plain ones read exactly as before.
    ...(row.digest === 'daily' || row.digest === 'weekly' ? { digest: row.digest } : {}),
  };
}

export function toOutboxEntry(row: Selectable<OutboxTable>): OutboxEntry {
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
export function serialiseBrief(brief: Brief): string {
  return JSON.stringify({
    ...brief,
    createdAt: iso(brief.createdAt),
    sources: brief.sources.map((s) => ({ ...s, publishedAt: lenientIso(s.publishedAt) ?? undefined })),
  });
}

export function parseBrief(payload: string): Brief {
  const raw = JSON.parse(payload) as Omit<Brief, 'createdAt' | 'updatedAt' | 'sources'> & {
    createdAt: string;
    updatedAt?: string;
    sources: (Omit<Brief['sources'][number], 'publishedAt'> & { publishedAt?: string })[];
  };
  const { updatedAt, ...rest } = raw;
  return {
    ...rest,
    createdAt: new Date(raw.createdAt),
    // Only present once a story grew, so a brief that never changed reads exactly as written.
    ...(updatedAt !== undefined ? { updatedAt: new Date(updatedAt) } : {}),
    sources: raw.sources.map((s) => ({ ...s, publishedAt: s.publishedAt === undefined ? undefined : new Date(s.publishedAt) })),
  };
}

/** LIKE pattern matching `text` anywhere, with \, % and _ taken literally (use with ESCAPE '\'). */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

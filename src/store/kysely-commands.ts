// Store operations behind the /brief chat commands: feeds added, removed and paused from chat,
// one channel's subscriptions, and brief queries for digests. Dialect-neutral SQL only.
import type { Kysely } from 'kysely';
import type { Brief, FeedDefinition, FeedRecord, Platform, Subscription } from '../core/types.js';
import { emptyState, iso, parseBrief, toSubscription, upsertState } from './rows.js';
import type { Database } from './schema.js';
import { DuplicateFeedError, type FeedSource } from './store.js';

type Db = Kysely<Database>;

export async function addFeed(db: Db, def: FeedDefinition, read: (id: string) => Promise<FeedRecord | undefined>): Promise<FeedRecord> {
  const wanted = sameUrlKey(def.url);
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('feeds').select(['id', 'url']).execute();
    const sameId = existing.find((f) => f.id === def.id);
    if (sameId) throw new DuplicateFeedError('id', sameId.id, `A feed with id "${def.id}" already exists`);
    const sameUrl = existing.find((f) => sameUrlKey(f.url) === wanted);
    if (sameUrl) throw new DuplicateFeedError('url', sameUrl.id, `Feed "${sameUrl.id}" already polls ${def.url}`);
    const inserted = await trx
      .insertInto('feeds')
      .values({
        id: def.id,
        name: def.name,
        url: def.url,
        language: def.language ?? null,
        tags: JSON.stringify(def.tags),
        interval_seconds: def.intervalSeconds ?? null,
        enabled: 1,
        source: 'chat',
        created_at: iso(new Date()),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    // A concurrent add of the same id got there first.
    if (inserted.length === 0) throw new DuplicateFeedError('id', def.id, `A feed with id "${def.id}" already exists`);
    await trx
      .insertInto('feed_state')
      .values(emptyState(def.id))
      .onConflict((oc) => oc.column('feed_id').doNothing())
      .execute();
  });
  const record = await read(def.id);
  if (!record) throw new Error(`addFeed: feed ${def.id} vanished after insert`);
  return record;
}

export async function removeFeed(db: Db, id: string): Promise<FeedSource | undefined> {
  return db.transaction().execute(async (trx) => {
    const feed = await trx.selectFrom('feeds').select('source').where('id', '=', id).executeTakeFirst();
    if (!feed) return undefined;
    // Explicit deletes rather than trusting ON DELETE CASCADE alone: a SQLite connection opened
    // without foreign_keys=ON would otherwise leave orphans behind.
    const itemIds = trx.selectFrom('items').select('id').where('feed_id', '=', id);
    await trx.deleteFrom('story_items').where('item_id', 'in', itemIds).execute();
    await trx.deleteFrom('classifications').where('item_id', 'in', itemIds).execute();
    await trx.deleteFrom('items').where('feed_id', '=', id).execute();
    await trx.deleteFrom('feed_state').where('feed_id', '=', id).execute();
    await trx.deleteFrom('feeds').where('id', '=', id).execute();
    return feed.source;
  });
}

export async function setFeedEnabled(db: Db, id: string, enabled: boolean, reason?: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('feeds')
      .set({ enabled: enabled ? 1 : 0 })
      .where('id', '=', id)
      .returning('id')
      .execute();
    if (updated.length === 0) return false;
    await upsertState(
      trx,
      id,
      enabled
        ? { disabled_reason: null, consecutive_failures: 0, next_due_at: null }
        : { disabled_reason: reason ?? 'paused' },
    );
    return true;
  });
}

export async function listChannelSubscriptions(db: Db, platform: Platform, channel: string): Promise<Subscription[]> {
  const rows = await db
    .selectFrom('subscriptions')
    .selectAll()
    .where('platform', '=', platform)
    .where('channel', '=', channel)
    .orderBy('id')
    .execute();
  return rows.map(toSubscription);
}

export async function deactivateSubscription(db: Db, id: number, reason: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .updateTable('subscriptions')
      .set({ active: 0, disabled_reason: reason })
      .where('id', '=', id)
      .where('active', '=', 1)
      .returning('id')
      .execute();
    if (rows.length === 0) return false;
    // Briefs still queued for it are not sent: the channel is gone or asked to stop.
    await trx
      .updateTable('outbox')
      .set({ status: 'failed', last_error: `subscription stopped: ${reason}` })
      .where('subscription_id', '=', id)
      .where('status', '=', 'pending')
      .execute();
    return true;
  });
}

export async function briefsBetween(db: Db, from: Date, to: Date, limit: number): Promise<Brief[]> {
  if (limit <= 0) return [];
  const rows = await db
    .selectFrom('briefs')
    .select('payload')
    .where('created_at', '>=', iso(from))
    .where('created_at', '<', iso(to))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(Math.floor(limit))
    .execute();
  return rows.map((r) => parseBrief(r.payload));
}

/** Two spellings of one feed URL compare equal: scheme and host case, default port, fragment. */
function sameUrlKey(raw: string): string {
  try {
    const url = new URL(raw.trim());
    url.hash = '';
    return url.href;
  } catch {
    return raw.trim();
  }
}

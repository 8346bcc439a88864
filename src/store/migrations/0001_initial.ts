// Frozen: never edit a migration that has shipped; add a new numbered file instead.
import { sql, type Kysely } from 'kysely';
import { addAutoIncrementId, type SqlDialect } from './dialect.js';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('interval_seconds', 'integer')
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('feed_state')
    .addColumn('feed_id', 'text', (c) => c.primaryKey().references('feeds.id').onDelete('cascade'))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('body_hash', 'text')
    .addColumn('initialised', 'integer', (c) => c.notNull())
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('next_due_at', 'text')
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('disabled_reason', 'text')
    .execute();

  await addAutoIncrementId(dialect, db.schema.createTable('items'))
    .addColumn('feed_id', 'text', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('guid', 'text')
    .addColumn('link', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addUniqueConstraint('items_feed_key_unique', ['feed_id', 'key'])
    .execute();

  await db.schema
    .createTable('classifications')
    .addColumn('item_id', 'integer', (c) => c.primaryKey().references('items.id').onDelete('cascade'))
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('action', 'text')
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('classifier_version', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('story_items')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('items.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('story_items_pk', ['story_id', 'item_id'])
    .execute();
  await db.schema.createIndex('story_items_item').on('story_items').column('item_id').execute();

  await db.schema
    .createTable('briefs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('confidence', 'double precision', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('briefs_created').on('briefs').columns(['created_at', 'id']).execute();

  await addAutoIncrementId(dialect, db.schema.createTable('subscriptions'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('min_confidence', 'double precision', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('disabled_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // At most one active subscription per (platform, channel, filter); inactive ones may repeat.
  await db.schema
    .createIndex('subscriptions_active_unique')
    .on('subscriptions')
    .columns(['platform', 'channel', 'topics', 'countries', 'min_confidence'])
    .unique()
    .where(sql.ref('active'), '=', 1)
    .execute();

  await addAutoIncrementId(dialect, db.schema.createTable('outbox'))
    .addColumn('brief_id', 'text', (c) => c.notNull().references('briefs.id').onDelete('cascade'))
    .addColumn('subscription_id', 'integer', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('external_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text')
    .addUniqueConstraint('outbox_brief_subscription_unique', ['brief_id', 'subscription_id'])
    .execute();
  await db.schema.createIndex('outbox_status_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
}

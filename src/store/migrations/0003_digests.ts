// Frozen: never edit a migration that has shipped; add a new numbered file instead.
// Digest subscriptions and the record of digests sent. subscriptions.digest is 'none' (a brief is
// posted as it comes), 'daily' or 'weekly'; it joins the "one active subscription per filter"
// index so a channel may hold a plain and a digest subscription with the same filter. NOT NULL with
// a default rather than NULL: NULLs never collide in a unique index, in either dialect.
// digest_runs holds one row per (subscription, period): the row is the claim that makes a digest
// go out once, also across restarts and overlapping runs.
import { sql, type Kysely } from 'kysely';
import { addAutoIncrementId, type SqlDialect } from './dialect.js';

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema.alterTable('subscriptions').addColumn('digest', 'text', (c) => c.notNull().defaultTo('none')).execute();
  await db.schema.dropIndex('subscriptions_active_unique').execute();
  await db.schema
    .createIndex('subscriptions_active_unique_v2')
    .on('subscriptions')
    .columns(['platform', 'channel', 'topics', 'countries', 'min_confidence', 'digest'])
    .unique()
    .where(sql.ref('active'), '=', 1)
    .execute();

  await addAutoIncrementId(dialect, db.schema.createTable('digest_runs'))
    .addColumn('subscription_id', 'integer', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('external_id', 'text')
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('digest_runs_subscription_period_unique', ['subscription_id', 'period_key'])
    .execute();
}

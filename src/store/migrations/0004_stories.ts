// Frozen: never edit a migration that has shipped; add a new numbered file instead.
// Stories that grow: one event, one brief, edited in place where it was posted.
// - classifications: the classifier's stage, people count and actors (JSON).
// - stories: what matching a new report needs (action, people, actors, first/last report time, the
//   term fingerprint as JSON) and a revision, so two polls cannot grow a story from stale reads.
// - briefs: a revision, raised by every in-place rewrite.
// - outbox: kind 'post' or 'update'; an update carries the message it edits (target_id);
//   delivered_revision is the brief revision a post carried, so a post that raced a rewrite gets
//   an update. Posts stay unique per (brief, subscription); updates may repeat, so the old
//   UNIQUE(brief_id, subscription_id) becomes a partial unique index on posts. SQLite cannot drop a
//   table constraint: there the table is rebuilt (ids and the AUTOINCREMENT counter kept: outbox ids
//   are delivery idempotency keys), inside one transaction so a crash leaves the old table whole.
import { sql, type Kysely } from 'kysely';
import { addAutoIncrementId, type SqlDialect } from './dialect.js';

const NO_ACTORS = '{"acting":[],"targeted":[]}';
const OLD_COLUMNS = [
  'id',
  'brief_id',
  'subscription_id',
  'platform',
  'channel',
  'status',
  'attempts',
  'next_attempt_at',
  'last_error',
  'external_id',
  'created_at',
  'delivered_at',
].join(', ');

export async function up(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  if (dialect === 'sqlite') await db.transaction().execute((trx) => migrate(trx, dialect));
  else await migrate(db, dialect);
}

async function migrate(db: Kysely<unknown>, dialect: SqlDialect): Promise<void> {
  await db.schema.alterTable('classifications').addColumn('stage', 'text').execute();
  await db.schema.alterTable('classifications').addColumn('people', 'integer').execute();
  await db.schema.alterTable('classifications').addColumn('actors', 'text', (c) => c.notNull().defaultTo(NO_ACTORS)).execute();

  await db.schema.alterTable('stories').addColumn('action', 'text').execute();
  await db.schema.alterTable('stories').addColumn('people', 'integer').execute();
  await db.schema.alterTable('stories').addColumn('actors', 'text', (c) => c.notNull().defaultTo(NO_ACTORS)).execute();
  await db.schema.alterTable('stories').addColumn('first_report_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('stories').addColumn('last_report_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  // Empty for stories from before: they match nothing by text, and are older than a week anyway.
  await db.schema.alterTable('stories').addColumn('fingerprint', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('stories').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`UPDATE stories SET first_report_at = first_seen_at, last_report_at = updated_at`.execute(db);
  await db.schema.createIndex('stories_last_report').on('stories').column('last_report_at').execute();

  await db.schema.alterTable('briefs').addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1)).execute();

  if (dialect === 'sqlite') {
    await rebuildOutboxSqlite(db);
  } else {
    await db.schema.alterTable('outbox').dropConstraint('outbox_brief_subscription_unique').execute();
    await db.schema.alterTable('outbox').addColumn('kind', 'text', (c) => c.notNull().defaultTo('post')).execute();
    await db.schema.alterTable('outbox').addColumn('target_id', 'text').execute();
    await db.schema.alterTable('outbox').addColumn('delivered_revision', 'integer').execute();
  }
  await db.schema
    .createIndex('outbox_post_unique')
    .on('outbox')
    .columns(['brief_id', 'subscription_id'])
    .unique()
    .where(sql.ref('kind'), '=', 'post')
    .execute();
  await db.schema.createIndex('outbox_brief').on('outbox').column('brief_id').execute();
}

async function rebuildOutboxSqlite(db: Kysely<unknown>): Promise<void> {
  await addAutoIncrementId('sqlite', db.schema.createTable('outbox_0004'))
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
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('post'))
    .addColumn('target_id', 'text')
    .addColumn('delivered_revision', 'integer')
    .execute();
  await sql.raw(`INSERT INTO outbox_0004 (${OLD_COLUMNS}) SELECT ${OLD_COLUMNS} FROM outbox`).execute(db);
  const counter = await sql<{ seq: number }>`SELECT seq FROM sqlite_sequence WHERE name = 'outbox'`.execute(db);
  await db.schema.dropTable('outbox').execute();
  await db.schema.alterTable('outbox_0004').renameTo('outbox').execute();
  const seq = counter.rows[0]?.seq;
  if (seq !== undefined) {
    await sql`DELETE FROM sqlite_sequence WHERE name = 'outbox'`.execute(db);
    await sql`INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ${seq})`.execute(db);
  }
  await db.schema.createIndex('outbox_status_due').on('outbox').columns(['status', 'next_attempt_at']).execute();
}

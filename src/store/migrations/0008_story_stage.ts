// Frozen: never edit a migration that has shipped; add a new numbered file instead.
// stories.stage: how far the story's action has gone (completed, announced, proposed, threatened).
// Matching keeps an offer or a threat apart from a decision taken ("further relief possible" and
// "US eases sanctions on Belavia", hours apart). Stories stored before this have none: no veto.
import type { Kysely } from 'kysely';
import type { SqlDialect } from './dialect.js';

export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema.alterTable('stories').addColumn('stage', 'text').execute();
}

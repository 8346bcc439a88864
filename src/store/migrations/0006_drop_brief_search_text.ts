// Frozen: never edit a migration that has shipped; add a new numbered file instead.
// briefs.search_text (0002) fed the LIKE search that 0005's full-text index replaced; nothing reads
// it since, so it goes rather than being written on every brief. SQLite drops a column in place
// (3.35+) when no index or trigger names it, which holds here; 0005's triggers read the payload.
import type { Kysely } from 'kysely';
import type { SqlDialect } from './dialect.js';

export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema.alterTable('briefs').dropColumn('search_text').execute();
}

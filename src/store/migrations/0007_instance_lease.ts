// Frozen: never edit a migration that has shipped; add a new numbered file instead.
// instance_lease: which process works on this database. One row per lease name ('worker'): the
// holder renews it while it polls and delivers; a second process (npm start twice, or `poll --once`
// beside a running bot) sees a live lease and refuses to start, instead of racing it into posting
// one event twice. Times are ISO text like every other time column.
import type { Kysely } from 'kysely';
import type { SqlDialect } from './dialect.js';

export async function up(db: Kysely<unknown>, _dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('instance_lease')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('acquired_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

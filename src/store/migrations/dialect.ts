// The only place migrations differ per dialect. Frozen migrations import this, so its output for
// existing callers must never change; add new helpers instead of altering these.
import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';

export type SqlDialect = 'sqlite' | 'postgres';

/**
 * Adds `id` as an auto-incrementing integer primary key. SQLite: INTEGER PRIMARY KEY AUTOINCREMENT
 * (AUTOINCREMENT so ids are never reused: outbox ids double as delivery idempotency keys).
 * PostgreSQL: SERIAL PRIMARY KEY.
 */
export function addAutoIncrementId<TB extends string, C extends string>(
  dialect: SqlDialect,
  table: CreateTableBuilder<TB, C>,
): CreateTableBuilder<TB, C | 'id'> {
  return dialect === 'sqlite'
    ? table.addColumn('id', 'integer', (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement())
    : table.addColumn('id', 'serial', (c: ColumnDefinitionBuilder) => c.primaryKey());
}

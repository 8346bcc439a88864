// Scaffolding for migration tests: a database of either dialect migrated up to a named migration,
// seeded by the test through an untyped handle, then opened by the current store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect } from 'vitest';
import { migrationProvider, type SqlDialect } from '../../src/store/migrations/index.js';
import { startPostgres, type TestPostgres } from './postgres.js';

/** Rows in, without the current schema's types: the tables are as they were at that migration. */
export type RawDb = Kysely<Record<string, Record<string, unknown>>>;

export interface UpgradeDatabase {
  dialect: SqlDialect;
  /** The store URL of the database. */
  url: string;
  /** A fresh Kysely handle on it; destroy it when done. */
  open(): Kysely<unknown>;
}

/** Registers a PostgreSQL server and a temporary folder for the file's tests. */
export function upgradeDatabases(prefix: string): { sqlite(name: string): UpgradeDatabase; postgres(name: string): Promise<UpgradeDatabase> } {
  const dir = mkdtempSync(join(tmpdir(), `attache-${prefix}-`));
  let server: TestPostgres | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    sqlite(name) {
      const file = join(dir, `${name}.db`);
      return { dialect: 'sqlite', url: `sqlite:${file}`, open: () => new Kysely<unknown>({ dialect: new SqliteDialect({ database: new BetterSqlite3(file) }) }) };
    },
    async postgres(name) {
      const url = await server!.createDatabase(name);
      const open = () => {
        const pool = new pg.Pool({ connectionString: url, max: 2 });
        pool.on('error', () => {}); // an idle client closed by the server at teardown is not a failure
        return new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
      };
      return { dialect: 'postgres', url, open };
    },
  };
}

/** Migrates the database up to `migration` and lets `seed` write rows as they were then. */
export async function seedAt(database: UpgradeDatabase, migration: string, seed: (raw: RawDb) => Promise<void>): Promise<void> {
  const db = database.open();
  try {
    const result = await new Migrator({ db, provider: migrationProvider(database.dialect) }).migrateTo(migration);
    expect(result.error).toBeUndefined();
    await seed(db as unknown as RawDb);
  } finally {
    await db.destroy();
  }
}

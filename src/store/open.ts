// Opens the store named by DATABASE_URL and brings its schema up to date.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import pg from 'pg';
import { KyselyStore } from './kysely-store.js';
import { migrationProvider, type SqlDialect } from './migrations/index.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

export interface StoreLogger {
  info(obj: object, msg?: string): void;
  warn?(obj: object, msg?: string): void;
}

export interface OpenStoreOptions {
  logger?: StoreLogger;
}

/** How long a SQLite writer waits for a lock held by another connection/process. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

export type DatabaseTarget = { dialect: 'sqlite'; filename: string } | { dialect: 'postgres'; connectionString: string };

/**
 * `sqlite::memory:`, `sqlite:<path>` (relative to the working directory, or absolute; `sqlite://<path>`
 * is accepted too), `postgres://…` or `postgresql://…`.
 */
export function parseDatabaseUrl(databaseUrl: string): DatabaseTarget {
  const url = databaseUrl.trim();
  if (/^postgres(ql)?:\/\//i.test(url)) return { dialect: 'postgres', connectionString: url };
  if (/^sqlite:/i.test(url)) {
    let rest = url.slice('sqlite:'.length);
    if (rest.startsWith('//')) rest = rest.slice(2);
    if (rest === ':memory:') return { dialect: 'sqlite', filename: ':memory:' };
    if (rest === '') throw new Error(`DATABASE_URL "${databaseUrl}" has no file path; use e.g. sqlite:./data/attache.db`);
    return { dialect: 'sqlite', filename: resolve(rest) };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  throw new Error(
    `Unsupported DATABASE_URL${scheme ? ` scheme "${scheme}:"` : ` "${redact(databaseUrl)}"`}: ` +
      'expected sqlite:<path>, sqlite::memory: or postgres://user:pass@host:port/db',
  );
}

export async function openStore(databaseUrl: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const target = parseDatabaseUrl(databaseUrl);
  const db = new Kysely<Database>({ dialect: createDialect(target, opts.logger) });
  try {
    await migrate(db, target.dialect, opts.logger);
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw err;
  }
  return new KyselyStore(db);
}

function createDialect(target: DatabaseTarget, logger?: StoreLogger): Dialect {
  if (target.dialect === 'sqlite') {
    if (target.filename !== ':memory:') mkdirSync(dirname(target.filename), { recursive: true });
    const database = new BetterSqlite3(target.filename);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    return new SqliteDialect({ database });
  }
  const pool = new pg.Pool({ connectionString: target.connectionString, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (err) => (logger?.warn ?? logger?.info)?.call(logger, { err }, 'postgres pool: idle client error'));
  return new PostgresDialect({ pool });
}

async function migrate(db: Kysely<Database>, dialect: SqlDialect, logger?: StoreLogger): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  for (const r of results ?? []) {
    if (r.status === 'Success') logger?.info({ migration: r.migrationName, dialect }, 'database migration applied');
  }
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      failed ? `database migration ${failed} failed: ${message}` : `could not migrate the ${dialect} database: ${message}`,
      { cause: error },
    );
  }
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

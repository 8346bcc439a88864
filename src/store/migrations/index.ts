// Static migration provider: migrations are code, bundled with the app (no directory scanning).
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_initial.js';
import * as m0002 from './0002_brief_search_text.js';
import * as m0003 from './0003_digests.js';
import * as m0004 from './0004_stories.js';
import * as m0005 from './0005_search.js';
import * as m0006 from './0006_drop_brief_search_text.js';
import * as m0007 from './0007_instance_lease.js';
import * as m0008 from './0008_story_stage.js';
import type { SqlDialect } from './dialect.js';

export type { SqlDialect } from './dialect.js';

export function migrationProvider(dialect: SqlDialect): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001_initial': { up: (db) => m0001.up(db, dialect) },
    '0002_brief_search_text': { up: (db) => m0002.up(db, dialect) },
    '0003_digests': { up: (db) => m0003.up(db, dialect) },
    '0004_stories': { up: (db) => m0004.up(db, dialect) },
    '0005_search': { up: (db) => m0005.up(db, dialect) },
    '0006_drop_brief_search_text': { up: (db) => m0006.up(db, dialect) },
    '0007_instance_lease': { up: (db) => m0007.up(db, dialect) },
    '0008_story_stage': { up: (db) => m0008.up(db, dialect) },
  };
  return { getMigrations: async () => migrations };
}

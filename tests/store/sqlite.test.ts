import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll } from 'vitest';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'attache-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('SQLite', () => ({
  freshDatabase: async () => `sqlite:${join(dir, `store-${++n}.db`)}`,
  exec: async (url, statement) => {
    const db = new BetterSqlite3(url.slice('sqlite:'.length));
    try {
      db.exec(statement);
    } finally {
      db.close();
    }
  },
}));

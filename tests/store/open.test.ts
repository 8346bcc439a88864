import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, parseDatabaseUrl } from '../../src/store/open.js';

const dir = mkdtempSync(join(tmpdir(), 'attache-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('rejects unknown schemes with a clear message', async () => {
    await expect(openStore('mysql://user:secret@localhost/db')).rejects.toThrow(
      /Unsupported DATABASE_URL scheme "mysql:".*sqlite:<path>.*postgres:\/\//,
    );
    await expect(openStore('./data/attache.db')).rejects.toThrow(/Unsupported DATABASE_URL/);
    await expect(openStore('sqlite:')).rejects.toThrow(/no file path/);
    // The password never appears in the message.
    await expect(openStore('mysql://user:secret@localhost/db')).rejects.not.toThrow(/secret/);
  });

  it('parses the accepted forms', () => {
    expect(parseDatabaseUrl('sqlite::memory:')).toEqual({ dialect: 'sqlite', filename: ':memory:' });
    expect(parseDatabaseUrl('sqlite:/abs/x.db')).toEqual({ dialect: 'sqlite', filename: '/abs/x.db' });
    expect(parseDatabaseUrl('sqlite:///abs/x.db')).toEqual({ dialect: 'sqlite', filename: '/abs/x.db' });
    expect(parseDatabaseUrl('sqlite:./data/attache.db')).toEqual({ dialect: 'sqlite', filename: join(process.cwd(), 'data/attache.db') });
    expect(parseDatabaseUrl('postgres://u:p@h:5432/d')).toEqual({ dialect: 'postgres', connectionString: 'postgres://u:p@h:5432/d' });
    expect(parseDatabaseUrl('postgresql://h/d').dialect).toBe('postgres');
  });

  it('opens an in-memory database', async () => {
    const store = await openStore('sqlite::memory:');
    await store.syncFeeds([{ id: 'a', name: 'A', url: 'https://a.example/rss', tags: [] }]);
    expect((await store.listFeeds()).map((f) => f.id)).toEqual(['a']);
    await store.close();
    await store.close(); // idempotent
  });

  it('creates the parent directory, uses WAL and foreign keys, and keeps data across reopen', async () => {
    const file = join(dir, 'nested', 'deeper', 'attache.db');
    const logged: string[] = [];
    const store = await openStore(`sqlite:${file}`, { logger: { info: (obj, msg) => logged.push(`${msg} ${JSON.stringify(obj)}`) } });
    expect(existsSync(file)).toBe(true);
    expect(logged).toEqual([
      expect.stringContaining('0001_initial'),
      expect.stringContaining('0002_brief_search_text'),
      expect.stringContaining('0003_digests'),
      expect.stringContaining('0004_stories'),
      expect.stringContaining('0005_search'),
      expect.stringContaining('0006_drop_brief_search_text'),
      expect.stringContaining('0007_instance_lease'),
      expect.stringContaining('0008_story_stage'),
    ]);
    await store.syncFeeds([{ id: 'a', name: 'A', url: 'https://a.example/rss', tags: ['x'] }]);
    await store.recordFailure('a', { at: new Date('2025-01-01T00:00:00Z'), error: 'boom', nextDueAt: new Date('2025-01-01T00:10:00Z') });
    await store.close();

    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();

    const applied = logged.length;
    const again = await openStore(`sqlite:${file}`, { logger: { info: (_o, msg) => logged.push(msg ?? '') } });
    expect(logged).toHaveLength(applied); // nothing new applied on reopen
    const feed = await again.getFeed('a');
    expect(feed?.tags).toEqual(['x']);
    expect(feed?.state.consecutiveFailures).toBe(1);
    expect(feed?.state.nextDueAt).toEqual(new Date('2025-01-01T00:10:00Z'));
    // foreign_keys is on: state for an unknown feed is refused.
    await expect(again.recordFailure('ghost', { at: new Date(), error: 'x', nextDueAt: new Date() })).rejects.toThrow(/FOREIGN KEY/);
    await again.close();
  });
});

describe('openStore with an unreachable PostgreSQL', () => {
  it('fails with a clear message and leaves nothing open', async () => {
    await expect(openStore('postgres://u:p@127.0.0.1:1/db')).rejects.toThrow(/could not migrate the postgres database: .*ECONNREFUSED/);
  });
});

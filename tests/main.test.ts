// `npm start` as a user runs it: a real process, a real SQLite file, a fake feed server.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from './fakes/feed-server.js';
import { OLD_NEWS, RELEVANT, rss } from './helpers/rss.js';
import { freePort, run } from './helpers/spawn.js';

describe('npm start', () => {
  let dir: string;
  let server: FeedServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'attache-main-'));
    server = await startFeedServer();
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('stops with exit code 2 and one readable message naming each configuration problem', async () => {
    await writeFile(join(dir, 'bad.yaml'), 'feeds:\n  - id: x\n    name: X\n    url: ftp://example.org/feed\n');
    const p = run('src/main.ts', [], {
      DATABASE_URL: 'mysql://localhost/attache',
      POLL_INTERVAL_SECONDS: '-1',
      FEEDS_FILE: join(dir, 'bad.yaml'),
    });
    expect(await p.exit).toBe(2);
    const err = p.stderr();
    expect(err).toMatch(/DATABASE_URL/);
    expect(err).toMatch(/POLL_INTERVAL_SECONDS/);
    expect(err).toMatch(/FEEDS_FILE: .*bad\.yaml: feeds\[0\]\.url/);
    expect(err).not.toMatch(/^\s+at /m); // no stack trace
    expect(p.stdout()).toBe('');
  });

  it('polls, prints new briefs as JSON lines, answers /healthz and stops cleanly on SIGTERM', async () => {
    server.route('/desk.xml', { body: rss([OLD_NEWS]) });
    const feedsFile = join(dir, 'feeds.yaml');
    await writeFile(feedsFile, `feeds:\n  - id: desk\n    name: Desk\n    url: ${server.url('/desk.xml')}\n    interval_seconds: 1\n  - id: offline\n    name: Offline\n    url: http://127.0.0.1:9/feed.xml\n`);
    const port = await freePort();
    const db = join(dir, 'data', 'attache.db');
    const p = run('src/main.ts', [], {
      DATABASE_URL: `sqlite:${db}`,
      FEEDS_FILE: feedsFile,
      PORT: String(port),
      FEED_ALLOW_PRIVATE_HOSTS: 'true',
      LOG_LEVEL: 'info',
    });
    try {
      await p.waitFor('stderr', /first poll recorded 1/);
      await p.waitFor('stderr', /feed offline failed: .*(refused|127\.0\.0\.1)/i);
      server.route('/desk.xml', { body: rss([RELEVANT, OLD_NEWS]) });
      await p.waitFor('stdout', /"type":"brief"/);
      const brief = JSON.parse(p.stdout().trim().split('\n')[0]!);
      expect(brief.headline).toBe(RELEVANT.title);

      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok', feeds: { total: 2, enabled: 2 } });
      const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      expect(metrics).toMatch(/attache_feed_polls_total\{outcome="polled"\} \d+/);
    } finally {
      p.child.kill('SIGTERM');
    }
    expect(await p.exit).toBe(0);
    expect(p.stderr()).toMatch(/stopped cleanly/);
    expect(existsSync(db)).toBe(true);
    // Exactly one brief even though the feed was polled many times.
    expect(p.stdout().trim().split('\n')).toHaveLength(1);
  }, 40_000);
});

// The whole pipeline against a fake feed server: fetch ▸ parse ▸ dedupe ▸ classify ▸ brief ▸ outbox ▸ console.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { FeedDefinition } from '../../src/core/types.js';
import { createLogger } from '../../src/logger.js';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.js';
import { LOOKALIKE, OLD_NEWS, RELEVANT, rss } from '../helpers/rss.js';

describe('poller, end to end', () => {
  let dir: string;
  let server: FeedServer;
  let app: App;
  let console_: PassThrough;
  let printed: string[];

  async function start(feeds: FeedDefinition[], env: Record<string, string> = {}) {
    const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, FEED_ALLOW_PRIVATE_HOSTS: 'true', FETCH_TIMEOUT_SECONDS: '5', ...env });
    app = await createApp({ config, logger: createLogger({ level: 'silent' }), catalogue: feeds, consoleOut: console_, consoleFormat: 'json' });
  }

  async function cycle() {
    const outcomes = await app.scheduler.pollAll();
    await app.outbox.drain();
    return outcomes;
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'attache-poller-'));
    server = await startFeedServer();
    printed = [];
    console_ = new PassThrough();
    console_.on('data', (chunk) => printed.push(...String(chunk).split('\n').filter(Boolean)));
  });
  afterEach(async () => {
    await app?.stop();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  const briefs = () => printed.map((l) => JSON.parse(l) as { type: string; headline: string; topics: string[]; countries: string[] });

  it('records the first poll silently, then briefs each new relevant item exactly once', async () => {
    server.route('/desk.xml', { body: rss([OLD_NEWS]), headers: { 'content-type': 'application/rss+xml' } });
    await start([{ id: 'desk', name: 'Desk', url: server.url('/desk.xml'), tags: [] }]);

    expect((await cycle()).get('desk')).toEqual({ kind: 'first-poll', recorded: 1 });
    expect(printed).toEqual([]);

    server.route('/desk.xml', { body: rss([RELEVANT, LOOKALIKE, OLD_NEWS]), headers: { 'content-type': 'application/rss+xml' } });
    expect((await cycle()).get('desk')).toMatchObject({ kind: 'polled', newItems: 2, briefs: 1 });
    expect(briefs()).toHaveLength(1);
    expect(briefs()[0]).toMatchObject({ type: 'brief', headline: RELEVANT.title, topics: ['prisoner_release'] });
    expect(briefs()[0]!.countries).toEqual(expect.arrayContaining(['BY', 'UA']));

    // Same body again: not parsed, nothing posted.
    expect((await cycle()).get('desk')).toEqual({ kind: 'unchanged', reason: 'same-body' });
    // The relevant item edited (same guid, new wording): not posted again.
    server.route('/desk.xml', {
      body: rss([{ ...RELEVANT, title: `${RELEVANT.title} (updated)` }, LOOKALIKE, OLD_NEWS]),
      headers: { 'content-type': 'application/rss+xml' },
    });
    expect((await cycle()).get('desk')).toMatchObject({ kind: 'polled', newItems: 0, briefs: 0 });
    expect(briefs()).toHaveLength(1);
  });

  it('two feeds reporting one event make one story: one brief, then one update of it', async () => {
    const feeds = ['wire', 'desk'].map((id) => ({ id, name: `${id} desk`, url: server.url(`/${id}.xml`), tags: [] }));
    for (const f of feeds) server.route(`/${f.id}.xml`, { body: rss([OLD_NEWS]) });
    await start(feeds);
    await cycle();
    server.route('/wire.xml', { body: rss([RELEVANT, OLD_NEWS]) });
    expect((await cycle()).get('wire')).toMatchObject({ kind: 'polled', briefs: 1, updatedBriefs: 0 });
    const other = { ...RELEVANT, guid: 'other-77', title: 'Lukashenko pardons 31 Ukrainians, hands them over to Ukraine after US talks' };
    server.route('/desk.xml', { body: rss([other, OLD_NEWS]) });
    expect((await cycle()).get('desk')).toMatchObject({ kind: 'polled', briefs: 0, updatedBriefs: 1 });

    const lines = printed.map((l) => JSON.parse(l) as { type: string; id: string; sources: Array<{ feedId: string }> });
    expect(lines.map((l) => l.type)).toEqual(['brief', 'update']);
    expect(lines[1]!.id).toBe(lines[0]!.id);
    expect(lines[1]!.sources.map((s) => s.feedId)).toEqual(['wire', 'desk']);
    expect(await app.store.latestBriefs({ limit: 10 })).toHaveLength(1);
  });

  it('uses conditional GET and skips work on 304', async () => {
    server.route('/etag.xml', { body: rss([OLD_NEWS]), etag: '"v1"', headers: { 'content-type': 'application/rss+xml' } });
    await start([{ id: 'etag', name: 'ETag desk', url: server.url('/etag.xml'), tags: [] }]);
    await cycle();
    expect((await cycle()).get('etag')).toEqual({ kind: 'unchanged', reason: 'not-modified' });
    const last = server.requests.filter((r) => r.path === '/etag.xml').at(-1)!;
    expect(last.headers['if-none-match']).toBe('"v1"');
  });

  it('keeps polling the good feeds when one fails, and backs the bad one off', async () => {
    server.route('/good.xml', { body: rss([OLD_NEWS]) });
    server.route('/bad.xml', { status: 503, body: 'down', headers: { 'retry-after': '120' } });
    server.route('/html.xml', { body: '<!doctype html><html><body>Not a feed</body></html>', headers: { 'content-type': 'text/html' } });
    await start(
      [
        { id: 'good', name: 'Good', url: server.url('/good.xml'), tags: [] },
        { id: 'bad', name: 'Bad', url: server.url('/bad.xml'), tags: [] },
        { id: 'html', name: 'HTML', url: server.url('/html.xml'), tags: [] },
      ],
      { POLL_INTERVAL_SECONDS: '60', FEED_MAX_FAILURES: '2' },
    );
    const before = Date.now();
    const outcomes = await cycle();
    expect(outcomes.get('good')?.kind).toBe('first-poll');
    const bad = outcomes.get('bad');
    expect(bad).toMatchObject({ kind: 'failed', code: 'http-status', disabled: false });
    expect(bad?.kind === 'failed' && bad.error).toMatch(/503/);
    // Backoff: at least twice the interval, and never sooner than Retry-After.
    expect(bad?.kind === 'failed' && bad.nextDueAt.getTime() - before).toBeGreaterThanOrEqual(108_000);
    expect(outcomes.get('html')).toMatchObject({ kind: 'failed', code: 'parse' });

    const feeds = await app.store.listFeeds();
    expect(feeds.find((f) => f.id === 'bad')?.state).toMatchObject({ consecutiveFailures: 1, lastError: expect.stringMatching(/503/) });

    // Not due yet: the due-time loop leaves it alone.
    expect((await app.scheduler.pollDue()).has('bad')).toBe(false);
    // A second failure reaches FEED_MAX_FAILURES and disables the feed.
    expect((await cycle()).get('bad')).toMatchObject({ kind: 'failed', disabled: true });
    const disabled = (await app.store.listFeeds()).find((f) => f.id === 'bad');
    expect(disabled?.enabled).toBe(false);
    expect((await cycle()).has('bad')).toBe(false);
  });

  it('reports an unreachable host with a clear reason and goes on', async () => {
    await start([{ id: 'offline', name: 'Offline', url: 'http://127.0.0.1:9/feed.xml', tags: [] }]);
    const outcome = (await cycle()).get('offline');
    expect(outcome).toMatchObject({ kind: 'failed', code: 'connect' });
    expect(outcome?.kind === 'failed' && outcome.error).toMatch(/127\.0\.0\.1|refused/i);
  });
});

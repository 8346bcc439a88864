// feeds list · health · add · remove · pause · resume.
import { describe, expect, it } from 'vitest';
import { expectNoInternals, harness, invoker, replyText, slack, WIRE } from './fixture.js';

describe('/brief feeds', () => {
  it('list shows every feed with its state and link', async () => {
    const h = await harness();
    await h.store.syncFeeds([WIRE, { id: 'meduza', name: 'Meduza', url: 'https://meduza.io/rss', tags: [] }]);
    await h.store.recordFailure('meduza', { at: new Date(), error: 'HTTP 503', nextDueAt: new Date() });
    const reply = await slack(h, 'feeds list', invoker());
    expect(reply.ephemeral).toBe(true);
    expect(reply.title).toBe('Feeds (2 of 2 enabled)');
    expect(reply.parts[0]).toEqual({
      kind: 'list',
      items: [
        { text: 'meduza · Meduza · every 10 min · failing: 1 failure in a row, last: HTTP 503', url: 'https://meduza.io/rss' },
        { text: 'wire · Wire Desk · every 10 min · new: not polled yet', url: WIRE.url },
      ],
    });
  });

  it('health shows failing and disabled feeds and subscriptions stopped by delivery errors', async () => {
    const h = await harness();
    await h.store.syncFeeds([WIRE, { id: 'dead', name: 'Dead', url: 'https://dead.example/rss', tags: [] }]);
    await h.store.recordFailure('dead', { at: new Date(), error: 'getaddrinfo ENOTFOUND dead.example', nextDueAt: new Date(), disable: 'disabled after 5 failures' });
    const gone = await h.store.ensureSubscription('slack', 'C-ARCHIVED', { topics: [], countries: [], minConfidence: 0 });
    await h.store.deactivateSubscription(gone.id, 'channel_not_found');
    const left = await h.store.ensureSubscription('slack', 'C1', { topics: [], countries: [], minConfidence: 0 });
    await h.store.deactivateSubscription(left.id, 'unsubscribed by U1');
    const text = replyText(await slack(h, 'feeds health', invoker()));
    expect(text).toContain('1 feed healthy, 1 failing or disabled.');
    expect(text).toContain('- dead · disabled: disabled after 5 failures <https://dead.example/rss>');
    expect(text).toContain(`#${gone.id} · channel C-ARCHIVED · all topics · all countries · channel_not_found`);
    expect(text).not.toContain(`#${left.id} ·`);
  });

  it('add (admin) checks the URL, adds a chat feed with a unique slug and explains the first poll', async () => {
    const h = await harness();
    const admin = invoker({ admin: true });
    const reply = await slack(h, 'feeds add https://news.example.org/rss.xml name:"Wire Desk"', admin);
    expect(reply).toMatchObject({ ephemeral: true, title: 'Feed added' });
    expect(h.checked).toEqual(['https://news.example.org/rss.xml']);
    const text = replyText(reply);
    expect(text).toContain('id: wire-desk');
    expect(text).toMatch(/first poll only records the 12 items it holds now/);
    const added = await h.store.getFeed('wire-desk');
    expect(added).toMatchObject({ name: 'Wire Desk', url: 'https://news.example.org/rss.xml', enabled: true, state: { initialised: false } });

    // No name: the slug comes from the host, the name from the feed's title.
    await slack(h, 'feeds add https://www.other.example/feed', admin);
    expect(await h.store.getFeed('other-example')).toMatchObject({ name: 'Example News' });
    await slack(h, 'feeds add https://third.example/feed "Wire Desk"', admin);
    expect((await h.store.getFeed('wire-desk-2'))?.url).toBe('https://third.example/feed');
  });

  it('add refuses bad URLs and known URLs before fetching', async () => {
    const h = await harness();
    const admin = invoker({ admin: true });
    for (const [text, why] of [
      ['feeds add not-a-url', /is not a URL/],
      ['feeds add ftp://x.example/rss', /Only http and https/],
      ['feeds add https://user:pw@x.example/rss', /must not contain a user name or password/],
      [`feeds add ${WIRE.url}`, /Feed "wire" already polls/],
    ] as const) {
      const reply = await slack(h, text, admin);
      expect(reply).toMatchObject({ ephemeral: true, error: true });
      expect(replyText(reply)).toMatch(why);
      expect(replyText(reply)).toContain('Example: /brief feeds add');
    }
    expect(h.checked).toEqual([]);
    expect((await h.store.listFeeds()).map((f) => f.id)).toEqual(['wire']);
  });

  it('add with checkFeed throwing gives a readable error and adds nothing', async () => {
    const h = await harness(async () => {
      const err = new Error('HTTP 404 from https://gone.example/rss\n    at fetchFeed (src/pipeline/fetch.ts:120:5)');
      throw err;
    });
    const reply = await slack(h, 'feeds add https://gone.example/rss', invoker({ admin: true }));
    expect(reply).toMatchObject({ ephemeral: true, error: true });
    expect(replyText(reply)).toContain('https://gone.example/rss does not look like a working feed: HTTP 404 from https://gone.example/rss. Nothing was added.');
    expectNoInternals(reply);
    expect((await h.store.listFeeds()).map((f) => f.id)).toEqual(['wire']);
  });

  it('non-admin add and remove are refused; the store is unchanged', async () => {
    const h = await harness();
    const before = await h.store.listFeeds();
    for (const text of ['feeds add https://new.example/rss', 'feeds remove wire', 'feeds pause wire', 'feeds resume wire']) {
      const reply = await slack(h, text, invoker({ admin: false }));
      expect(reply).toMatchObject({ ephemeral: true, error: true });
    }
    expect(h.checked).toEqual([]);
    expect(await h.store.listFeeds()).toEqual(before);
  });

  it('pause, resume and remove (admin); unknown ids suggest close ones', async () => {
    const h = await harness();
    const admin = invoker({ admin: true, userId: 'U7' });
    expect(replyText(await slack(h, 'feeds pause wire', admin))).toMatch(/Paused feed wire \(Wire Desk\)/);
    expect(await h.store.getFeed('wire')).toMatchObject({ enabled: false, state: { disabledReason: expect.stringMatching(/^paused by U7 on \d{4}-/) } });
    expect(replyText(await slack(h, 'feeds list', invoker()))).toMatch(/wire · Wire Desk · every 10 min · paused: paused by U7/);
    expect(replyText(await slack(h, 'feeds pause wire', admin))).toMatch(/is not being polled/);
    expect(replyText(await slack(h, 'feeds resume wire', admin))).toMatch(/Resumed feed wire/);
    expect((await h.store.getFeed('wire'))?.enabled).toBe(true);

    const typo = await slack(h, 'feeds remove wir', admin);
    expect(replyText(typo)).toMatch(/There is no feed "wir"\. Did you mean wire\?/);
    const removed = await slack(h, 'feeds remove wire', admin);
    expect(replyText(removed)).toMatch(/Removed feed wire \(Wire Desk\)\. It is listed in the feed catalogue file/);
    expect(await h.store.listFeeds()).toEqual([]);
  });
});

// subscribe digest:daily|weekly, and how subscriptions and unsubscribe treat digest subscriptions.
import { describe, expect, it } from 'vitest';
import { expectNoInternals, harness, invoker, replyText, slack } from './fixture.js';

describe('/brief subscribe digest:…', () => {
  it('admin subscribe digest:daily makes a daily digest subscription, listed with its kind', async () => {
    const h = await harness();
    const admin = invoker({ admin: true, channel: 'C1' });
    const reply = await slack(h, 'subscribe topic:sanctions digest:daily', admin);
    expect(reply).toMatchObject({ ephemeral: true, title: 'Subscribed' });
    const [sub] = await h.store.listChannelSubscriptions('slack', 'C1');
    expect(sub).toMatchObject({ topics: ['sanctions'], countries: [], minConfidence: 0, digest: 'daily', active: true });
    const text = replyText(reply);
    expect(text).toContain(`Subscribed this channel (#${sub!.id}): sanctions · all countries · daily digest.`);
    expect(text).toMatch(/digest of the briefs that match will be posted here every day/);
    expect(text).toContain(`/brief unsubscribe ${sub!.id} stops it`);

    const listed = replyText(await slack(h, 'subscriptions', invoker({ channel: 'C1' })));
    expect(listed).toContain(`#${sub!.id} · sanctions · all countries · daily digest · since `);

    // Positional works too, and a digest is not read as a country.
    const weekly = await slack(h, 'subscribe sanctions weekly belarus', admin);
    expect(replyText(weekly)).toMatch(/sanctions · Belarus \(BY\) · weekly digest\. .*every Monday/);
    expect((await h.store.listChannelSubscriptions('slack', 'C1')).map((s) => s.digest)).toEqual(['daily', 'weekly']);
  });

  it('a plain and a digest subscription with the same filter live side by side; again is "already subscribed"', async () => {
    const h = await harness();
    const admin = invoker({ admin: true, channel: 'C1' });
    await slack(h, 'subscribe topic:sanctions', admin);
    await slack(h, 'subscribe topic:sanctions digest:daily', admin);
    const again = await slack(h, 'subscribe topic:sanctions digest:daily', admin);
    expect(again.title).toBe('Already subscribed');
    const subs = await h.store.listChannelSubscriptions('slack', 'C1');
    expect(subs.map((s) => s.digest ?? 'plain')).toEqual(['plain', 'daily']);
    const listed = replyText(await slack(h, 'subscriptions', admin));
    expect(listed).toContain(`#${subs[0]!.id} · sanctions · all countries · since `);
    expect(listed).toContain(`#${subs[1]!.id} · sanctions · all countries · daily digest · since `);
  });

  it('non-admin subscribe digest:daily is refused and nothing changes', async () => {
    const h = await harness();
    const before = await h.store.ensureSubscription('slack', 'C1', { topics: [], countries: [], minConfidence: 0 });
    const who = invoker({ admin: false, channel: 'C1' });
    const reply = await slack(h, 'subscribe digest:daily', who);
    expect(reply).toMatchObject({ ephemeral: true, error: true });
    expect(replyText(reply)).toMatch(/admins only/i);
    expect(who.adminChecks).toBe(1);
    expect(await h.store.listSubscriptions()).toEqual([before]);
  });

  it('a wrong digest value is explained', async () => {
    const h = await harness();
    const reply = await slack(h, 'subscribe digest:hourly', invoker({ admin: true }));
    expect(reply).toMatchObject({ ephemeral: true, error: true });
    expect(replyText(reply)).toMatch(/digest must be one of daily, weekly/);
    expectNoInternals(reply);
    expect(await h.store.listSubscriptions()).toEqual([]);
  });

  it('unsubscribe stops a digest subscription by id, or by its filter and digest kind', async () => {
    const h = await harness();
    const admin = invoker({ admin: true, channel: 'C1', userId: 'U9' });
    const plain = await h.store.ensureSubscription('slack', 'C1', { topics: ['sanctions'], countries: [], minConfidence: 0 });
    const daily = await h.store.ensureSubscription('slack', 'C1', { topics: ['sanctions'], countries: [], minConfidence: 0, digest: 'daily' });
    const weekly = await h.store.ensureSubscription('slack', 'C1', { topics: [], countries: [], minConfidence: 0, digest: 'weekly' });

    expect(replyText(await slack(h, 'unsubscribe sanctions', admin))).toMatch(new RegExp(`Several subscriptions match \\(#${plain.id}, #${daily.id}\\)`));
    const byKind = await slack(h, 'unsubscribe topic:sanctions digest:daily', admin);
    expect(replyText(byKind)).toContain(`Stopped subscription #${daily.id} (sanctions · all countries · daily digest)`);
    const byId = await slack(h, `unsubscribe ${weekly.id}`, admin);
    expect(replyText(byId)).toContain(`Stopped subscription #${weekly.id}`);

    const subs = await h.store.listChannelSubscriptions('slack', 'C1');
    expect(subs.map((s) => [s.id, s.active])).toEqual([
      [plain.id, true],
      [daily.id, false],
      [weekly.id, false],
    ]);
    expect(replyText(await slack(h, 'subscriptions', admin))).toContain(`#${daily.id} · sanctions · all countries · daily digest · stopped: unsubscribed by U9`);
  });
});

// subscribe, unsubscribe, subscriptions: per-channel, admin-only changes.
import { describe, expect, it } from 'vitest';
import { expectNoInternals, harness, invoker, replyText, slack } from './fixture.js';

describe('/brief subscribe · subscriptions · unsubscribe', () => {
  it('admin subscribe then subscriptions shows it with its filter', async () => {
    const h = await harness();
    const admin = invoker({ admin: true, channel: 'C1' });
    const reply = await slack(h, 'subscribe topic:sanctions country:BY min_confidence:0.6', admin);
    expect(reply).toMatchObject({ ephemeral: true, title: 'Subscribed' });
    const [sub] = await h.store.listChannelSubscriptions('slack', 'C1');
    expect(sub).toMatchObject({ topics: ['sanctions'], countries: ['BY'], minConfidence: 0.6, active: true });
    expect(replyText(reply)).toContain(`Subscribed this channel (#${sub!.id}): sanctions · Belarus (BY) · confidence ≥ 0.6`);

    const again = await slack(h, 'subscribe sanctions belarus 0.6', admin);
    expect(replyText(again)).toMatch(new RegExp(`already has subscription #${sub!.id}`));
    expect(await h.store.listSubscriptions()).toHaveLength(1);

    const listed = await slack(h, 'subscriptions', invoker({ channel: 'C1' }));
    expect(listed.ephemeral).toBe(true);
    expect(replyText(listed)).toContain(`#${sub!.id} · sanctions · Belarus (BY) · confidence ≥ 0.6 · since `);
    expect(replyText(await slack(h, 'subscriptions', invoker({ channel: 'C2' })))).toMatch(/no active subscriptions/);
    expect(replyText(await slack(h, 'subscriptions', invoker({ channel: 'C1', platform: 'discord' })))).toMatch(/no active subscriptions/);
  });

  it('subscribe with no filter takes everything; the subscription belongs to the invoker platform and channel', async () => {
    const h = await harness();
    await slack(h, 'subscribe', invoker({ admin: true, platform: 'discord', channel: '123' }));
    expect(await h.store.listSubscriptions()).toEqual([
      expect.objectContaining({ platform: 'discord', channel: '123', topics: [], countries: [], minConfidence: 0 }),
    ]);
  });

  it('non-admin subscribe is refused and nothing is stored', async () => {
    const h = await harness();
    const reply = await slack(h, 'subscribe sanctions', invoker({ admin: false }));
    expect(reply).toMatchObject({ ephemeral: true, error: true });
    expect(await h.store.listSubscriptions()).toEqual([]);
  });

  it('unsubscribe by id or by the same filters; subscriptions then shows why it stopped', async () => {
    const h = await harness();
    const admin = invoker({ admin: true, channel: 'C1', userId: 'U9' });
    const a = await h.store.ensureSubscription('slack', 'C1', { topics: ['sanctions'], countries: [], minConfidence: 0 });
    const b = await h.store.ensureSubscription('slack', 'C1', { topics: [], countries: ['BY'], minConfidence: 0 });

    const byId = await slack(h, `unsubscribe ${a.id}`, admin);
    expect(byId).toMatchObject({ ephemeral: true, title: 'Unsubscribed' });
    expect(replyText(byId)).toContain(`Stopped subscription #${a.id} (sanctions · all countries)`);

    const byFilter = await slack(h, 'unsubscribe country:belarus', admin);
    expect(replyText(byFilter)).toContain(`Stopped subscription #${b.id}`);
    expect((await h.store.listChannelSubscriptions('slack', 'C1')).every((s) => !s.active)).toBe(true);

    const listed = replyText(await slack(h, 'subscriptions', admin));
    expect(listed).toMatch(/no active subscriptions/);
    expect(listed).toContain(`#${a.id} · sanctions · all countries · stopped: unsubscribed by U9`);

    const none = await slack(h, 'unsubscribe topic:prisoner_release', admin);
    expect(none).toMatchObject({ ephemeral: true, error: true });
    expect(replyText(none)).toMatch(/no active subscription for prisoner release · all countries/);
  });

  it("unsubscribe of another channel's id is refused and that subscription stays active", async () => {
    const h = await harness();
    const theirs = await h.store.ensureSubscription('slack', 'C-OTHER', { topics: [], countries: [], minConfidence: 0 });
    const discordSame = await h.store.ensureSubscription('discord', 'C1', { topics: [], countries: [], minConfidence: 0 });
    for (const id of [theirs.id, discordSame.id]) {
      const reply = await slack(h, `unsubscribe ${id}`, invoker({ admin: true, channel: 'C1' }));
      expect(reply).toMatchObject({ ephemeral: true, error: true });
      expect(replyText(reply)).toContain(`This channel has no active subscription #${id}`);
      expectNoInternals(reply);
    }
    expect((await h.store.listSubscriptions()).every((s) => s.active)).toBe(true);
  });

  it('several matching subscriptions ask for the id', async () => {
    const h = await harness();
    await h.store.ensureSubscription('slack', 'C1', { topics: ['sanctions'], countries: [], minConfidence: 0 });
    await h.store.ensureSubscription('slack', 'C1', { topics: ['sanctions'], countries: [], minConfidence: 0.8 });
    expect(replyText(await slack(h, 'unsubscribe sanctions', invoker({ admin: true })))).toMatch(/Several subscriptions match \(#1, #2\); give the id/);
    expect(replyText(await slack(h, 'unsubscribe sanctions min_confidence:0.8', invoker({ admin: true })))).toMatch(/Stopped subscription #2/);
  });
});

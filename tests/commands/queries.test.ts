// latest, digest, help: read-only commands over a real SQLite store (status and search: status-search.test.ts).
import { describe, expect, it } from 'vitest';
import { daysAgo, expectNoInternals, harness, invoker, replyText, seedBriefs, slack } from './fixture.js';

describe('/brief latest', () => {
  it('lists the newest briefs, filtered and limited, each linked', async () => {
    const h = await harness();
    await seedBriefs(h.store, [
      { headline: 'EU sanctions Belarus potash', at: daysAgo(3) },
      { headline: 'Belarus frees 16 prisoners', at: daysAgo(1), topics: ['prisoner_release'], action: 'pardon' },
      { headline: 'US eases sanctions on Belavia', at: daysAgo(2), action: 'ease', countries: ['BY', 'US'] },
      { headline: 'Russia and Ukraine swap POWs', at: daysAgo(0.5), topics: ['prisoner_release'], countries: ['RU', 'UA'], action: 'swap' },
    ]);
    const all = await slack(h, 'latest', invoker());
    expect(all.ephemeral).toBe(true);
    const list = all.parts.find((p) => p.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((i) => i.text.split(' — ')[1])).toEqual([
      'Russia and Ukraine swap POWs', 'Belarus frees 16 prisoners', 'US eases sanctions on Belavia', 'EU sanctions Belarus potash',
    ]);
    expect(list?.kind === 'list' && list.items[0]?.url).toMatch(/^https:\/\/wire\.example\//);

    const filtered = await slack(h, 'latest sanctions belarus 1', invoker());
    expect(filtered.title).toBe('Latest briefs — sanctions · Belarus (BY)');
    expect(filtered.parts).toEqual([{ kind: 'brief', brief: expect.objectContaining({ headline: 'US eases sanctions on Belavia' }) }]);

    const twoBy = replyText(await slack(h, 'latest all by 2', invoker()));
    expect(twoBy).toContain('Belarus frees 16 prisoners');
    expect(twoBy).toContain('US eases sanctions on Belavia');
    expect(twoBy).not.toContain('potash');
  });

  it('says so when nothing matches', async () => {
    const h = await harness();
    expect(replyText(await slack(h, 'latest prisoner_release iran', invoker()))).toMatch(/No briefs yet/);
  });
});

describe('/brief digest', () => {
  it('summarises the period by topic and country, then top headlines; visible to the channel', async () => {
    const h = await harness();
    await seedBriefs(h.store, [
      { headline: 'Old news', at: daysAgo(9) },
      { headline: 'Widely reported swap', at: daysAgo(3), topics: ['prisoner_release'], countries: ['RU', 'UA'], sources: 4 },
      { headline: 'EU sanctions Belarus', at: daysAgo(0.5), sources: 2 },
      { headline: 'Belarus pardons 16', at: daysAgo(0.2), topics: ['prisoner_release'] },
    ]);
    const day = await slack(h, 'digest', invoker());
    expect(day.ephemeral).toBe(false);
    const dayText = replyText(day);
    expect(dayText).toMatch(/2 briefs — prisoner release: 1 · sanctions: 1/);
    expect(dayText).toMatch(/Belarus \(BY\): 2/);
    expect(dayText).not.toContain('swap');

    const week = await slack(h, 'digest week', invoker());
    const weekText = replyText(week);
    expect(weekText).toMatch(/3 briefs — prisoner release: 2 · sanctions: 1/);
    expect(weekText).not.toContain('Old news');
    const headlines = week.parts.find((p) => p.kind === 'list');
    expect(headlines?.kind === 'list' && headlines.items[0]?.text).toMatch(/Widely reported swap$/);
    expect(replyText(await slack(h, 'digest week', invoker()))).toBe(weekText);
  });

  it('an empty period says so', async () => {
    const h = await harness();
    expect(replyText(await slack(h, 'digest day', invoker()))).toMatch(/No briefs in the last day/);
  });
});

describe('/brief help', () => {
  it('lists every subcommand with options and an example; empty text is help', async () => {
    const h = await harness();
    const reply = await slack(h, '', invoker());
    expect(reply.ephemeral).toBe(true);
    const text = replyText(reply);
    for (const d of h.runner.definitions) {
      expect(text).toContain(`/brief ${d.path.join(' ')}`);
      expect(text).toContain(`Example: ${d.example}`);
    }
    expect(text).toMatch(/\/brief latest \[topic\] \[country\] \[limit\]/);
    expect(text).toMatch(/\/brief feeds add <url> \[name\] — .*\(admins only\)/);
    expectNoInternals(reply);
  });
});

// latest, status, search, digest, help: read-only commands over a real SQLite store.
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

describe('/brief status', () => {
  it('"status belarus": counts since the first brief, then the BY timeline newest first', async () => {
    const h = await harness();
    await seedBriefs(h.store, [
      { headline: 'EU sanctions Belarus potash', at: daysAgo(30) },
      { headline: 'Belarus frees 16 prisoners', at: daysAgo(10), topics: ['prisoner_release'], action: 'pardon' },
      { headline: 'Lithuania bans Belarus trucks', at: daysAgo(5), countries: ['BY', 'LT'] },
      { headline: 'Belarus frees 52 prisoners', at: daysAgo(2), topics: ['prisoner_release', 'sanctions'], action: 'release' },
      { headline: 'Ukraine sanctions Russian banks', at: daysAgo(1), countries: ['RU', 'UA'] },
    ]);
    const reply = await slack(h, 'status belarus', invoker());
    expect(reply.ephemeral).toBe(true);
    expect(reply.title).toBe('Status: Belarus (BY)');
    const [summary, timeline] = reply.parts;
    expect(summary).toEqual({
      kind: 'text',
      text: `Belarus: 2 releases and 3 sanctions actions seen since ${daysAgo(30).toISOString().slice(0, 10)}; latest (${daysAgo(2).toISOString().slice(0, 10)}): Belarus frees 52 prisoners`,
    });
    expect(timeline?.kind === 'list' && timeline.items.map((i) => i.text)).toEqual([
      `${daysAgo(2).toISOString().slice(0, 10)} · prisoner release + sanctions/release · BY — Belarus frees 52 prisoners`,
      `${daysAgo(5).toISOString().slice(0, 10)} · sanctions/impose · BY, LT — Lithuania bans Belarus trucks`,
      `${daysAgo(10).toISOString().slice(0, 10)} · prisoner release/pardon · BY — Belarus frees 16 prisoners`,
      `${daysAgo(30).toISOString().slice(0, 10)} · sanctions/impose · BY — EU sanctions Belarus potash`,
    ]);
    expect(timeline?.kind === 'list' && timeline.items.every((i) => i.url?.startsWith('https://wire.example/'))).toBe(true);
    // Same answer whatever the spelling.
    for (const spelling of ['BY', 'Беларусь', 'Білорусь', 'country:blr']) {
      expect((await slack(h, `status ${spelling}`, invoker())).parts).toEqual(reply.parts);
    }
  });

  it('"nothing seen yet" for a country without briefs; multi-word names work', async () => {
    const h = await harness();
    expect(replyText(await slack(h, 'status united states', invoker()))).toMatch(/United States: nothing seen yet/);
  });
});

describe('/brief search', () => {
  it('finds briefs with all the words, headline matches first, with dates and links', async () => {
    const h = await harness();
    await seedBriefs(h.store, [
      { headline: 'EU extends sanctions', at: daysAgo(3), body: 'Frozen assets stay frozen.' },
      { headline: 'Frozen assets: Belgium debates', at: daysAgo(5) },
      { headline: 'Belarus frees prisoners', at: daysAgo(1) },
    ]);
    const reply = await slack(h, 'search "frozen assets"', invoker());
    const list = reply.parts[0];
    expect(list?.kind === 'list' && list.items.map((i) => i.text.split(' — ')[1])).toEqual(['Frozen assets: Belgium debates', 'EU extends sanctions']);
    expect(list?.kind === 'list' && list.items[0]?.text).toMatch(/^\d{4}-\d{2}-\d{2} · /);
    expect(replyText(await slack(h, 'search frozen assets', invoker()))).toBe(replyText(reply));
    expect(replyText(await slack(h, 'search weather', invoker()))).toMatch(/No briefs contain/);
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

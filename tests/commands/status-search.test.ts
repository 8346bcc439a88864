// /brief status and /brief search over a real SQLite store seeded through the store's public API.
import { describe, expect, it } from 'vitest';
import type { Brief, FeedItem, Story } from '../../src/core/types.js';
import { renderReply } from '../../src/delivery/slack/render.js';
import type { Store } from '../../src/store/store.js';
import { NOW, WIRE, daysAgo, expectNoInternals, harness, invoker, replyText, slack, type Harness } from './fixture.js';

let seq = 0;
const day = (d: Date) => `${d.getUTCDate()} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]} ${d.getUTCFullYear()}`;

type Spec = Partial<Omit<Brief, 'id' | 'storyId' | 'sources' | 'createdAt'>> & { headline: string; at: Date; feeds?: string[] };

/** One poll: each spec becomes a story with its brief and one report (an item); `items` are lone items. */
async function seed(store: Store, specs: Spec[], items: Array<{ title: string; summary?: string; at: Date; link?: string }> = []): Promise<void> {
  const made = specs.map((spec) => {
    seq += 1;
    const { at, feeds = ['Wire Desk'], ...rest } = spec;
    const story: Story = { id: `st-${seq}`, topics: rest.topics ?? ['sanctions'], countries: rest.countries ?? ['BY'], headline: spec.headline, firstSeenAt: at, updatedAt: at };
    const brief: Brief = {
      confidence: 0.9,
      whatsHappening: `${spec.headline}.`,
      ...rest,
      id: `br-${seq}`,
      storyId: story.id,
      topics: story.topics,
      countries: story.countries,
      sources: feeds.map((feedName, i) => ({ feedId: WIRE.id, feedName, title: spec.headline, url: `https://wire.example/br-${seq}/${i}` })),
      createdAt: at,
    };
    const report: FeedItem = { feedId: WIRE.id, key: `guid:br-${seq}`, title: spec.headline, summary: '', contentHash: `h-${seq}`, link: `https://wire.example/br-${seq}/0`, publishedAt: at };
    return { story, brief, report };
  });
  const lone: FeedItem[] = items.map((i) => {
    seq += 1;
    return { feedId: WIRE.id, key: `guid:it-${seq}`, title: i.title, summary: i.summary ?? '', contentHash: `h-${seq}`, publishedAt: i.at, ...(i.link ? { link: i.link } : {}) };
  });
  await store.commitPoll({
    feedId: WIRE.id,
    state: { at: NOW, nextDueAt: NOW },
    items: [...made.map((m) => m.report), ...lone].map((item) => ({ item })),
    briefs: made.map((m) => ({ story: m.story, brief: m.brief, itemKeys: [m.report.key], subscriptionIds: [] })),
  });
}

const listOf = (reply: Awaited<ReturnType<typeof slack>>) => {
  const list = reply.parts.find((p) => p.kind === 'list');
  return list?.kind === 'list' ? list.items : [];
};

async function seedBelarus(h: Harness): Promise<void> {
  await seed(h.store, [
    { headline: 'EU extends Belarus sanctions', at: daysAgo(60), action: 'extend', stage: 'completed', actors: { acting: ['EU'], targeted: ['BY'] } },
    {
      headline: 'Belarus pardons 52 prisoners after US talks',
      at: daysAgo(3),
      topics: ['prisoner_release'],
      countries: ['BY', 'US'],
      action: 'pardon',
      stage: 'completed',
      people: 52,
      actors: { acting: ['BY'], targeted: [] },
      feeds: ['Reuters', 'BBC', 'RFE/RL', 'AP'],
    },
    { headline: 'US eases sanctions on Belavia', at: daysAgo(2), countries: ['BY', 'US'], action: 'ease', stage: 'completed', actors: { acting: ['US'], targeted: ['Belavia', 'BY'] } },
    { headline: 'Lithuania proposes new sanctions on Belarus potash', at: daysAgo(1), countries: ['BY', 'LT'], action: 'impose', stage: 'proposed', actors: { acting: ['LT'], targeted: ['BY'] } },
    { headline: 'Ukraine and Russia swap POWs', at: daysAgo(0.5), topics: ['prisoner_release'], countries: ['RU', 'UA'], action: 'swap', stage: 'completed', people: 200 },
  ]);
}

describe('/brief status', () => {
  it('"status belarus": the state in one sentence, then the timeline newest first with action, stage, people, counterparts and sources', async () => {
    const h = await harness();
    await seedBelarus(h);
    const reply = await slack(h, 'status belarus', invoker());
    expect(reply.ephemeral).toBe(true);
    expect(reply.title).toBe('Status: Belarus (BY)');
    const [state] = reply.parts;
    expect(state).toEqual({
      kind: 'text',
      text: `Belarus: last release ${day(daysAgo(3))} (pardon, 52 people, with United States); new sanctions proposed by Lithuania on ${day(daysAgo(1))}.`,
    });
    const items = listOf(reply);
    expect(items.map((i) => i.text)).toEqual([
      `${day(daysAgo(1))} · sanctions imposed (proposed) · with Lithuania · Wire Desk — Lithuania proposes new sanctions on Belarus potash`,
      `${day(daysAgo(2))} · sanctions eased · with United States, Belavia · Wire Desk — US eases sanctions on Belavia`,
      `${day(daysAgo(3))} · pardon · 52 people · with United States · Reuters, BBC, RFE/RL +1 — Belarus pardons 52 prisoners after US talks`,
      `${day(daysAgo(60))} · sanctions extended · with EU · Wire Desk — EU extends Belarus sanctions`,
    ]);
    expect(items.every((i) => i.url?.startsWith('https://wire.example/br-'))).toBe(true);
    expect(reply.parts).toHaveLength(2);
    // Same answer whatever the spelling.
    for (const spelling of ['BY', 'Беларусь', 'Білорусь', 'country:blr']) {
      expect((await slack(h, `status ${spelling}`, invoker())).parts).toEqual(reply.parts);
    }
    // Whoever acted, the state line says who; a country that only acted has its own timeline.
    expect(replyText(await slack(h, 'status us', invoker()))).toContain(`United States: last release ${day(daysAgo(3))} (pardon, 52 people, with Belarus); sanctions eased by United States on ${day(daysAgo(2))}.`);
  });

  it('shows 10 entries and counts the rest; the state line still finds an older release', async () => {
    const h = await harness();
    await seed(h.store, [
      { headline: 'Belarus frees 16 prisoners', at: daysAgo(100), topics: ['prisoner_release'], action: 'release', people: 16 },
      ...Array.from({ length: 11 }, (_, i) => ({ headline: `EU sanctions round ${i + 1}`, at: daysAgo(50 - i), action: 'impose' as const, actors: { acting: ['EU'], targeted: [] } })),
    ]);
    const reply = await slack(h, 'status BY', invoker());
    const items = listOf(reply);
    expect(items).toHaveLength(10);
    expect(items[0]?.text).toMatch(/EU sanctions round 11$/);
    expect(items[9]?.text).toMatch(/EU sanctions round 2$/);
    expect(replyText(reply)).toContain('2 more briefs not shown (12 in all)');
    expect(reply.parts[0]).toEqual({ kind: 'text', text: `Belarus: last release ${day(daysAgo(100))} (16 people); sanctions imposed by EU on ${day(daysAgo(40))}.` });
  });

  it('a country with nothing says so; an unknown country gets the friendly error; no internals either way', async () => {
    const h = await harness();
    await seedBelarus(h);
    const nothing = await slack(h, 'status venezuela', invoker());
    expect(replyText(nothing)).toBe('Status: Venezuela (VE)\nNothing seen about Venezuela yet: no prisoner releases or sanctions in the briefs so far.');
    expect(nothing.error).toBeUndefined();
    // Multi-word names work.
    expect(replyText(await slack(h, 'status united states of america', invoker()))).toMatch(/^Status: United States \(US\)\nUnited States: last release/);
    const unknown = await slack(h, 'status narnia', invoker());
    expect(unknown.error).toBe(true);
    expect(replyText(unknown)).toMatch(/Unknown country "narnia"/);
    expectNoInternals(unknown);
    expect(replyText(await slack(h, 'status', invoker()))).toMatch(/Missing country/);
  });
});

describe('/brief search', () => {
  it('ranks stories and items together, with dates and links; word endings and languages do not matter', async () => {
    const h = await harness();
    await seedBelarus(h);
    await seed(h.store, [], [
      { title: 'Belavia resumes flights to Vilnius', summary: 'Sanctions relief', at: daysAgo(1.5), link: 'https://news.example/belavia' },
      { title: 'Лукашенко помиловал 52 заключённых', at: daysAgo(3), link: 'https://ru.example/1' },
      { title: 'Weather in Minsk', at: daysAgo(1) },
    ]);
    const reply = await slack(h, 'search belavia', invoker());
    expect(reply.ephemeral).toBe(true);
    expect(reply.title).toBe('Search: belavia');
    expect(listOf(reply)).toEqual([
      { text: `${day(daysAgo(2))} · story · sanctions eased · BY, US · Wire Desk — US eases sanctions on Belavia`, url: expect.stringMatching(/^https:\/\/wire\.example\/br-/) },
      { text: `${day(daysAgo(1.5))} · Wire Desk — Belavia resumes flights to Vilnius`, url: 'https://news.example/belavia' },
    ]);
    expect(listOf(await slack(h, 'search pardoned prisoner', invoker())).map((i) => i.text)).toEqual([
      `${day(daysAgo(3))} · story · pardon · BY, US · Reuters, BBC, RFE/RL +1 — Belarus pardons 52 prisoners after US talks`,
    ]);
    expect(listOf(await slack(h, 'search помилованы заключенные', invoker())).map((i) => i.url)).toEqual(['https://ru.example/1']);
    // An item without a link is listed without one.
    expect(listOf(await slack(h, 'search weather', invoker()))).toEqual([{ text: `${day(daysAgo(1))} · Wire Desk — Weather in Minsk` }]);
  });

  it('"nothing found for …" when nothing matches; hostile query syntax just works; a missing query is explained', async () => {
    const h = await harness();
    await seedBelarus(h);
    const none = await slack(h, 'search frozen assets', invoker());
    expect(none.error).toBeUndefined();
    expect(replyText(none)).toMatch(/Nothing found for “frozen assets”/);
    const discord = (query: string) => h.runner.run({ path: ['search'], values: { query } }, invoker({ platform: 'discord' }));
    for (const q of ['"', '*', 'NEAR(', 'OR', 'AND NOT', "'", '(', '%', 'title:x', '"a" NEAR/2 "b"', '^*', "x'; DROP TABLE briefs; --"]) {
      const reply = await discord(q);
      expectNoInternals(reply);
      expect(reply.error).toBeUndefined();
      expect(replyText(reply)).toMatch(/Nothing found for “/);
    }
    expect(listOf(await discord('"belavia" OR NEAR('))).toHaveLength(0);
    expect(listOf(await discord('belavia*'))).toHaveLength(1);
    const empty = await slack(h, 'search', invoker());
    expect(empty.error).toBe(true);
    expect(replyText(empty)).toMatch(/Missing query/);
    expect(h.errors).toEqual([]);
    // Still works after all that.
    expect(listOf(await slack(h, 'search belavia', invoker()))).toHaveLength(1);
  });

  it('feed text in results is escaped by the adapter', async () => {
    const h = await harness();
    await seed(h.store, [], [{ title: 'Alert <!channel> @everyone sanctions', at: daysAgo(1), link: 'https://x.example/a' }]);
    const reply = await slack(h, 'search sanctions alert', invoker());
    expect(listOf(reply)).toHaveLength(1);
    const rendered = JSON.stringify(renderReply(reply));
    expect(rendered).not.toContain('<!channel>');
    expect(rendered).not.toMatch(/@everyone/);
  });
});

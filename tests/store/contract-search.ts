// Store contract cases for full-text search and a country's timeline; run by contract.ts on every backend.
import { expect, it } from 'vitest';
import type { Brief, FeedDefinition, FeedItem, Story, TopicId } from '../../src/core/types.js';
import type { NewBrief, SearchHit, Store } from '../../src/store/store.js';

const T0 = new Date('2025-09-12T10:00:00.000Z');
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);
const WIRE: FeedDefinition = { id: 'wire', name: 'Wire', url: 'https://wire.example/rss', tags: [] };
const RU: FeedDefinition = { id: 'ru-desk', name: 'Русская служба', url: 'https://ru.example/rss', language: 'ru', tags: [] };
const UK: FeedDefinition = { id: 'uk-desk', name: 'Українська служба', url: 'https://uk.example/rss', language: 'uk', tags: [] };

let seq = 0;

function item(feedId: string, title: string, summary = '', publishedAt = T0): FeedItem {
  seq += 1;
  return { feedId, key: `guid:${seq}`, title, summary, contentHash: `h${seq}`, link: `https://${feedId}.example/${seq}`, publishedAt };
}

interface StorySpec {
  headline: string;
  at?: Date;
  body?: string;
  topics?: TopicId[];
  countries?: string[];
  /** Titles of the reports; the first is also stored as the story's item. */
  sources?: string[];
  action?: Brief['action'];
}

function story(feedId: string, spec: StorySpec): { newBrief: NewBrief; report: FeedItem } {
  const when = spec.at ?? T0;
  const report = item(feedId, spec.sources?.[0] ?? spec.headline, '', when);
  const s: Story = { id: `story-${seq}`, topics: spec.topics ?? ['prisoner_release'], countries: spec.countries ?? ['BY'], headline: spec.headline, firstSeenAt: when, updatedAt: when };
  const brief: Brief = {
    id: `brief-${seq}`,
    storyId: s.id,
    topics: s.topics,
    countries: s.countries,
    ...(spec.action ? { action: spec.action } : {}),
    confidence: 0.9,
    headline: spec.headline,
    whatsHappening: spec.body ?? 'Details follow.',
    sources: (spec.sources ?? [spec.headline]).map((title, i) => ({ feedId, feedName: 'Wire', title, url: `https://src.example/${seq}/${i}` })),
    createdAt: when,
  };
  return { newBrief: { story: s, brief, itemKeys: [report.key], subscriptionIds: [] }, report };
}

async function commit(store: Store, feedId: string, items: FeedItem[], stories: Array<{ newBrief: NewBrief; report: FeedItem }> = []): Promise<Brief[]> {
  await store.commitPoll({
    feedId,
    state: { at: T0, nextDueAt: T0 },
    items: [...items, ...stories.map((s) => s.report)].map((i) => ({ item: i })),
    briefs: stories.map((s) => s.newBrief),
  });
  return stories.map((s) => s.newBrief.brief);
}

const label = (h: SearchHit) => (h.kind === 'story' ? `story:${h.brief.headline}` : `item:${h.title}`);

export function searchStoreContract(current: () => Store): void {
  const find = async (q: string, limit = 10) => (await current().search(q, limit)).map(label);

  it('search: stories and items, ranked, stories first on equal terms, a found story\'s own reports folded into it', async () => {
    const store = current();
    await store.syncFeeds([WIRE]);
    await commit(
      store,
      WIRE.id,
      [
        item(WIRE.id, 'Belavia flights resume to Vilnius', 'The airline said sanctions relief made it possible.', days(-1)),
        item(WIRE.id, 'Weather in Minsk', 'Rain.', days(-2)),
        item(WIRE.id, 'Minsk weather warning', 'Storm.', days(-3)),
      ],
      [
        story(WIRE.id, { headline: 'US eases sanctions on Belavia', topics: ['sanctions'], countries: ['BY', 'US'], at: days(-2), body: 'The Treasury lifted restrictions on the airline.' }),
        story(WIRE.id, { headline: 'Talks in Minsk', at: days(-5), body: 'Belavia was mentioned in passing, among many other things said at length.' }),
      ],
    );
    // The headline match ranks first; the lone item next; a mention in a brief's body last.
    expect(await find('belavia')).toEqual(['story:US eases sanctions on Belavia', 'item:Belavia flights resume to Vilnius', 'story:Talks in Minsk']);
    // The story's own report (same title) is not listed a second time.
    expect((await find('eases sanctions belavia')).filter((l) => l.includes('US eases'))).toEqual(['story:US eases sanctions on Belavia']);
    expect(await find('belavia', 1)).toEqual(['story:US eases sanctions on Belavia']);
    expect(await find('weather minsk')).toHaveLength(2);

    const [top, lone] = await store.search('belavia', 2);
    expect(top?.kind === 'story' && top.brief.sources[0]?.url).toMatch(/^https:\/\/src\.example\//);
    expect(top?.kind === 'story' && top.brief.createdAt.getTime()).toBe(days(-2).getTime());
    expect(lone).toMatchObject({ kind: 'item', feedId: 'wire', feedName: 'Wire', title: 'Belavia flights resume to Vilnius' });
    expect(lone?.kind === 'item' && lone.link).toMatch(/^https:\/\/wire\.example\//);
    expect(lone?.kind === 'item' && lone.date.getTime()).toBe(days(-1).getTime());
    expect(top!.score).toBeGreaterThanOrEqual(lone!.score);

    // The very same words: the story outranks a lone item.
    await commit(store, WIRE.id, [item(WIRE.id, 'Lithuania closes border crossing', '', days(0))], [
      story(WIRE.id, { headline: 'Lithuania closes border crossing', topics: ['sanctions'], countries: ['LT', 'BY'], at: days(-4), sources: ['Crossing shut'] }),
    ]);
    expect(await find('border crossing')).toEqual(['story:Lithuania closes border crossing', 'item:Lithuania closes border crossing']);
  });

  it('search: any inflection in English, Russian and Ukrainian; case, accents and ё do not matter', async () => {
    const store = current();
    await store.syncFeeds([WIRE, RU, UK]);
    await commit(store, WIRE.id, [item(WIRE.id, 'Lukashenko pardons 16 prisoners', 'The pardoned include a journalist.'), item(WIRE.id, 'Countries line up at the Élysée')]);
    await commit(store, RU.id, [item(RU.id, 'Политзаключённые помилованы', 'Лукашенко помиловал 16 человек')]);
    await commit(store, UK.id, [item(UK.id, 'Президент помилував полонених', 'Звільнені повернулися додому'), item(UK.id, 'Санкції проти Білорусі продовжено')]);

    expect(await find('pardoned')).toEqual(['item:Lukashenko pardons 16 prisoners']);
    expect(await find('PARDON prisoner')).toEqual(['item:Lukashenko pardons 16 prisoners']);
    expect(await find('country elysee')).toEqual(['item:Countries line up at the Élysée']);
    expect(await find('помиловал')).toEqual(['item:Политзаключённые помилованы']);
    expect(await find('ПОЛИТЗАКЛЮЧЕННЫХ')).toEqual(['item:Политзаключённые помилованы']);
    expect(await find('помилування')).toEqual(['item:Президент помилував полонених']);
    expect(await find('помилувані полонені')).toEqual(['item:Президент помилував полонених']);
    expect(await find('звільнення')).toEqual(['item:Президент помилував полонених']);
    expect(await find('санкцій білорусь')).toEqual(['item:Санкції проти Білорусі продовжено']);
    // Stop words are dropped, not required.
    expect(await find('the pardons of the prisoners')).toEqual(['item:Lukashenko pardons 16 prisoners']);
    expect((await find('16')).sort()).toEqual(['item:Lukashenko pardons 16 prisoners', 'item:Политзаключённые помилованы']);
  });

  it('search: query syntax is never interpreted; a query without words finds nothing', async () => {
    const store = current();
    await store.syncFeeds([WIRE]);
    await commit(store, WIRE.id, [item(WIRE.id, 'Belarus frees prisoners near border'), item(WIRE.id, 'Quota 100% filled_up')]);
    const belarus = ['item:Belarus frees prisoners near border'];
    expect(await find('belarus')).toEqual(belarus);
    for (const q of ['"belarus"', 'belarus*', '(belarus)', '"belarus', 'belarus"', '^belarus', '+belarus', "belarus'", 'belarus\\', '{belarus}', '-belarus']) {
      expect(await find(q)).toEqual(belarus);
    }
    for (const q of ['(', ')', 'NEAR(', 'NEAR(belarus', 'OR', 'AND', 'NOT', 'belarus OR', 'OR belarus', 'belarus NOT border', 'a:b', 'title:belarus', '{a b}: c', '"a" NEAR/2 "b"', '\u0000', '💥', "'; DROP TABLE items; --"]) {
      expect(Array.isArray(await current().search(q, 10))).toBe(true);
    }
    expect(await find('NEAR(border')).toEqual(belarus);
    expect(await find('100%')).toEqual(['item:Quota 100% filled_up']);
    expect(await find('filled_up')).toEqual(['item:Quota 100% filled_up']);
    for (const q of ['', '   ', '"', '""', '*', '%', '_', "'", '\\', ':', '!!!', '— …']) expect(await find(q)).toEqual([]);
    expect(await find('belarus', 0)).toEqual([]);
    expect(await find('nothinglikethis')).toEqual([]);
    expect(await find('belarus')).toEqual(belarus);
  });

  it('search: a rewritten brief is re-indexed; a removed feed takes its items out of the results', async () => {
    const store = current();
    await store.syncFeeds([WIRE, RU]);
    const [brief] = await commit(store, WIRE.id, [], [story(WIRE.id, { headline: 'Belarus frees 16 prisoners', at: days(-1) })]);
    const candidate = (await store.storyCandidates({ topics: ['prisoner_release'], countries: ['BY'], since: days(-30), limit: 1 }))[0]!;
    const more = item(WIRE.id, 'Freed prisoners arrive in Vilnius', 'Ambulances waited at the border.');
    const grown: Brief = {
      ...brief!,
      headline: 'Belarus frees 52 prisoners after US talks',
      countries: ['BY', 'US'],
      sources: [...brief!.sources, { feedId: WIRE.id, feedName: 'Wire', title: more.title, url: more.link }],
      updatedAt: T0,
    };
    await store.commitPoll({
      feedId: WIRE.id,
      state: { at: T0, nextDueAt: T0 },
      items: [{ item: more }],
      briefs: [],
      growths: [
        {
          story: { ...candidate.story, headline: grown.headline, countries: grown.countries },
          match: candidate.match,
          brief: grown,
          itemKeys: [more.key],
          revision: candidate.revision,
          subscriptionIds: [],
        },
      ],
    });
    expect(await find('talks')).toEqual(['story:Belarus frees 52 prisoners after US talks']);
    // The old headline is gone from the brief; its report (an item of the story) still says 16 and finds the story.
    expect(await find('16')).toEqual(['story:Belarus frees 52 prisoners after US talks']);
    // The new report is one of the story's sources: its words find the story, and the item is not listed besides.
    expect(await find('vilnius')).toEqual(['story:Belarus frees 52 prisoners after US talks']);
    // A report's words that the brief lacks find the report itself.
    expect(await find('ambulances')).toEqual(['item:Freed prisoners arrive in Vilnius']);
    expect((await store.countryTimeline('US', 10)).briefs.map((b) => b.headline)).toEqual(['Belarus frees 52 prisoners after US talks']);

    await commit(store, RU.id, [item(RU.id, 'Вильнюс встречает освобождённых', 'Vilnius')]);
    expect(await find('vilnius')).toHaveLength(2);
    expect(await store.removeFeed(RU.id)).toBe('catalogue');
    expect(await find('vilnius')).toEqual(['story:Belarus frees 52 prisoners after US talks']);
    expect(await find('вильнюс')).toEqual([]);
    expect(await store.removeFeed(WIRE.id)).toBe('catalogue');
    // A brief outlives its feed's items; the items are gone.
    expect(await find('ambulances')).toEqual([]);
    expect(await find('talks')).toEqual(['story:Belarus frees 52 prisoners after US talks']);
  });

  it('countryTimeline: newest first, limited, counted, with the newest brief of each topic even beyond the limit', async () => {
    const store = current();
    await store.syncFeeds([WIRE]);
    await commit(store, WIRE.id, [], [
      story(WIRE.id, { headline: 'Belarus pardons 16', at: days(-40), action: 'pardon' }),
      ...[1, 2, 3, 4].map((n) => story(WIRE.id, { headline: `EU sanctions round ${n}`, topics: ['sanctions'], countries: ['BY', 'LT'], at: days(-30 + n) })),
      story(WIRE.id, { headline: 'Ukraine and Russia swap POWs', countries: ['RU', 'UA'], at: days(-1) }),
    ]);
    const by = await store.countryTimeline('by', 3);
    expect(by.briefs.map((b) => b.headline)).toEqual(['EU sanctions round 4', 'EU sanctions round 3', 'EU sanctions round 2']);
    expect(by.total).toBe(5);
    expect(by.latest.sanctions?.headline).toBe('EU sanctions round 4');
    expect(by.latest.prisoner_release?.headline).toBe('Belarus pardons 16');
    const lt = await store.countryTimeline('LT', 10);
    expect(lt.briefs).toHaveLength(4);
    expect(lt.total).toBe(4);
    expect(lt.latest.prisoner_release).toBeUndefined();
    expect(await store.countryTimeline('VE', 10)).toEqual({ briefs: [], total: 0, latest: {} });
  });
}

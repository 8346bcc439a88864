// Store contract cases for stories that grow (candidates, reports, in-place rewrite with update
// rows); run by contract.ts on every backend.
import { expect, it } from 'vitest';
import type { Brief, Classification, FeedItem, Story } from '../../src/core/types.js';
import { StoryConflictError, type NewBrief, type Store, type StoryGrowth } from '../../src/store/store.js';

const T0 = new Date('2025-06-10T08:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ALL = { topics: [], countries: [], minConfidence: 0 };
const WIRE = { id: 'wire', name: 'Wire', url: 'https://wire.example/rss', tags: [] };
const RU = { id: 'ru-desk', name: 'Русская служба', url: 'https://ru.example/rss', language: 'ru', tags: [] };

const RELEASE: Classification = {
  topics: ['prisoner_release'],
  countries: ['BY', 'UA'],
  action: 'pardon',
  stage: 'completed',
  people: 31,
  actors: { acting: ['BY'], targeted: ['UA'] },
  confidence: 0.9,
  language: 'en',
  evidence: ['pardons'],
};

function item(feedId: string, key: string, title: string): FeedItem {
  return { feedId, key, title, summary: `${title}.`, contentHash: `h-${key}`, link: `https://x.example/${key}`, publishedAt: at(-5) };
}

function newStory(id: string, itemKey: string, subscriptionIds: number[], opts: { topics?: Story['topics']; countries?: string[]; when?: Date } = {}): NewBrief {
  const when = opts.when ?? T0;
  const story: Story = { id, topics: opts.topics ?? ['prisoner_release'], countries: opts.countries ?? ['BY', 'UA'], headline: `Story ${id}`, firstSeenAt: when, updatedAt: when };
  const brief: Brief = { ...story, id: `brief-${id}`, storyId: id, action: 'pardon', people: 31, confidence: 0.9, whatsHappening: 'x', sources: [], createdAt: when };
  return {
    story,
    match: { action: 'pardon', people: 31, actors: { acting: ['BY'], targeted: [] }, firstReportAt: at(-5), lastReportAt: when, fingerprint: `{"terms":{"n:31":2}}` },
    brief,
    itemKeys: [itemKey],
    subscriptionIds,
  };
}

async function commit(store: Store, feedId: string, items: FeedItem[], briefs: NewBrief[], growths: StoryGrowth[] = [], when = T0) {
  return store.commitPoll({
    feedId,
    state: { at: when, nextDueAt: when },
    items: items.map((i) => ({ item: i, classification: { ...RELEASE, language: feedId === RU.id ? 'ru' : 'en' } })),
    briefs,
    growths,
  });
}

export function storyStoreContract(current: () => Store): void {
  it('storyCandidates: shares a topic and a country, recent enough, newest first, with what matching needs', async () => {
    const store = current();
    await store.syncFeeds([WIRE]);
    await commit(store, WIRE.id, [item(WIRE.id, 'a', 'A'), item(WIRE.id, 'b', 'B'), item(WIRE.id, 'c', 'C'), item(WIRE.id, 'd', 'D')], [
      newStory('by-release', 'a', [], { when: at(0) }),
      newStory('by-sanctions', 'b', [], { topics: ['sanctions'], countries: ['BY'], when: at(10) }),
      newStory('ve-release', 'c', [], { countries: ['US', 'VE'], when: at(20) }),
      newStory('ua-release-old', 'd', [], { countries: ['UA'], when: at(-60 * 24 * 30) }),
    ]);
    const found = await store.storyCandidates({ topics: ['prisoner_release'], countries: ['BY', 'VE'], since: at(-60), limit: 10 });
    expect(found.map((c) => c.story.id)).toEqual(['ve-release', 'by-release']);
    const by = found[1]!;
    expect(by).toMatchObject({
      revision: 0,
      briefId: 'brief-by-release',
      story: { topics: ['prisoner_release'], countries: ['BY', 'UA'], headline: 'Story by-release' },
      match: { action: 'pardon', people: 31, actors: { acting: ['BY'], targeted: [] }, fingerprint: '{"terms":{"n:31":2}}' },
    });
    expect(by.match.firstReportAt.getTime()).toBe(at(-5).getTime());
    expect(by.match.lastReportAt.getTime()).toBe(at(0).getTime());
    expect(by.briefCreatedAt.getTime()).toBe(at(0).getTime());
    // The since bound, the limit, a topic with "_" taken literally, and empty lists.
    expect((await store.storyCandidates({ topics: ['prisoner_release'], countries: ['UA'], since: new Date(0), limit: 10 })).map((c) => c.story.id)).toEqual(['by-release', 'ua-release-old']);
    expect(await store.storyCandidates({ topics: ['prisoner_release'], countries: ['BY', 'VE'], since: at(-60), limit: 1 })).toHaveLength(1);
    expect((await store.storyCandidates({ topics: ['sanctions'], countries: ['by'], since: at(-60), limit: 10 })).map((c) => c.story.id)).toEqual(['by-sanctions']);
    expect(await store.storyCandidates({ topics: [], countries: ['BY'], since: at(-60), limit: 10 })).toEqual([]);
  });

  it('grows a story in place: reports from two feeds, the same brief id, update rows for delivered posts, posts only for the new', async () => {
    const store = current();
    await store.syncFeeds([WIRE, RU]);
    const delivered = await store.ensureSubscription('slack', 'C1', ALL);
    const console_ = await store.ensureSubscription('console', 'stdout', ALL);
    const pending = await store.ensureSubscription('discord', 'D1', ALL);
    const newcomer = await store.ensureSubscription('slack', 'C2', ALL);
    const digest = await store.ensureSubscription('slack', 'C3', { ...ALL, digest: 'daily' });
    const first = await commit(store, WIRE.id, [item(WIRE.id, 'w1', 'Belarus pardons 31 Ukrainians')], [newStory('s1', 'w1', [delivered.id, console_.id, pending.id])]);
    const [rowSlack, rowConsole] = first.outboxIds;
    await store.markDelivered(rowSlack!, at(1), 'C1:1700000000.000100', 1);
    await store.markDelivered(rowConsole!, at(1)); // delivered without a message id: nothing to edit

    const [candidate] = await store.storyCandidates({ topics: ['prisoner_release'], countries: ['BY'], since: at(-60), limit: 10 });
    const brief = (await store.getBrief('brief-s1'))!;
    const grown: Brief = { ...brief, headline: 'Belarus pardons 31 Ukrainians (2 reports)', people: 31, updatedAt: at(30) };
    const growth: StoryGrowth = {
      story: { ...candidate!.story, countries: ['BY', 'UA', 'US'], headline: grown.headline, updatedAt: at(30) },
      match: { ...candidate!.match, lastReportAt: at(25), fingerprint: '{"terms":{"n:31":4}}' },
      brief: grown,
      itemKeys: ['r1'],
      revision: candidate!.revision,
      subscriptionIds: [delivered.id, pending.id, newcomer.id, digest.id],
    };
    const result = await commit(store, RU.id, [item(RU.id, 'r1', 'Лукашенко помиловал 31 украинца')], [], [growth], at(30));
    expect(result.itemsInserted).toBe(1);
    expect(result.outboxIds).toHaveLength(2); // one update (C1), one post (C2)

    expect(await store.getBrief('brief-s1')).toEqual(grown);
    expect((await store.latestBriefs({ limit: 10 })).map((b) => b.id)).toEqual(['brief-s1']);
    const due = await store.dueOutbox(at(31), 10);
    expect(due.map((w) => [w.entry.channel, w.kind, w.targetId])).toEqual([
      ['D1', 'post', undefined],
      ['C1', 'update', 'C1:1700000000.000100'],
      ['C2', 'post', undefined],
    ]);
    for (const w of due) {
      expect(w.brief.headline).toBe(grown.headline);
      expect(w.revision).toBe(2);
    }

    const reports = await store.storyReports('s1');
    expect(reports.map((r) => [r.feed.id, r.feed.name, r.item.key, r.classification.language])).toEqual([
      ['wire', 'Wire', 'w1', 'en'],
      ['ru-desk', 'Русская служба', 'r1', 'ru'],
    ]);
    expect(reports[0]!.classification).toEqual({ ...RELEASE, language: 'en' });
    expect(reports[0]!.seenAt.getTime()).toBe(T0.getTime());
    expect(reports[1]!.item).toMatchObject({ title: 'Лукашенко помиловал 31 украинца', link: 'https://x.example/r1' });
    expect(reports[1]!.item.publishedAt?.getTime()).toBe(at(-5).getTime());
    expect(await store.storyReports('no-such-story')).toEqual([]);

    const after = (await store.storyCandidates({ topics: ['prisoner_release'], countries: ['US'], since: at(-60), limit: 10 }))[0]!;
    expect(after).toMatchObject({ revision: 1, story: { countries: ['BY', 'UA', 'US'] }, match: { fingerprint: '{"terms":{"n:31":4}}' } });
    expect(after.match.lastReportAt.getTime()).toBe(at(25).getTime());
  });

  it('refuses a growth from a stale read and writes nothing of the poll', async () => {
    const store = current();
    await store.syncFeeds([WIRE, RU]);
    await commit(store, WIRE.id, [item(WIRE.id, 'w1', 'A')], [newStory('s1', 'w1', [])]);
    const [candidate] = await store.storyCandidates({ topics: ['prisoner_release'], countries: ['BY'], since: at(-60), limit: 10 });
    const brief = (await store.getBrief('brief-s1'))!;
    const growth = (key: string, headline: string): StoryGrowth => ({
      story: { ...candidate!.story, headline },
      match: candidate!.match,
      brief: { ...brief, headline },
      itemKeys: [key],
      revision: candidate!.revision,
      subscriptionIds: [],
    });
    await commit(store, WIRE.id, [item(WIRE.id, 'w2', 'B')], [], [growth('w2', 'first growth')], at(5));
    await expect(commit(store, RU.id, [item(RU.id, 'r1', 'C')], [], [growth('r1', 'stale growth')], at(6))).rejects.toBeInstanceOf(StoryConflictError);
    expect(await store.seenKeys(RU.id, ['r1'])).toEqual(new Set());
    expect((await store.getBrief('brief-s1'))?.headline).toBe('first growth');
    expect((await store.storyReports('s1')).map((r) => r.item.key)).toEqual(['w1', 'w2']);
  });

  it('a post delivered with an older brief revision than stored gets an update row; posts stay unique', async () => {
    const store = current();
    await store.syncFeeds([WIRE]);
    const sub = await store.ensureSubscription('slack', 'C1', ALL);
    const s1 = newStory('s1', 'w1', [sub.id]);
    const { outboxIds } = await commit(store, WIRE.id, [item(WIRE.id, 'w1', 'A')], [s1]);
    const [work] = await store.dueOutbox(at(1), 10);
    expect(work).toMatchObject({ kind: 'post', revision: 1 });
    const [candidate] = await store.storyCandidates({ topics: ['prisoner_release'], countries: ['BY'], since: at(-60), limit: 10 });
    await commit(store, WIRE.id, [item(WIRE.id, 'w2', 'B')], [], [
      { story: candidate!.story, match: candidate!.match, brief: { ...s1.brief, headline: 'grown' }, itemKeys: ['w2'], revision: 0, subscriptionIds: [sub.id] },
    ]);
    // The post was read before the rewrite (revision 1) and lands after it.
    await store.markDelivered(outboxIds[0]!, at(2), 'C1:1.0', work!.revision);
    const due = await store.dueOutbox(at(3), 10);
    expect(due.map((w) => [w.kind, w.targetId, w.brief.headline])).toEqual([['update', 'C1:1.0', 'grown']]);
    // The update itself delivered: nothing more is queued.
    await store.markDelivered(due[0]!.entry.id, at(4), 'C1:1.0', due[0]!.revision);
    expect(await store.dueOutbox(at(5), 10)).toEqual([]);
    // Re-committing the story's first brief queues no second post.
    expect((await commit(store, WIRE.id, [], [s1])).outboxIds).toEqual([]);
  });
}

// Reports of one event become one story (one brief, grown in place); different events never merge.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestItem } from '../helpers/rss.js';
import { days, hours, pubDate, startStoryHarness, type StoryHarness } from './harness.js';

const T0 = new Date('2026-11-20T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

function item(guid: string, title: string, description: string, when: Date): TestItem {
  return { guid, title, description, pubDate: pubDate(when), link: `https://news.example/${guid}` };
}

const PARDON_EN = (when: Date) =>
  item(
    'wire-31',
    'Belarus pardons 31 Ukrainians after talks with US',
    'Belarusian leader Alexander Lukashenko pardoned 31 Ukrainian citizens following talks with a US delegation.',
    when,
  );
const PARDON_EN_OTHER = (when: Date) =>
  item(
    'desk-31',
    'Lukashenko frees 31 Ukrainian prisoners, hands them over to Kyiv',
    'Thirty-one Ukrainians pardoned by Belarus leader Alexander Lukashenko were handed over to Ukraine after a visit by a US envoy.',
    when,
  );
const PARDON_RU = (when: Date) =>
  item(
    'ru-31',
    'Лукашенко помиловал 31 украинца после переговоров с США',
    'Президент Беларуси Александр Лукашенко помиловал 31 гражданина Украины после переговоров с американской делегацией.',
    when,
  );

describe('stories', () => {
  let h: StoryHarness;
  afterEach(async () => h?.close());

  it('merges the same event from two feeds (English + English) into one brief, updated in place', async () => {
    h = await startStoryHarness(T0);
    expect(await h.poll('wire', [PARDON_EN(at(hours(-1)))], at(0))).toMatchObject({ kind: 'polled', briefs: 1, updatedBriefs: 0 });
    const [first] = await h.briefs();
    expect(await h.poll('desk', [PARDON_EN_OTHER(at(hours(1)))], at(hours(2)))).toMatchObject({ kind: 'polled', briefs: 0, updatedBriefs: 1 });

    const briefs = await h.briefs();
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.id).toBe(first!.id);
    expect(briefs[0]!.sources.map((s) => s.feedName)).toEqual(['Wire', 'Second Desk']);
    expect(briefs[0]!.createdAt).toEqual(first!.createdAt);
    expect(briefs[0]!.updatedAt).toEqual(at(hours(2)));
    // The writer saw every report of the story, oldest first.
    expect(h.writes.at(-1)!.reports.map((r) => r.feed.id)).toEqual(['wire', 'desk']);
    expect(h.writes.at(-1)!.briefId).toBe(first!.id);
  });

  it('merges the same event reported in English and in Russian', async () => {
    h = await startStoryHarness(T0);
    await h.poll('wire', [PARDON_EN(at(hours(-1)))], at(0));
    expect(await h.poll('ru', [PARDON_RU(at(hours(3)))], at(hours(4)))).toMatchObject({ briefs: 0, updatedBriefs: 1 });
    const briefs = await h.briefs();
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.sources.map((s) => s.feedId)).toEqual(['wire', 'ru']);
    // And the other way round: Russian first, English later.
    await h.close();
    h = await startStoryHarness(T0);
    await h.poll('ru', [PARDON_RU(at(hours(-1)))], at(0));
    expect(await h.poll('wire', [PARDON_EN(at(hours(5)))], at(hours(6)))).toMatchObject({ briefs: 0, updatedBriefs: 1 });
    expect(await h.briefs()).toHaveLength(1);
  });

  it('merges a repeated report in one feed, and several reports of one event in the same poll', async () => {
    h = await startStoryHarness(T0);
    // Two outlets' versions arrive in one poll of an aggregator feed: one story, one brief.
    expect(await h.poll('wire', [PARDON_EN(at(hours(-2))), PARDON_EN_OTHER(at(hours(-1)))], at(0))).toMatchObject({
      newItems: 2,
      briefs: 1,
      updatedBriefs: 0,
    });
    // The same feed repeats the news later with a new guid.
    const repeat = item('wire-31-b', 'Belarus hands over 31 pardoned Ukrainians', 'Lukashenko pardoned 31 Ukrainians; they crossed into Ukraine.', at(hours(20)));
    expect(await h.poll('wire', [repeat, PARDON_EN(at(hours(-2))), PARDON_EN_OTHER(at(hours(-1)))], at(hours(21)))).toMatchObject({
      newItems: 1,
      briefs: 0,
      updatedBriefs: 1,
    });
    const briefs = await h.briefs();
    expect(briefs).toHaveLength(1);
    expect(briefs[0]!.sources).toHaveLength(3);
  });

  it('keeps two Belarus releases a month apart as two stories, the later one told about the earlier', async () => {
    h = await startStoryHarness(T0);
    await h.poll('wire', [PARDON_EN(at(hours(-1)))], at(0));
    const later = item(
      'wire-31-dec',
      'Belarus pardons 31 Ukrainians after talks with US',
      'Belarusian leader Alexander Lukashenko pardoned another 31 Ukrainian citizens following talks with a US delegation.',
      at(days(30)),
    );
    expect(await h.poll('wire', [later, PARDON_EN(at(hours(-1)))], at(days(30) + hours(1)))).toMatchObject({ briefs: 1, updatedBriefs: 0 });
    const briefs = await h.briefs();
    expect(briefs).toHaveLength(2);
    expect(new Set(briefs.map((b) => b.storyId)).size).toBe(2);
    // History: briefs of other, earlier stories sharing a topic and a country.
    const input = h.writes.at(-1)!;
    expect(input.history.map((b) => b.id)).toEqual([briefs[1]!.id]);
    expect(input.reports).toHaveLength(1);
  });

  it('does not merge different numbers, opposite actions or different countries', async () => {
    h = await startStoryHarness(T0);
    await h.poll('wire', [PARDON_EN(at(hours(-1)))], at(0));
    const fiftyTwo = item(
      'desk-52',
      'Belarus frees 52 political prisoners in deal with US',
      'Fifty-two prisoners, including opposition activists, were released by Lukashenko after a visit by a US envoy.',
      at(hours(1)),
    );
    expect(await h.poll('desk', [fiftyTwo], at(hours(2)))).toMatchObject({ briefs: 1, updatedBriefs: 0 });

    const impose = item('wire-imp', 'US imposes sanctions on Belarusian airline Belavia', 'The Treasury imposed sanctions on Belavia, the state airline of Belarus.', at(hours(3)));
    const lift = item('desk-lift', 'US lifts sanctions on Belarusian airline Belavia', 'The Treasury lifted sanctions on Belavia, the state airline of Belarus.', at(hours(4)));
    expect(await h.poll('wire', [impose, PARDON_EN(at(hours(-1)))], at(hours(4)))).toMatchObject({ briefs: 1, updatedBriefs: 0 });
    expect(await h.poll('desk', [lift, fiftyTwo], at(hours(5)))).toMatchObject({ briefs: 1, updatedBriefs: 0 });

    const venezuela = item('ru-ve', 'Venezuela pardons 31 prisoners after talks with US', 'President Nicolas Maduro pardoned 31 prisoners following talks with a US delegation.', at(hours(5)));
    expect(await h.poll('wire', [venezuela, impose, PARDON_EN(at(hours(-1)))], at(hours(6)))).toMatchObject({ briefs: 1, updatedBriefs: 0 });

    const briefs = await h.briefs();
    expect(briefs).toHaveLength(5);
    expect(briefs.every((b) => b.sources.length === 1)).toBe(true);
  });

  it('a sanctions story from the same week about another target stays apart', async () => {
    h = await startStoryHarness(T0);
    const potash = item('wire-potash', 'US sanctions Belarusian potash giant Belaruskali', 'The Treasury designated Belaruskali, the state potash producer, freezing its US assets.', at(0));
    const officials = item('desk-officials', 'US sanctions Belarus officials over election fraud', 'The State Department imposed visa bans on Belarusian officials responsible for the rigged vote.', at(days(2)));
    await h.poll('wire', [potash], at(hours(1)));
    expect(await h.poll('desk', [officials], at(days(2) + hours(1)))).toMatchObject({ briefs: 1, updatedBriefs: 0 });
    expect(await h.briefs()).toHaveLength(2);
  });

  it('keeps an offer of relief apart from the relief granted, whichever feed is read first (stage stored with the story)', async () => {
    const eased = item(
      'wire-belavia',
      'US eases sanctions on Belarusian airline Belavia',
      'The Treasury Department removed Belavia from its list of blocked entities and issued a general licence covering maintenance of its jets.',
      at(0),
    );
    const offer = item(
      'desk-envoy',
      'US envoy says further sanctions relief for Belarus possible if prisoner releases continue',
      'The special envoy told reporters that Washington could ease restrictions on Belarusian potash exports in exchange for the freeing of more detainees.',
      at(hours(13)),
    );
    for (const [first, second] of [
      [eased, offer],
      [offer, eased],
    ] as const) {
      h = await startStoryHarness(T0);
      await h.poll('wire', [first], at(hours(14)));
      // The second feed reads the first report's story back from the database, stage included.
      expect(await h.poll('desk', [second], at(hours(15)))).toMatchObject({ briefs: 1, updatedBriefs: 0 });
      const briefs = await h.briefs();
      expect(briefs).toHaveLength(2);
      expect(briefs.find((b) => b.headline.startsWith('US eases'))!.topics).toEqual(['sanctions']);
      await h.close();
    }
    // And in one poll of one feed.
    h = await startStoryHarness(T0);
    expect(await h.poll('wire', [eased, offer], at(hours(14)))).toMatchObject({ briefs: 2 });
  });
});

// The Belarus–Ukraine pardon case: three reports of one story (RFE/RL, Reuters, a Russian-language
// outlet) and attache's history of two earlier Belarus releases and one earlier sanctions measure.
import type { BriefInput, StoryReport } from '../../src/brief/writer.js';
import type { Brief, Classification } from '../../src/core/types.js';

export function classification(over: Partial<Classification> = {}): Classification {
  return {
    topics: ['prisoner_release'],
    countries: ['BY', 'UA', 'US'],
    action: 'pardon',
    actors: { acting: [], targeted: [] },
    confidence: 0.9,
    language: 'en',
    evidence: ['pardons', 'pardoned'],
    ...over,
  };
}

let seq = 0;
export function report(feed: { id: string; name: string }, title: string, summary: string, at: string, cls: Partial<Classification>, link?: string): StoryReport {
  seq += 1;
  return {
    item: { feedId: feed.id, key: `k${seq}`, contentHash: `h${seq}`, title, summary, link, publishedAt: new Date(at) },
    classification: classification(cls),
    feed,
    seenAt: new Date(new Date(at).getTime() + 60_000),
  };
}

export const RFERL = { id: 'rferl-en', name: 'RFE/RL' };
export const REUTERS = { id: 'reuters-world', name: 'Reuters' };
export const ZERKALO = { id: 'zerkalo-ru', name: 'Зеркало' };

export const FORWARD = 'Talks between Minsk and Washington on further releases are expected to continue next week';

export function belarusReports(): StoryReport[] {
  return [
    report(
      RFERL,
      'Belarus pardons 31 Ukrainians as goodwill gesture after agreements with Trump',
      "Belarusian President Alexander Lukashenko has pardoned 31 Ukrainians who were jailed in Belarus for criminal offenses, following agreements reached with U.S. President Donald Trump at Ukraine's request. The pardoned individuals have been handed over to Kyiv.",
      '2025-11-20T09:14:00Z',
      { people: 31 },
      'https://www.rferl.org/a/belarus-pardons-31-ukrainians/33600001.html',
    ),
    report(
      REUTERS,
      'BELARUS FREES UKRAINIANS - REUTERS',
      `Belarus released 31 Ukrainian citizens on Thursday, the presidential press service said. ${FORWARD}.`,
      '2025-11-20T10:02:00Z',
      { people: 31, stage: 'completed', actors: { acting: ['BY'], targeted: ['UA'] }, confidence: 0.93 },
      'https://www.reuters.com/world/europe/belarus-frees-ukrainians-2025-11-20/',
    ),
    report(
      ZERKALO,
      'Лукашенко помиловал 31 гражданина Украины',
      'Помилованные переданы украинской стороне. Следующий раунд переговоров с США запланирован на декабрь.',
      '2025-11-20T11:00:00Z',
      { people: 30, countries: ['UA', 'US'], language: 'ru', evidence: ['помиловал'] },
      'https://news.zerkalo.io/life/100001.html',
    ),
  ];
}

export function earlierBrief(over: Partial<Brief> & Pick<Brief, 'id' | 'headline' | 'createdAt'>): Brief {
  return {
    storyId: `story-${over.id}`,
    topics: ['prisoner_release'],
    countries: ['BY'],
    confidence: 0.9,
    whatsHappening: over.headline,
    sources: [],
    ...over,
  };
}

/** Newest first, as the story step hands it over. */
export function belarusHistory(): Brief[] {
  return [
    earlierBrief({ id: 'h3', headline: 'EU extends sanctions on Belarus for a year', topics: ['sanctions'], action: 'extend', stage: 'completed', countries: ['BY'], createdAt: new Date('2025-10-02T08:00:00Z') }),
    earlierBrief({ id: 'h2', headline: 'Belarus frees 52 prisoners after US visit', action: 'release', stage: 'completed', people: 52, countries: ['BY', 'LT', 'US'], createdAt: new Date('2025-09-11T12:30:00Z') }),
    earlierBrief({ id: 'h1', headline: 'Lukashenko pardons 16 political prisoners', action: 'pardon', stage: 'completed', people: 16, createdAt: new Date('2025-06-21T07:00:00Z') }),
  ];
}

export function belarusInput(over: Partial<BriefInput> = {}): BriefInput {
  return {
    storyId: 'story-belarus',
    briefId: 'brief-belarus',
    reports: belarusReports(),
    history: belarusHistory(),
    createdAt: new Date('2025-11-20T09:15:00Z'),
    now: new Date('2025-11-20T11:01:00Z'),
    ...over,
  };
}

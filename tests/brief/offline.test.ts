import { describe, expect, it } from 'vitest';
import { offlineBriefWriter, writeBriefOffline } from '../../src/brief/build.js';
import { forwardLooking } from '../../src/brief/next.js';
import { sentences } from '../../src/brief/text.js';
import { createClassifier } from '../../src/classify/index.js';
import { belarusHistory, belarusInput, belarusReports, earlierBrief, FORWARD, report, REUTERS, RFERL, ZERKALO } from './belarus.js';

describe('offline brief: the Belarus–Ukraine pardon case', () => {
  const brief = writeBriefOffline(belarusInput());

  it('fills the fields from all reports', () => {
    expect(brief.id).toBe('brief-belarus');
    expect(brief.storyId).toBe('story-belarus');
    expect(brief.topics).toEqual(['prisoner_release']);
    expect(brief.action).toBe('pardon');
    expect(brief.stage).toBe('completed');
    // Two reports say 31, one says 30: the most reported number wins.
    expect(brief.people).toBe(31);
    expect(brief.countries).toEqual(['BY', 'UA', 'US']);
    expect(brief.actors).toEqual({ acting: ['BY'], targeted: ['UA'] });
    expect(brief.confidence).toBe(0.93);
    expect(brief.updatedAt).toEqual(new Date('2025-11-20T11:01:00Z'));
  });

  it('takes the clearest title as headline, not the shouting one', () => {
    expect(brief.headline).toBe('Belarus pardons 31 Ukrainians as goodwill gesture after agreements with Trump');
  });

  it("says what's happening: who, what, how many, where", () => {
    expect(brief.whatsHappening).toMatch(/^Belarus pardoned 31 Ukrainians; the reports also name the United States\./);
    expect(brief.whatsHappening).toContain('Alexander Lukashenko has pardoned 31 Ukrainians');
    expect(brief.whatsHappening.length).toBeLessThan(700);
  });

  it('says why it matters from the history: ordinal, total freed, the previous event, no sanctions claim', () => {
    expect(brief.whyItMatters).toContain('3rd Belarus prisoner release since June 2025');
    expect(brief.whyItMatters).toContain('99 people freed in these releases');
    expect(brief.whyItMatters).toContain('11 September 2025 (“Belarus frees 52 prisoners after US visit”)');
    expect(brief.whyItMatters).not.toMatch(/sanctions/i);
  });

  it("says what's next from the reports' forward-looking sentences, attributed, at most two", () => {
    expect(brief.whatsNext).toContain(`${FORWARD} (Reuters).`);
    expect(brief.whatsNext).toContain('Следующий раунд переговоров с США запланирован на декабрь (Зеркало).');
    expect(sentences(brief.whatsNext!).length).toBeLessThanOrEqual(2);
  });

  it('lists every report as a source with its link and time', () => {
    expect(brief.sources.map((s) => s.feedName)).toEqual(['RFE/RL', 'Reuters', 'Зеркало']);
    expect(brief.sources.every((s) => s.url?.startsWith('https://'))).toBe(true);
    expect(brief.sources[0]?.publishedAt).toEqual(new Date('2025-11-20T09:14:00Z'));
  });

  it('writes the same brief through the BriefWriter contract', async () => {
    await expect(offlineBriefWriter(belarusInput())).resolves.toEqual(brief);
  });
});

describe('offline brief: no filler', () => {
  it('leaves out "why it matters" and "what\'s next" with no history and nothing forward-looking', () => {
    const only = belarusReports()[0]!;
    const brief = writeBriefOffline(belarusInput({ reports: [only], history: [], now: new Date('2025-11-20T09:15:00Z') }));
    expect(brief.whyItMatters).toBeUndefined();
    expect(brief.whatsNext).toBeUndefined();
    expect(brief.updatedAt).toBeUndefined();
    expect(brief.whatsHappening).toContain('31');
  });

  it('invents no number, actor or stage when the classifier gives none', () => {
    const bare = report(RFERL, 'Belarus frees Ukrainian prisoners', 'Minsk handed the group over at the border on Thursday.', '2025-11-20T09:00:00Z', {
      action: 'release',
      people: undefined,
      evidence: [],
    });
    const brief = writeBriefOffline(belarusInput({ reports: [bare], history: [] }));
    expect(brief.people).toBeUndefined();
    expect(brief.stage).toBeUndefined();
    expect(brief.whatsHappening).not.toMatch(/\d|undefined|NaN/);
    expect(brief.whatsHappening).toMatch(/^Prisoner release, involving Belarus, Ukraine and the United States\. Minsk handed the group over/);
  });

  it('says nothing of history when the earlier briefs are about another country', () => {
    const other = earlierBrief({ id: 'x', headline: 'Iran frees a French citizen', countries: ['IR', 'FR'], createdAt: new Date('2025-10-01T00:00:00Z') });
    const brief = writeBriefOffline(belarusInput({ history: [other] }));
    expect(brief.whyItMatters).toBe('First Belarus prisoner release attache has recorded (its records go back to October 2025).');
  });
});

describe('offline brief: extraction rules', () => {
  it('prefers a later, clearer title over a first one that is a live blog', () => {
    const reports = [
      report(REUTERS, 'LIVE: updates', 'Belarus pardoned 31 Ukrainians on Thursday.', '2025-11-20T09:00:00Z', { people: 31 }, 'https://a.example/1'),
      report(RFERL, 'Belarus pardons 31 Ukrainians after talks with the US', 'Minsk said the group was handed to Kyiv.', '2025-11-20T09:30:00Z', { people: 31 }, 'https://b.example/2'),
    ];
    expect(writeBriefOffline(belarusInput({ reports })).headline).toBe('Belarus pardons 31 Ukrainians after talks with the US');
  });

  it('takes the latest number when two are reported equally often', () => {
    const reports = [
      report(REUTERS, 'Belarus frees about 30 Ukrainians', 'Early count.', '2025-11-20T09:00:00Z', { people: 30 }, 'https://a.example/1'),
      report(RFERL, 'Belarus frees 31 Ukrainians', 'Final count.', '2025-11-20T10:00:00Z', { people: 31 }, 'https://b.example/2'),
    ];
    expect(writeBriefOffline(belarusInput({ reports })).people).toBe(31);
  });

  it('in an exchange, a report counting one side backs the count of both, later or not', () => {
    const swap = { topics: ['prisoner_release' as const], action: 'exchange' as const, countries: ['RU', 'UA'] };
    const reports = [
      report(REUTERS, 'Russia and Ukraine swap 84 prisoners each', 'Both sides freed 84.', '2025-11-20T09:00:00Z', { ...swap, people: 168 }, 'https://a.example/1'),
      report(RFERL, '84 Ukrainian defenders come home', 'Kyiv said 84 were freed.', '2025-11-20T10:00:00Z', { ...swap, people: 84 }, 'https://b.example/2'),
    ];
    expect(writeBriefOffline(belarusInput({ reports })).people).toBe(168);
    // Not for a release, where 84 and 168 would be two readings of one count.
    const release = reports.map((r) => ({ ...r, classification: { ...r.classification, action: 'release' as const } }));
    expect(writeBriefOffline(belarusInput({ reports: release })).people).toBe(84);
  });

  it('lists a report once when feeds share its link (fragment and scheme aside)', () => {
    const reports = [
      report(REUTERS, 'A', 'x', '2025-11-20T09:00:00Z', {}, 'https://same.example/story#top'),
      report(RFERL, 'B', 'y', '2025-11-20T09:10:00Z', {}, 'http://same.example/story/'),
      report(ZERKALO, 'C', 'z', '2025-11-20T09:20:00Z', {}),
    ];
    expect(writeBriefOffline(belarusInput({ reports })).sources.map((s) => s.title)).toEqual(['A', 'C']);
  });

  it('finds forward-looking sentences in English, Russian and Ukrainian, without repeats', () => {
    const reports = [
      report(RFERL, 'Belarus frees 31', 'Officials said talks will resume in Geneva next week. Nothing else.', '2025-11-20T09:00:00Z', {}),
      report(REUTERS, 'Belarus frees 31 Ukrainians', 'Officials said talks will resume in Geneva next week.', '2025-11-20T09:10:00Z', {}),
      report(ZERKALO, 'Зеленский', 'Обмен пленными состоится наступного тижня, якщо сторони домовляться.', '2025-11-20T09:20:00Z', { language: 'uk' }),
    ];
    const next = forwardLooking(reports);
    expect(next).toHaveLength(2);
    expect(next.filter((s) => s.includes('talks will resume'))).toHaveLength(1);
    expect(next.some((s) => s.includes('наступного тижня'))).toBe(true);
    expect(forwardLooking([report(RFERL, 'Belarus pardoned 31 Ukrainians', 'The pardoned individuals were handed over to Kyiv.', '2025-11-20T09:00:00Z', {})])).toEqual([]);
    expect(forwardLooking([report(ZERKALO, 'Минск', 'Минск планирует новые помилования до конца года.', '2025-11-20T09:00:00Z', { language: 'ru' })])[0]).toContain('планирует');
  });

  it('keeps sentences whole across "U.S." and initials', () => {
    expect(sentences('Talks with the U.S. President went well. А. Лукашенко помиловал 31 человека. Next.')).toEqual([
      'Talks with the U.S. President went well.',
      'А. Лукашенко помиловал 31 человека.',
      'Next.',
    ]);
  });
});

describe('offline brief: sanctions history', () => {
  const relief = (over = {}) =>
    report(REUTERS, 'US lifts sanctions on Belarusian airline Belavia', 'The Treasury lifted restrictions on Belavia after Minsk freed 52 prisoners.', '2025-11-21T09:00:00Z', {
      topics: ['sanctions'],
      countries: ['BY', 'US'],
      action: 'lift',
      stage: 'completed',
      actors: { acting: ['US'], targeted: ['Belavia', 'BY'] },
      evidence: ['lifted'],
      ...over,
    });

  it('calls the first sanctions relief for Belarus the first attache has seen', () => {
    const brief = writeBriefOffline(belarusInput({ reports: [relief()], history: belarusHistory() }));
    expect(brief.whatsHappening).toMatch(/^The United States lifted sanctions on Belavia \(Belarus\)\./);
    expect(brief.whyItMatters).toBe(
      'First sanctions relief (lifting, easing, waiver or delisting) for Belarus attache has seen (its records go back to June 2025).',
    );
  });

  it('names a delisted firm with its country after it', () => {
    const delist = relief({ action: 'delist', title: 'OFAC removes Belavia from the SDN List' });
    const brief = writeBriefOffline(belarusInput({ reports: [delist], history: belarusHistory() }));
    expect(brief.whatsHappening).toMatch(/^The United States removed Belavia \(Belarus\) from sanctions lists\./);
  });

  it('counts an offer of relief "if more prisoners are freed" as neither a release nor relief', () => {
    const offer = relief({ topics: ['prisoner_release', 'sanctions'], action: 'ease', stage: 'proposed' });
    const brief = writeBriefOffline(belarusInput({ reports: [offer], history: belarusHistory() }));
    expect(brief.whyItMatters).toBeUndefined();
    expect(brief.whatsHappening).toMatch(/^The United States offered to ease sanctions on Belavia \(Belarus\)\./);
  });

  it('dates earlier events by their first report, not by when attache wrote them', () => {
    const replayed = earlierBrief({
      id: 'r2',
      headline: 'US eases potash sanctions on Belarus',
      topics: ['sanctions'],
      action: 'ease',
      countries: ['BY'],
      sources: [{ feedId: 'f', feedName: 'F', title: 't', publishedAt: new Date('2025-08-01T10:00:00Z') }],
      createdAt: new Date('2025-11-01T00:00:00Z'),
    });
    const brief = writeBriefOffline(belarusInput({ reports: [relief()], history: [replayed] }));
    expect(brief.whyItMatters).toBe('2nd sanctions relief for Belarus since August 2025; the previous one was on 1 August 2025 (“US eases potash sanctions on Belarus”).');
  });

  it('counts earlier relief when there was some', () => {
    const earlier = earlierBrief({ id: 'r1', headline: 'US eases potash sanctions on Belarus', topics: ['sanctions'], action: 'ease', stage: 'completed', countries: ['BY', 'US'], createdAt: new Date('2025-09-12T00:00:00Z') });
    const brief = writeBriefOffline(belarusInput({ reports: [relief()], history: [earlier, ...belarusHistory()] }));
    expect(brief.whyItMatters).toBe('2nd sanctions relief for Belarus since September 2025; the previous one was on 12 September 2025 (“US eases potash sanctions on Belarus”).');
  });
});

describe('offline brief from the real classifier', () => {
  it('still reads when classifications carry only topics, countries and action', async () => {
    const classifier = createClassifier();
    const reports = await Promise.all(
      belarusReports().map(async (r) => ({ ...r, classification: await classifier.classify({ title: r.item.title, summary: r.item.summary, language: r.classification.language }) })),
    );
    const brief = writeBriefOffline(belarusInput({ reports }));
    expect(brief.topics).toContain('prisoner_release');
    expect(brief.countries).toEqual(expect.arrayContaining(['BY', 'UA']));
    expect(brief.whatsHappening).toContain('31');
    expect(brief.whatsNext).toContain(FORWARD);
    expect(brief.sources).toHaveLength(3);
  });
});

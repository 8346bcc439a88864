// The pieces of matching on their own: the language-neutral terms and the hard rules.
import { describe, expect, it } from 'vitest';
import type { Classification } from '../../src/core/types.js';
import { acronymsIn, fingerprintOf, lowerBoundsIn, numbersIn, phoneticKey, reasonKeys, spelledNumbersIn } from '../../src/stories/fingerprint.js';
import { agreement, conflict, inverseDocumentFrequency, requiredSimilarity, similarityOf, STORY_RULES, type ReportFacts, type StoryFacts } from '../../src/stories/match.js';
import { reportTime } from '../../src/stories/plan.js';

const NOW = new Date('2026-11-20T10:00:00Z');
const base: Classification = {
  topics: ['prisoner_release'],
  countries: ['BY', 'UA', 'US'],
  action: 'pardon',
  actors: { acting: [], targeted: [] },
  confidence: 0.9,
  language: 'en',
  evidence: [],
};

function report(title: string, summary: string, c: Partial<Classification> = {}, at = NOW): ReportFacts {
  const classification = { ...base, ...c };
  return { ...classification, at, fingerprint: fingerprintOf({ title, summary }, classification) };
}

function story(r: ReportFacts, id = 's'): StoryFacts {
  return { ...r, id, firstReportAt: r.at, lastReportAt: r.at };
}

describe('language-neutral terms', () => {
  it('gives a name the same key in Latin and Cyrillic letters and across spellings', () => {
    expect(phoneticKey('Lukashenko')).toBe(phoneticKey('Лукашенко'));
    expect(phoneticKey('Lukashenka')).toBe(phoneticKey('Лукашэнка'));
    expect(phoneticKey('Alexander')).toBe(phoneticKey('Александр'));
    expect(phoneticKey('Zelensky')).toBe(phoneticKey('Зеленского'));
    expect(phoneticKey('Ukrainians')).toBe(phoneticKey('украинца'));
    expect(phoneticKey('Tikhanovskaya')).toBe(phoneticKey('Тихановская'));
    expect(phoneticKey('Belarus')).not.toBe(phoneticKey('Venezuela'));
    expect(phoneticKey('US')).toBeUndefined();
  });

  it('reads the reason a title gives, in any of the three languages', () => {
    expect(reasonKeys('EU sanctions Iranian officials over drone deliveries to Russia')).toEqual(['drn', 'dlvr', 'rs']);
    expect(reasonKeys('Канада запровадила санкції проти 76 осіб за депортацію українських дітей')).toEqual(['dprt', 'ukrn', 'dt']);
    expect(reasonKeys('US sanctions Rosneft and Lukoil')).toEqual([]);
  });

  it('reads numbers but not years', () => {
    expect(numbersIn('Belarus frees 31 prisoners in 2025; 1,200 remain, 14.5% of them')).toEqual([31, 1200]);
    expect(numbersIn('Лукашенко помиловал 31 украинца')).toEqual([31]);
  });

  it('reads spelled numbers and ordinals, not durations, units or the "one" of "one of them"', () => {
    expect(spelledNumbersIn('Canberra listed fifteen outlets, one of them RT')).toEqual([15]);
    expect(spelledNumbersIn('В список включены пятнадцать организаций')).toEqual([15]);
    expect(spelledNumbersIn('EU adopts 20th sanctions package')).toEqual([20]);
    expect(spelledNumbersIn('Рада ЄС ухвалила двадцятий пакет санкцій')).toEqual([20]);
    expect(spelledNumbersIn('ЕС утвердил 19-й пакет санкций')).toEqual([19]);
    expect(spelledNumbersIn('приговорённую к пяти годам заключения после трёх лет')).toEqual([]);
    expect(spelledNumbersIn('В Мьянме амнистированы более 9,6 тыс. заключённых')).toEqual([]);
    expect(spelledNumbersIn('released after three years in prison')).toEqual([]);
  });

  it('lets the 20th package in English and Ukrainian share its number', () => {
    const en = report('EU adopts 20th sanctions package against Russia', '', { topics: ['sanctions'], action: 'impose', countries: ['RU'] });
    const uk = report('Рада ЄС ухвалила двадцятий пакет санкцій', '', { topics: ['sanctions'], action: 'impose', countries: ['RU'], language: 'uk' });
    expect(en.fingerprint.terms['n:20']).toBeGreaterThan(0);
    expect(uk.fingerprint.terms['n:20']).toBeGreaterThan(0);
    // Spelled numbers are often rounded, so they never join the title numbers that veto a merge.
    expect(uk.fingerprint.titleNumbers).toEqual([]);
  });

  it('keeps short acronyms (the firm or group two outlets share), not blocs and countries', () => {
    expect(acronymsIn('OFAC продлил лицензию сербской NIS; США и ЕС молчат')).toEqual(['nis']);
    expect(acronymsIn("Serbia's NIS wins another U.S. waiver; EU, UK and UN react")).toEqual(['nis']);
    expect(acronymsIn('UK sanctions RSF commanders; M23 and ФСБ named')).toEqual(['rsf', 'm23', 'fsb']);
    expect(acronymsIn('A Belarus pardon')).toEqual([]);
  });

  it("counts the classifier's number of people, which reads number words", () => {
    const words = report('Домой вернулись сто пятьдесят военных', '', { language: 'ru', people: 150 });
    expect(words.fingerprint.numbers).toEqual([150]);
    expect(words.fingerprint.terms['n:150']).toBeGreaterThan(0);
    const digits = report('Russia and Ukraine swap 150 for 150', '', { people: 300 });
    expect(digits.fingerprint.numbers).toEqual([150, 300]);
  });
});

describe('hard rules', () => {
  const en = report('Belarus pardons 31 Ukrainians after talks with US', 'Lukashenko pardoned 31 Ukrainian citizens.');

  it('split different topics, countries, times, actions, parties and numbers', () => {
    expect(conflict(report('US sanctions Belarus', '', { topics: ['sanctions'], action: 'impose' }), story(en))).toBe('different topic');
    // No country in common is left to the text: the full bar, however close in time.
    const iran = report('Iran frees 31', '', { countries: ['IR'] });
    expect(conflict(iran, story(en))).toBeUndefined();
    expect(requiredSimilarity(iran, story(en), false)).toBe(STORY_RULES.minSimilarity);
    expect(conflict(report('Venezuela pardons 31 after US talks', '', { countries: ['US', 'VE'] }), story(en))).toMatch(/one of several countries/);
    // A pardon decree and a swap with another state the same morning: two ways of freeing people, so the full bar.
    const release = { topics: ['prisoner_release' as const], countries: ['BY'] };
    const decree = report('Lukashenko pardons dozens ahead of Independence Day', '', { ...release, action: 'pardon', people: 40 });
    const trade = report('Belarus hands Lithuanian citizen to Vilnius', '', { ...release, countries: ['BY', 'LT'], action: 'exchange' }, new Date(NOW.getTime() + 1800e3));
    expect(requiredSimilarity(trade, story(decree), false)).toBe(STORY_RULES.minSimilarity);
    const handover = report('Belarus hands over pardoned Lithuanians', '', { ...release, countries: ['BY', 'LT'], action: 'handover' }, trade.at);
    expect(requiredSimilarity(handover, story(decree), false)).toBeLessThan(STORY_RULES.minSimilarity / 2);
    // One-sided releases by different captors share no half bonus for overlapping countries.
    const iranFrees = report('Iran frees Danish aid worker', '', { ...release, countries: ['DK', 'IR', 'OM'], action: 'release', actors: { acting: ['IR'], targeted: ['DK'] } });
    const houthisFree = report('Houthis free UN staff', '', { ...release, countries: ['DK', 'OM'], action: 'release', actors: { acting: ['Houthis'], targeted: ['DK'] } });
    expect(agreement(houthisFree, story(iranFrees))).toBe(0);
    expect(agreement({ ...houthisFree, actors: { acting: [], targeted: ['DK'] } }, story(iranFrees))).toBe(STORY_RULES.agreementBonus / 2);
    // The same sanctioning party on the same target: left to the full text bar instead.
    const euOnRussia = { topics: ['sanctions' as const], action: 'impose' as const, actors: { acting: ['EU'], targeted: ['RU'] } };
    const withSlovakia = report('EU adopts package after Slovakia lifts veto', '', { ...euOnRussia, countries: ['RU', 'SK'] });
    const withUkraine = report('EU adopts package, Kyiv welcomes it', '', { ...euOnRussia, countries: ['RU', 'UA'] });
    expect(conflict(withUkraine, story(withSlovakia))).toBeUndefined();
    expect(requiredSimilarity(withUkraine, story(withSlovakia), false)).toBe(STORY_RULES.minSimilarity);
    // A target written in two letters is a country only where the report found that country: "IT workers" is no Italy.
    const sanctioned = { topics: ['sanctions' as const], action: 'designate' as const, countries: ['KP', 'US'] };
    const itWorkers = report('US targets North Korean IT worker network', '', { ...sanctioned, actors: { acting: ['US'], targeted: ['IT', 'KP'] } });
    const frontFirms = report('Washington sanctions DPRK front companies', '', { ...sanctioned, actors: { acting: ['US'], targeted: ['KP'] } }, new Date(NOW.getTime() + 2 * 3600e3));
    expect(requiredSimilarity(frontFirms, story(itWorkers), false)).toBeLessThan(STORY_RULES.minSimilarity / 2);
    const italy = report('US targets Italian shipping firm', '', { ...sanctioned, countries: ['IT', 'US'], actors: { acting: ['US'], targeted: ['IT'] } });
    expect(requiredSimilarity(report('US sanctions firm', '', { ...sanctioned, countries: ['US'], actors: { acting: ['US'], targeted: [] } }, frontFirms.at), story(italy), false)).toBe(STORY_RULES.minSimilarity);
    // One power, one target, hours apart, each title with its own reason: two decisions unless the text says one.
    const iranian = { topics: ['sanctions' as const], action: 'designate' as const, countries: ['IR'], actors: { acting: ['EU'], targeted: ['IR'] } };
    const drones = report('EU sanctions Iranian officials over drone deliveries to Russia', '', iranian);
    const executions = report('EU blacklists Iranian judges and prison officials over executions of protesters', '', iranian, new Date(NOW.getTime() + 2 * 3600e3));
    expect(requiredSimilarity(executions, story(drones), false)).toBe(STORY_RULES.minSimilarity);
    const sameReason = report('EU lists four more Iranian officials over drone supplies', '', iranian, executions.at);
    expect(requiredSimilarity(sameReason, story(drones), false)).toBeLessThan(STORY_RULES.minSimilarity / 2);
    const otherTarget = report('EU lists Iranian drone makers', '', { ...euOnRussia, countries: ['IR', 'RU'], actors: { acting: ['EU'], targeted: ['IR'] } });
    expect(conflict(otherTarget, story(withSlovakia))).toMatch(/one of several countries/);
    const later = new Date(NOW.getTime() + STORY_RULES.maxGapMs + 1);
    expect(conflict(report('Belarus pardons 31 Ukrainians', '', {}, later), story(en))).toBe('too far apart in time');
    const lift = report('US lifts sanctions on Belavia', '', { topics: ['sanctions'], action: 'lift', countries: ['BY', 'US'] });
    const impose = report('US imposes sanctions on Belavia', '', { topics: ['sanctions'], action: 'impose', countries: ['BY', 'US'] });
    expect(conflict(lift, story(impose))).toMatch(/different actions/);
    // An offer and a decision are two events; an announcement and its completion are one.
    const offer = report('Further relief for Belarus possible', '', { topics: ['sanctions'], action: 'lift', stage: 'proposed', countries: ['BY', 'US'] });
    expect(conflict(offer, story({ ...lift, stage: 'completed' }))).toBe('a proposal and a decision');
    expect(conflict({ ...lift, stage: 'announced' }, story({ ...lift, stage: 'completed' }))).toBeUndefined();
    expect(conflict(offer, story({ ...lift, stage: undefined }))).toBeUndefined();
    // Who imposes tells sanctions decisions apart; in a release both sides act, so it does not.
    const sanctions = { topics: ['sanctions' as const], action: 'impose' as const, countries: ['RU'] };
    const eu = report('EU sanctions Russian tankers', '', { ...sanctions, actors: { acting: ['EU'], targeted: ['RU'] } });
    const uk = report('UK sanctions Russian tankers', '', { ...sanctions, actors: { acting: ['GB'], targeted: ['RU'] } });
    expect(conflict(uk, story(eu))).toBe('different acting parties');
    expect(conflict(report('x', '', { actors: { acting: ['UA'], targeted: [] } }), story({ ...en, actors: { acting: ['BY'], targeted: [] } }))).toBeUndefined();
    expect(conflict(report('Belarus pardons Ukrainians', '', { people: 52 }), story({ ...en, people: 31 }))).toMatch(/different numbers/);
    expect(conflict(report('Belarus pardons Ukrainians', '', { people: 30 }), story({ ...en, people: 31 }))).toBeUndefined();
    // A number both texts share explains the difference: two reporters among the 31 pardoned.
    expect(conflict(report('Two reporters among 31 pardoned by Belarus', '', { people: 2 }), story({ ...en, people: 31 }))).toBeUndefined();
    // A report naming no country is left to the other rules.
    expect(conflict(report('31 defenders are home after pardon', '', { countries: [] }), story(en))).toBeUndefined();
    // Without the classifier's count, the numbers in the titles decide.
    expect(conflict(report('Belarus frees 52 prisoners', 'Fifty-two were freed.'), story(en))).toBe('different numbers in the text');
    // With both counts, the counts decide: "more than 130" and 135 freed, "almost 5,000" and 4,800.
    const rounded = report('Guatemala receives more than 130 freed Nicaraguans', '', { countries: ['GT', 'NI'], people: 130 });
    const exact = report('Nicaragua frees 135 political prisoners', '', { countries: ['GT', 'NI'], people: 135 });
    expect(conflict(rounded, story(exact))).toBeUndefined();
    expect(conflict(report('Nicaragua frees 222 political prisoners', '', { countries: ['GT', 'NI'], people: 222 }), story(exact))).toMatch(/different numbers/);
    // In a swap, one report counts both sides ("86 each" = 172) and the other the side it tells (86).
    const swap = { topics: ['prisoner_release' as const], countries: ['RU', 'UA'] };
    const bothSides = report('Russia and Ukraine swap 86 captives each', '', { ...swap, action: 'swap', people: 172 });
    expect(conflict(bothSides, story({ ...en, ...swap, action: 'exchange', people: 86 }))).toBeUndefined();
    expect(conflict(bothSides, story({ ...en, ...swap, action: 'exchange', people: 90 }))).toMatch(/different numbers/);
    expect(conflict(report('Belarus pardons 62', '', { people: 62 }), story({ ...en, action: 'pardon', people: 31 }))).toMatch(/different numbers/);
  });

  it('a count given as a lower bound is the same release as a later exact count up to twice it', () => {
    const amnesty = { topics: ['prisoner_release' as const], countries: ['MM'], action: 'amnesty' as const };
    const later = new Date(NOW.getTime() + 20 * 3600_000);
    const exact = report('Myanmar amnesty: 4,335 prisoners freed', '', { ...amnesty, people: 4335 }, later);
    expect(conflict(exact, story(report('Myanmar junta frees more than 3,000 in amnesty', '', { ...amnesty, people: 3000 })))).toBeUndefined();
    expect(conflict(exact, story(report('Myanmar junta frees 3,000 in amnesty', '', { ...amnesty, people: 3000 })))).toMatch(/different numbers/);
    expect(conflict(exact, story(report('Myanmar junta frees more than 2,000 in amnesty', '', { ...amnesty, people: 2000 })))).toMatch(/different numbers/);
    expect(lowerBoundsIn('понад 200 полонених, over 1.5 million')).toEqual([200]);
  });

  it('one shared country of several is left to the text bar when both releases give the same count', () => {
    const swap = { topics: ['prisoner_release' as const], action: 'exchange' as const, people: 246 };
    const ru = story(report('Обмін полоненими: додому повертаються 246 українців', '', { ...swap, countries: ['RU', 'UA'], actors: { acting: ['UA', 'RU'], targeted: ['UA'] } }));
    const uae = report('Зеленський: з полону повернули 246 військових і цивільних', '', { ...swap, countries: ['AE', 'UA'], actors: { acting: ['UA'], targeted: ['UA'] } }, new Date(NOW.getTime() + 3600_000));
    expect(conflict(uae, ru)).toBeUndefined();
    expect(requiredSimilarity(uae, ru, false)).toBe(STORY_RULES.minSimilarity);
    expect(conflict({ ...uae, people: 84 }, ru)).toMatch(/one of several countries/);
    // Not where the shared country is only the mediator: Belarus and Venezuela each pardon 31 after US talks.
    const pardon = { topics: ['prisoner_release' as const], action: 'pardon' as const, people: 31 };
    const belarus = story(report('Belarus pardons 31 Ukrainians after talks with US', '', { ...pardon, countries: ['BY', 'UA', 'US'], actors: { acting: ['BY'], targeted: ['UA'] } }));
    const venezuela = report('Venezuela pardons 31 prisoners after talks with US', '', { ...pardon, countries: ['US', 'VE'], actors: { acting: ['VE'], targeted: [] } });
    expect(conflict(venezuela, belarus)).toMatch(/one of several countries/);
  });

  it('a visa ban and a designation by one power the same afternoon need the full text bar', () => {
    const sanctions = { topics: ['sanctions' as const], action: 'impose' as const, countries: ['NI'], actors: { acting: ['US'], targeted: ['NI'] } };
    const visas = report('US bars 250 Nicaraguan officials from entering the country', 'The State Department will deny visas to the officials.', sanctions, NOW);
    const gold = report('Treasury sanctions Nicaraguan state gold company', 'OFAC designated the company and two executives.', sanctions, new Date(NOW.getTime() + 3 * 3600_000));
    const both = report('US sanctions Nicaraguan officials and gold firm', 'The measures include visa bans and the designation of the state gold company.', sanctions, new Date(NOW.getTime() + 3 * 3600_000));
    expect(requiredSimilarity(gold, story(visas), false)).toBe(STORY_RULES.minSimilarity);
    expect(requiredSimilarity(both, story(visas), false)).toBeLessThan(0.05);
    // The same in Russian and Ukrainian: an asset freeze and a visa-free suspension the same day.
    const ge = { topics: ['sanctions' as const], action: 'impose' as const, countries: ['GE'], actors: { acting: ['EU'], targeted: ['GE'] } };
    const freeze = report('EU freezes assets of four Georgian officials', '', ge, NOW);
    const visaFree = report('ЕС отменил безвизовый режим для Грузии', 'Совет ЕС приостановил безвизовый въезд для обладателей дипломатических паспортов.', ge, new Date(NOW.getTime() + 3600_000));
    expect(requiredSimilarity(visaFree, story(freeze), true)).toBe(STORY_RULES.minCrossLanguageSimilarity);
    const frozen = report('ЄС заморозив активи чотирьох грузинських посадовців', 'Їм також заборонено в’їзд.', ge, new Date(NOW.getTime() + 3600_000));
    expect(requiredSimilarity(frozen, story(freeze), true)).toBeLessThan(0.05);
  });

  it('a story stops growing after a week even when reports keep coming', () => {
    const old = { ...story(en), firstReportAt: new Date(NOW.getTime() - STORY_RULES.maxSpanMs - 1), lastReportAt: NOW };
    expect(conflict(en, old)).toMatch(/closed/);
  });
});

describe('similarity', () => {
  it('scores one event in English and Russian above the cross-language bar, another event below', () => {
    const en = report('Belarus pardons 31 Ukrainians after talks with US', 'Belarusian leader Alexander Lukashenko pardoned 31 Ukrainian citizens following talks with a US delegation.');
    const ru = report('Лукашенко помиловал 31 украинца после переговоров с США', 'Президент Беларуси Александр Лукашенко помиловал 31 гражданина Украины после переговоров с американской делегацией.', { language: 'ru' });
    const other = report('Belarus pardons opposition activist Maria Kolesnikova', 'Lukashenko pardoned jailed opposition figure Maria Kolesnikova, her allies said.', { countries: ['BY'] });
    const idf = inverseDocumentFrequency([en.fingerprint, ru.fingerprint, other.fingerprint]);
    const same = similarityOf(ru, story(en), idf);
    expect(same.crossLanguage).toBe(true);
    expect(same.similarity).toBeGreaterThanOrEqual(STORY_RULES.minCrossLanguageSimilarity);
    expect(similarityOf(other, story(en), idf).similarity).toBeLessThan(STORY_RULES.minSimilarity);
  });
});

describe('agreement of the extracted facts', () => {
  it('adds to the text score for the same countries and action, more with the same number of people', () => {
    const en = report('x', '', { people: 31 });
    expect(agreement(report('y', '', { people: 31 }), en)).toBeCloseTo(2 * STORY_RULES.agreementBonus, 5);
    expect(agreement(report('y', ''), en)).toBeCloseTo(STORY_RULES.agreementBonus, 5);
    // A release report naming fewer countries (no mediator) or another release word: half the bonus.
    expect(agreement(report('y', '', { countries: ['BY', 'UA'] }), en)).toBeCloseTo(STORY_RULES.agreementBonus / 2, 5);
    expect(agreement(report('y', '', { action: 'release' }), en)).toBeCloseTo(STORY_RULES.agreementBonus / 2, 5);
    // Not with a country the other report lacks, nor for sanctions, nor with a sanctions action.
    expect(agreement(report('y', '', { countries: ['BY', 'LT'] }), en)).toBe(0);
    expect(agreement(report('y', '', { action: 'impose' }), en)).toBe(0);
    const sanctions = { topics: ['sanctions' as const], action: 'impose' as const };
    expect(agreement(report('y', '', { ...sanctions, countries: ['BY'] }), story(report('x', '', { ...sanctions, countries: ['BY', 'US'] })))).toBe(0);
    expect(agreement(report('y', '', { countries: [] }), story(report('x', '', { countries: [] })))).toBe(0);
    // The same parties on each side agree even when one report names a country more in passing.
    const parties = { acting: ['EU'], targeted: ['BY'] };
    const extend = { topics: ['sanctions' as const], action: 'extend' as const, actors: parties };
    const ru = report('ЕС продлил санкции против Беларуси', '', { ...extend, countries: ['BY', 'RU'] });
    expect(agreement(ru, story(report('EU rolls over Belarus sanctions', '', { ...extend, countries: ['BY'] })))).toBeCloseTo(STORY_RULES.agreementBonus, 5);
    expect(agreement(ru, story(report('EU rolls over Belarus sanctions', '', { ...extend, countries: ['BY'], actors: { acting: ['GB'], targeted: ['BY'] } })))).toBe(0);
    // "Sanctions" and "blacklists" for one listing agree where the countries do; with the same parties
    // but another country named (North Korean munitions / Russian hackers), they do not.
    const korea = { topics: ['sanctions' as const], countries: ['KP', 'KR'], actors: { acting: ['KR'], targeted: ['KP'] } };
    const blacklists = story(report('Seoul blacklists North Korean hacking unit', '', { ...korea, action: 'designate' }));
    expect(agreement(report('South Korea sanctions 15 North Koreans', '', { ...korea, action: 'impose' }), blacklists)).toBeCloseTo(STORY_RULES.agreementBonus, 5);
    const potash = { topics: ['sanctions' as const], countries: ['BY', 'US'], actors: { acting: ['US'], targeted: [] } };
    const delisted = story(report('Минфин США исключил «Беларуськалий» из санкционного списка', '', { ...potash, action: 'delist' }));
    expect(agreement(report('US lifts sanctions on Belarusian potash giant', '', { ...potash, action: 'lift' }), delisted)).toBeCloseTo(STORY_RULES.agreementBonus, 5);
    expect(agreement(report('US eases sanctions on Belarusian potash giant', '', { ...potash, action: 'ease' }), delisted)).toBeCloseTo(STORY_RULES.agreementBonus, 5);
    expect(agreement(report('US extends sanctions on Belarusian potash giant', '', { ...potash, action: 'extend' }), delisted)).toBe(0);
    // Not where each names another target: Belavia and Belarusbank, two days apart.
    const belavia = story(report('US lifts sanctions on Belavia', '', { ...potash, action: 'lift', actors: { acting: ['US'], targeted: ['Belavia', 'BY'] } }));
    expect(agreement(report('US eases sanctions on Belarusbank', '', { ...potash, action: 'ease', actors: { acting: ['US'], targeted: ['Belarusbank', 'BY'] } }), belavia)).toBe(0);
    const uk = { topics: ['sanctions' as const], actors: { acting: ['GB'], targeted: ['RU'] } };
    const bank = story(report('UK sanctions Russian bank over North Korean munitions', '', { ...uk, action: 'designate', countries: ['GB', 'KP', 'RU'] }));
    expect(agreement(report('Британія запровадила санкції проти російських кіберзлочинців', '', { ...uk, action: 'impose', countries: ['GB', 'RU'] }), bank)).toBe(0);
    // Small against the bar: it cannot decide a day or more apart.
    expect(2 * STORY_RULES.agreementBonus).toBeLessThan(requiredSimilarity(report('y', '', {}, new Date(NOW.getTime() + 48 * 3600_000)), story(en), false));
  });
});

describe('required similarity', () => {
  it('grows with the distance in time, up to the bar at the end of the window', () => {
    const en = report('Belarus pardons 31 Ukrainians', '');
    const at = (h: number) => report('Belarus pardons 31 Ukrainians', '', {}, new Date(NOW.getTime() + h * 3600_000));
    expect(requiredSimilarity(at(0), story(en), false)).toBe(0);
    expect(requiredSimilarity(at(2), story(en), false)).toBeLessThan(0.05);
    expect(requiredSimilarity(at(48), story(en), false)).toBeCloseTo((STORY_RULES.minSimilarity * 2) / 3, 5);
    expect(requiredSimilarity(at(72), story(en), true)).toBe(STORY_RULES.minCrossLanguageSimilarity);
    // Two releases that each name a country the other does not: the full bar at once.
    const usSwap = report('UAE mediates prisoner swap between Russia and the United States', '', { countries: ['AE', 'RU', 'US'] });
    const uaSwap = report('UAE brokers new Russia-Ukraine POW exchange', '', { countries: ['AE', 'RU', 'UA'] });
    expect(requiredSimilarity(uaSwap, story(usSwap), false)).toBe(STORY_RULES.minSimilarity);
    // Sanctions whose target country one report does not name: likely two lists by one state.
    const bans = { topics: ['sanctions' as const], action: 'impose' as const };
    const euOfficials = report('Russia bars EU officials', '', { ...bans, countries: ['RU'], actors: { acting: ['RU'], targeted: [] } });
    const britons = report('Russia bars 15 British journalists', '', { ...bans, countries: ['GB', 'RU'], actors: { acting: ['RU'], targeted: ['GB'] } });
    expect(requiredSimilarity(britons, story(euOfficials), true)).toBe(STORY_RULES.minCrossLanguageSimilarity);
    const britonsAgain = report('Россия запретила въезд британским журналистам', '', { ...bans, countries: ['GB', 'RU'], actors: { acting: ['RU'], targeted: ['GB'] } });
    expect(requiredSimilarity(britonsAgain, story(britons), true)).toBe(0);
    // Before the story's first report counts the same way.
    expect(requiredSimilarity(at(-36), story(en), false)).toBeCloseTo(STORY_RULES.minSimilarity / 2, 5);
  });

  it('leaves country names and topic words out of the comparison', () => {
    const a = report('Belarus pardons 31 Ukrainians', 'Belarusian leader pardoned Ukrainian prisoners.');
    const b = report('Беларусь помиловала украинцев', 'Белорусский лидер освободил заключённых.', { language: 'ru' });
    expect(Object.keys(a.fingerprint.terms).sort()).toEqual(['k:ldr', 'n:31', 's:en:leader']);
    expect(Object.keys(b.fingerprint.terms).sort()).toEqual(['k:ldr', 's:ru:лидер']);
  });
});

describe('report time', () => {
  it("uses the feed's date unless it is in the future or weeks old", () => {
    const hourAgo = new Date(NOW.getTime() - 3600_000);
    expect(reportTime(hourAgo, NOW)).toEqual(hourAgo);
    expect(reportTime(new Date(NOW.getTime() + 3600_000), NOW)).toEqual(NOW);
    expect(reportTime(new Date('2020-01-01T00:00:00Z'), NOW)).toEqual(NOW);
    expect(reportTime(new Date(Number.NaN), NOW)).toEqual(NOW);
    expect(reportTime(undefined, NOW)).toEqual(NOW);
  });
});

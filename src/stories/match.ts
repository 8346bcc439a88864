// Does a new report belong to an existing story? Hard rules first (topic, countries, time, action,
// actors, numbers), then text similarity: TF-IDF cosine over the fingerprints of fingerprint.ts.
// Deterministic: the same reports and stories always give the same answer.
import type { Action, Actors, Classification, FeedItem, Stage, TopicId } from '../core/types.js';
import { fingerprintOf, phoneticKey, type Fingerprint } from './fingerprint.js';

/** What matching knows about a story (summed over its reports) or about one report. */
export interface MatchFacts {
  topics: TopicId[];
  countries: string[];
  action?: Action;
  /** How far the action has gone; a story's is that of its most advanced report. */
  stage?: Stage;
  people?: number;
  actors: Actors;
  fingerprint: Fingerprint;
}

export interface ReportFacts extends MatchFacts {
  language: string;
  /** When the report was published (or seen, when the feed gives no usable date). */
  at: Date;
}

/** What matching reads from one classified report, dated `at`. */
export function factsOf(item: Pick<FeedItem, 'title' | 'summary'>, classification: Classification, at: Date): ReportFacts {
  return {
    topics: [...classification.topics],
    countries: [...classification.countries],
    action: classification.action,
    stage: classification.stage,
    people: classification.people,
    actors: classification.actors ?? { acting: [], targeted: [] },
    language: classification.language,
    at,
    fingerprint: fingerprintOf(item, classification),
  };
}

export interface StoryFacts extends MatchFacts {
  id: string;
  firstReportAt: Date;
  lastReportAt: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Thresholds, and why:
 * - maxGapMs 3 days: follow-up reports of one release or sanctions package (handover, reactions,
 *   other outlets catching up) come within a day or two; a new round weeks later is a new event.
 * - maxSpanMs 7 days: a story stops growing after a week, so a slow drip of similar news (a
 *   release every few days) cannot chain into one endless story.
 * - peopleRatio 1.25: "31" and "about 30" are the same release; 31 and 52 (ratio 1.7) are not.
 * - minSimilarity 0.35 (same language) / 0.30 (across languages) is the bar at the end of the
 *   window; it grows from 0 with the distance in time (requiredSimilarity). Measured on 150
 *   labelled pairs written blind to this code (tests/fixtures/stories/pairs-1.jsonl, `npm run
 *   eval:stories`): the hard rules alone stop all 90 different-event pairs (time 36, one of several
 *   countries 22, topic 16, countries 8, actors and actions 8), while reports of one event written
 *   independently share few specific words (cosine 0-0.2 once country names and topic words are
 *   left out, most of them hours apart). A fixed bar of 0.35 merged 7 of 60 same-event pairs; the
 *   bar growing with time merges 34, still with no wrong merge. A second blind set (pairs-2, 120
 *   pairs) at first contact: precision 0.952, recall 0.488; its one wrong merge (two UAE-mediated
 *   swaps, Russia–US and Russia–Ukraine, hours apart) is why a release naming a country the other
 *   lacks needs the full bar. Then acronyms and the classifier's count as terms, and agreement of
 *   the extracted facts (agreementBonus, see agreement()): recall pairs-1 0.759, pairs-2 0.638,
 *   still no wrong merge. pairs-3 (120 pairs, same-day traps) at first contact: precision 0.974,
 *   recall 0.776; its wrong merge (two Russian entry-ban lists, hours apart) is why a sanctions
 *   target one report does not name needs the full bar. Spelled numbers and ordinals as terms
 *   ("fifteen outlets" = «пятнадцать организаций», "20th package" = «двадцятий пакет»): recall
 *   pairs-1 0.759, pairs-2 0.644, pairs-3 0.857, pairs-4 0.786, still no wrong merge. pairs-5 (100
 *   pairs) at first contact: precision 1.000, recall 0.524; after half the bonus for release reports
 *   of which one names the mediator, and the same sanctions parties passing the "one of several
 *   countries" veto to the text bar: 0.681, and pairs-2 0.689, pairs-3 0.878, pairs-4 0.810, still no
 *   wrong merge. pairs-6, 7 and 8 at first contact: precision 1.000 / 0.972 / 1.000, recall 0.833 /
 *   0.761 / 0.750; pairs-7's wrong merge (the EU's two Iran listings hours apart, for drones and for
 *   executions) is why two titles giving reasons that share no word need the full bar. An offer or
 *   a threat and a decision taken are never one story (conflict()). Errors are kept on the safe side: a
 *   missed merge posts a second brief; a wrong merge hides an event.
 * - agreementBonus 0.1: the same countries (or parties) and action are worth a little shared text;
 *   half of it for two release reports where one names a country (a mediator) the other does not.
 */
export const STORY_RULES = {
  maxGapMs: 3 * DAY_MS,
  maxSpanMs: 7 * DAY_MS,
  peopleRatio: 1.25,
  minSimilarity: 0.35,
  minCrossLanguageSimilarity: 0.3,
  agreementBonus: 0.1,
} as const;

/**
 * Per kind of term: numbers tell events apart best; the rest count alike. Country (c:) and action
 * (a:) terms of fingerprints stored before background.ts existed weigh nothing: the hard rules
 * compare those.
 */
const KIND_WEIGHT: Record<string, number> = { c: 0, a: 0, r: 0, m: 0, b: 0, n: 2, k: 1, s: 1, u: 1 };

/**
 * Sanctions actions by kind of decision; a report of another kind is another event. Prolonging
 * existing measures is its own kind: the EU's yearly renewal for one country and a new package
 * against another, days apart, read alike but are two decisions.
 */
const DIRECTION: Partial<Record<Action, 'tighten' | 'prolong' | 'loosen' | 'threaten'>> = {
  impose: 'tighten',
  designate: 'tighten',
  extend: 'prolong',
  lift: 'loosen',
  ease: 'loosen',
  waive: 'loosen',
  delist: 'loosen',
  threaten: 'threaten',
};

const TENTATIVE: ReadonlySet<Stage> = new Set(['proposed', 'threatened']);

export type Verdict = { merge: true; similarity: number } | { merge: false; similarity?: number; reason: string };

/** The hard rules alone: undefined when they allow a merge, else why not. */
export function conflict(report: ReportFacts, story: StoryFacts): string | undefined {
  if (!report.topics.some((t) => story.topics.includes(t))) return 'different topic';
  // One shared country out of several on both sides is usually the mediator or the sanctioning
  // power ("after talks with the US"), not the event: Venezuela's and Belarus's releases stay apart.
  // No country in common at all is left to the text (requiredSimilarity): one outlet may name only
  // the mediator ("thanks to the Vatican, 12 civilians are home"), another only the parties.
  // Sanctions by the same party on the same target read as one decision to the text bar instead
  // (requiredSimilarity): one report names the member state that held it up, the other Ukraine.
  // So does a release of the same number of people (246 and 246: one report names Russia, the other
  // the UAE mediator).
  if (oneOfSeveral(report.countries, story.countries) && !sameSanctionsParties(report, story) && !sameReleaseCount(report, story)) return 'only one of several countries in common';
  const at = report.at.getTime();
  if (at - story.lastReportAt.getTime() > STORY_RULES.maxGapMs || story.firstReportAt.getTime() - at > STORY_RULES.maxGapMs) {
    return 'too far apart in time';
  }
  if (at - story.firstReportAt.getTime() > STORY_RULES.maxSpanMs) return 'story is closed (older than a week)';
  // "Further relief possible if releases continue" and "US eases sanctions on Belavia", hours apart:
  // an offer or a threat and a decision taken are two events, whatever they share.
  if (report.stage && story.stage && TENTATIVE.has(report.stage) !== TENTATIVE.has(story.stage)) return 'a proposal and a decision';
  if (report.action && story.action) {
    const a = DIRECTION[report.action];
    const b = DIRECTION[story.action];
    if (a && b && a !== b) return `different actions (${story.action} / ${report.action})`;
  }
  // Who imposes is what tells sanctions decisions apart (the EU's and the UK's on one target in one
  // week). In a release both sides act (a swap), and extraction of who acts is too loose to veto.
  if (sanctionsOnly(report) && sanctionsOnly(story) && disjoint(report.actors.acting, story.actors.acting)) return 'different acting parties';

  const r = report.fingerprint;
  const s = story.fingerprint;
  // A count that differs is another release, unless the texts share a number: "2 reporters among
  // those freed" in a pardon of 150, "20 hostages" in a 2,000-for-20 exchange, "300 each" = 600.
  if (report.people !== undefined && story.people !== undefined && !overlaps(r.numbers, s.numbers)) {
    const [lo, hi] = report.people < story.people ? [report.people, story.people] : [story.people, report.people];
    // "86 captives each" (172) and «повернулися 84 військових і двоє цивільних» (86): both sides of a
    // swap against the side one report tells.
    const oneSide = [report, story].every((f) => f.action === 'exchange' || f.action === 'swap') && hi === 2 * lo;
    // "frees more than 3,000" and, the next day, "4,335 prisoners freed": a lower bound and the count.
    const atLeast = [report, story].some((f) => f.people === lo && f.fingerprint.terms[`b:${lo}`] !== undefined) && hi <= 2 * lo;
    if (hi - lo > 1 && hi > lo * STORY_RULES.peopleRatio && !oneSide && !atLeast) return `different numbers (${story.people} / ${report.people})`;
  }
  // Without the classifier's count, numbers in release titles stand in: each side's title numbers
  // must appear somewhere in the other's text, when both give any. Not for sanctions, whose numbers
  // (entities, tankers, a package's ordinal, money) differ from outlet to outlet.
  const releases = report.topics.includes('prisoner_release') && story.topics.includes('prisoner_release');
  const bothCounted = report.people !== undefined && story.people !== undefined;
  if (releases && !bothCounted && r.titleNumbers.length > 0 && s.numbers.length > 0 && !overlaps(r.titleNumbers, s.numbers) && !overlaps(s.titleNumbers, r.numbers)) {
    return 'different numbers in the text';
  }
  return undefined;
}

export function verdict(report: ReportFacts, story: StoryFacts, idf: (term: string) => number): Verdict {
  const why = conflict(report, story);
  if (why) return { merge: false, reason: why };
  const { similarity: text, crossLanguage } = similarityOf(report, story, idf);
  const similarity = text + agreement(report, story);
  const min = requiredSimilarity(report, story, crossLanguage);
  return similarity >= min ? { merge: true, similarity } : { merge: false, similarity, reason: `text too different (${similarity.toFixed(2)})` };
}

/**
 * What the extracted facts add to the text: the same countries (or the same acting and targeted
 * parties) and the same action count as a little shared text (agreementBonus), the same number of
 * people as a little more. Reports of one event in two languages often share no word at all once
 * names and topic words are left out; the facts still agree. Only where the hard rules already allow a merge, so it never joins reports the
 * rules tell apart, and it is small against the bar at the end of the window: it can decide up to
 * about 20 hours apart (40 with the same count).
 */
export function agreement(report: MatchFacts, story: MatchFacts): number {
  const sameCountries = sameSet(report.countries, story.countries);
  // Who acts on whom agrees even when one report names a country more in passing ("officials
  // who support Russia").
  const sameParties = sameSet(report.actors.acting, story.actors.acting) && sameSet(report.actors.targeted, story.actors.targeted);
  // Two verbs for one decision (sameDecisionKind) agree only where the countries do too ("UK sanctions
  // Russian bank over North Korean munitions" and a UK listing of Russian hackers the same day share
  // their parties) and no named target differs ("lifts sanctions on Belavia" / "eases sanctions on
  // Belarusbank" two days later).
  const action = report.action !== undefined && report.action === story.action;
  const otherNames = disjoint(namedParties(report.actors.targeted), namedParties(story.actors.targeted));
  if ((sameCountries || sameParties) && (action || (sameCountries && !otherNames && sameDecisionKind(report.action, story.action)))) {
    const samePeople = report.people !== undefined && report.people === story.people;
    return STORY_RULES.agreementBonus * (samePeople ? 2 : 1);
  }
  // Two reports of a release where one names the mediator or the nationalities freed and the other
  // does not ("Five Americans freed by Iran land in Doha" / "Iran frees five Americans"), or one says
  // "swap" and the other "exchange": half the bonus, enough only within hours of each other.
  const releases = [report, story].every((f) => f.topics.includes('prisoner_release') && f.action !== undefined && RELEASE_ACTIONS.has(f.action));
  // Not when each names another captor (Iran freeing a Dane, the Houthis freeing UN staff, the same day).
  const otherCaptor = [report, story].every(oneSidedRelease) && disjoint(report.actors.acting, story.actors.acting);
  if (releases && !otherCaptor && (subsetOf(report.countries, story.countries) || subsetOf(story.countries, report.countries))) return STORY_RULES.agreementBonus / 2;
  return 0;
}

/**
 * The text similarity a report needs, growing with its distance in time from the story: reports of
 * one event hours apart often share no specific word (one outlet names the prisoner, another gives
 * the number), while a second decision on the same country days later reads differently.
 */
export function requiredSimilarity(report: ReportFacts, story: StoryFacts, crossLanguage: boolean): number {
  const at = report.at.getTime();
  const gap = Math.max(0, at - story.lastReportAt.getTime(), story.firstReportAt.getTime() - at);
  const bar = crossLanguage ? STORY_RULES.minCrossLanguageSimilarity : STORY_RULES.minSimilarity;
  if (oneOfSeveral(report.countries, story.countries)) return bar;
  // Releases where each side names a country the other does not (Russia–US and Russia–Ukraine swaps,
  // both mediated by the UAE) are likely two events, however close in time: the text must show it is one.
  const releases = report.topics.includes('prisoner_release') && story.topics.includes('prisoner_release');
  const ownCountry = (a: readonly string[], b: readonly string[]) => a.some((c) => !b.includes(c));
  if (releases && ownCountry(report.countries, story.countries) && ownCountry(story.countries, report.countries)) return bar;
  // A pardon or amnesty decree and a swap with another state the same morning ("Lukashenko pardons
  // dozens ahead of Independence Day" / "Belarus hands Lithuanian citizen to Vilnius in exchange"):
  // two ways of freeing people, so likely two events unless the text shows one.
  const kind = (f: MatchFacts) => (f.action === 'pardon' || f.action === 'amnesty' ? 'decree' : f.action === 'exchange' || f.action === 'swap' ? 'trade' : undefined);
  if (releases && [kind(report), kind(story)].sort().join() === 'decree,trade') return bar;
  // Sanctions whose target country one side does not name at all (Russia's entry bans on EU
  // officials and on British journalists, hours apart) are likely two decisions by one state.
  const sanctions = sanctionsOnly(report) && sanctionsOnly(story);
  if (sanctions && (unnamedTarget(report, story) || unnamedTarget(story, report))) return bar;
  // Two decisions by one power on one target, hours apart, each for its own reason ("over drone
  // deliveries to Russia" / "over executions of protesters"): the text must show they are one.
  if (sanctions && !crossLanguage && otherKind(report.fingerprint, story.fingerprint, 'r:')) return bar;
  // A visa ban and a designation by one power the same afternoon: two decisions unless the text says one.
  if (sanctions && otherKind(report.fingerprint, story.fingerprint, 'm:')) return bar;
  const shared = report.countries.some((c) => story.countries.includes(c));
  if (!shared && report.countries.length > 0 && story.countries.length > 0) return bar;
  return bar * Math.min(1, gap / STORY_RULES.maxGapMs);
}

/**
 * The story this report belongs to, if any: the most similar one the rules allow (ties: the
 * latest report, then the id). IDF is taken over the report and the candidates, the set it has to
 * tell apart: terms every candidate shares ("Belarus", "sanctions") weigh less than the ones that
 * single one out.
 */
export function bestStory<S extends StoryFacts>(report: ReportFacts, stories: readonly S[]): { story: S; similarity: number } | undefined {
  const idf = inverseDocumentFrequency([report.fingerprint, ...stories.map((s) => s.fingerprint)]);
  let best: { story: S; similarity: number } | undefined;
  for (const story of stories) {
    const v = verdict(report, story, idf);
    if (!v.merge) continue;
    if (
      !best ||
      v.similarity > best.similarity ||
      (v.similarity === best.similarity && (story.lastReportAt > best.story.lastReportAt || (+story.lastReportAt === +best.story.lastReportAt && story.id < best.story.id)))
    ) {
      best = { story, similarity: v.similarity };
    }
  }
  return best;
}

function oneOfSeveral(a: readonly string[], b: readonly string[]): boolean {
  const shared = a.filter((c) => b.includes(c)).length;
  return shared === 1 && shared < a.length && shared < b.length;
}

/**
 * Two releases giving the same count, big enough not to be chance (10 or more), where the country they
 * share is a party to both and the captors do not differ: not Venezuela's and Belarus's pardons of 31
 * each, both after talks with the US.
 */
function sameReleaseCount(a: MatchFacts, b: MatchFacts): boolean {
  const releases = a.topics.includes('prisoner_release') && b.topics.includes('prisoner_release');
  if (!releases || a.people === undefined || a.people < 10 || a.people !== b.people) return false;
  const parties = (f: MatchFacts) => [...f.actors.acting, ...f.actors.targeted];
  const shared = a.countries.filter((c) => b.countries.includes(c));
  return shared.every((c) => parties(a).includes(c) && parties(b).includes(c)) && !disjoint(a.actors.acting, b.actors.acting);
}

function sameSanctionsParties(a: MatchFacts, b: MatchFacts): boolean {
  const named = (f: MatchFacts) => f.actors.acting.length > 0 && f.actors.targeted.length > 0;
  return sanctionsOnly(a) && sanctionsOnly(b) && named(a) && named(b) && sameSet(a.actors.acting, b.actors.acting) && sameSet(a.actors.targeted, b.actors.targeted);
}

/**
 * One decision told with two verbs: "South Korea sanctions 15 North Koreans" / "Seoul blacklists North
 * Korean hacking unit"; "US eases sanctions on Belarusian potash giant" / «США сняли ограничения с
 * „Беларуськалия“» / «Минфин США исключил „Беларуськалий“ из санкционного списка».
 */
function sameDecisionKind(a: Action | undefined, b: Action | undefined): boolean {
  const kind = (x: Action | undefined) => (x === 'designate' || x === 'impose' ? 'listing' : x === 'delist' || x === 'lift' || x === 'ease' ? 'loosening' : x);
  return a !== undefined && kind(a) === kind(b);
}

const RELEASE_ACTIONS: ReadonlySet<Action> = new Set(['pardon', 'swap', 'exchange', 'amnesty', 'release', 'handover']);

function subsetOf(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.every((c) => b.includes(c));
}

function oneSidedRelease(f: MatchFacts): boolean {
  return f.topics.length === 1 && f.topics[0] === 'prisoner_release' && (f.action === 'release' || f.action === 'pardon' || f.action === 'amnesty');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((x) => b.includes(x));
}

/** Both fingerprints have terms of this kind (r: reasons, m: kinds of measure) and share none. */
function otherKind(a: Fingerprint, b: Fingerprint, prefix: string): boolean {
  const of = (f: Fingerprint) => Object.keys(f.terms).filter((t) => t.startsWith(prefix));
  const ka = of(a);
  const kb = new Set(of(b));
  return ka.length > 0 && kb.size > 0 && !ka.some((t) => kb.has(t));
}

/** A country `a` targets that `b` does not mention. Targets are country codes or names as written:
 *  "IT" (workers) or «ТБ» is a name unless `a` found that country too. */
function unnamedTarget(a: MatchFacts, b: MatchFacts): boolean {
  return a.actors.targeted.some((t) => a.countries.includes(t) && !b.countries.includes(t));
}

export function inverseDocumentFrequency(docs: readonly Fingerprint[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of Object.keys(doc.terms)) df.set(term, (df.get(term) ?? 0) + 1);
  // Smoothed, as scikit-learn does: never zero, so a term all documents share still counts a little.
  return (term) => Math.log((1 + docs.length) / (1 + (df.get(term) ?? 0))) + 1;
}

/**
 * Cosine of sublinear TF-IDF vectors. Stems only compare within one language: when the story has no
 * report in the report's language, stems are left out on both sides (they could only dilute).
 */
export function similarityOf(report: ReportFacts, story: StoryFacts, idf: (term: string) => number): { similarity: number; crossLanguage: boolean } {
  const stemPrefix = `s:${report.language}:`;
  const storyTerms = Object.keys(story.fingerprint.terms);
  const crossLanguage = !storyTerms.some((t) => t.startsWith(stemPrefix));
  const keep = (term: string) => !term.startsWith('s:') || (!crossLanguage && term.startsWith(stemPrefix));
  const a = vector(report.fingerprint, keep, idf);
  const b = vector(story.fingerprint, keep, idf);
  let dot = 0;
  for (const [term, w] of a) dot += w * (b.get(term) ?? 0);
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((sum, w) => sum + w * w, 0));
  const denominator = norm(a) * norm(b);
  return { similarity: denominator === 0 ? 0 : dot / denominator, crossLanguage };
}

function vector(fp: Fingerprint, keep: (term: string) => boolean, idf: (term: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  for (const [term, count] of Object.entries(fp.terms)) {
    const weight = KIND_WEIGHT[term.slice(0, term.indexOf(':'))] ?? 1;
    if (!keep(term) || count <= 0 || weight === 0) continue;
    v.set(term, (1 + Math.log(count)) * weight * idf(term));
  }
  return v;
}

function sanctionsOnly(f: MatchFacts): boolean {
  return f.topics.length === 1 && f.topics[0] === 'sanctions';
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return a.some((x) => b.includes(x));
}

/** Parties named as written ("Belavia"), not as country codes. */
function namedParties(parties: readonly string[]): string[] {
  return parties.filter((p) => !/^[A-Z]{2}$/.test(p));
}

/** Both sides name parties and none is the same (country codes as they are, names by phonetic key). */
function disjoint(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const key = (p: string) => (/^[A-Z]{2}$/.test(p) ? p : (phoneticKey(p) ?? p.toLowerCase()));
  const keys = new Set(a.map(key));
  return !b.some((p) => keys.has(key(p)));
}

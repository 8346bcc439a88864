// The facts of a story, taken from all its reports: what the brief's sections are written from,
// by the offline writer and (as JSON) by a model. Nothing here is invented: every value is one a
// report or its classification gives.
import type { Action, Actors, BriefSource, Stage, TopicId } from '../core/types.js';
import { TOPICS } from '../core/types.js';
import { countryMentions, countryNameBare, isCountryCode } from './countries.js';
import { clean, overlap, sentences, shorten, words } from './text.js';
import type { StoryReport } from './writer.js';

export const RELEASE_ACTIONS: ReadonlySet<Action> = new Set(['pardon', 'swap', 'exchange', 'amnesty', 'release', 'handover']);
export const RELIEF_ACTIONS: ReadonlySet<Action> = new Set(['lift', 'ease', 'waive', 'delist']);

const STAGE_RANK: Record<Stage, number> = { threatened: 1, proposed: 2, announced: 3, completed: 4 };
const MAX_SENTENCE = 320;
/** Lines that feeds append to summaries and that say nothing about the event. */
const BOILERPLATE = /appeared first on|read more|continue reading|subscribe|click here|all rights reserved|©|getty images|follow us|sign up|newsletter|подпис|читайте также|читати також|фото:/i;
const HEADLINE_NOISE = /^(live|watch|video|opinion|analysis|explainer|update|updated|breaking|exclusive)\b\s*[:|–—-]?/i;

export interface StoryFacts {
  topics: TopicId[];
  countries: string[];
  action?: Action;
  /** Every action the reports give, the main one first (a release traded for relief has two). */
  actions: Action[];
  stage?: Stage;
  people?: number;
  actors: Actors;
  confidence: number;
  headline: string;
  /** The country "Why it matters" counts for: the releasing or targeted country, else the one named first. */
  focusCountry?: string;
  sources: BriefSource[];
}

/** Everything the sections are written from, in one pass over the reports. */
export function storyFacts(reports: StoryReport[]): StoryFacts {
  const action = mainAction(reports);
  const facts: StoryFacts = {
    topics: TOPICS.filter((t) => reports.some((r) => r.classification.topics.includes(t))),
    countries: [...new Set(reports.flatMap((r) => r.classification.countries))].sort(),
    action,
    actions: [...new Set([...(action ? [action] : []), ...reports.flatMap((r) => (r.classification.action ? [r.classification.action] : []))])],
    stage: furthestStage(reports),
    people: bestPeople(reports),
    actors: unionActors(reports),
    confidence: Math.max(0, ...reports.map((r) => r.classification.confidence)),
    headline: '',
    sources: sourcesOf(reports),
  };
  facts.headline = bestHeadline(reports, facts);
  facts.focusCountry = focusCountry(reports, facts);
  return facts;
}

/** The action most reports give (weighted by confidence); on a tie, the earliest report's. */
function mainAction(reports: StoryReport[]): Action | undefined {
  const weight = new Map<Action, number>();
  for (const r of reports) {
    const a = r.classification.action;
    if (a) weight.set(a, (weight.get(a) ?? 0) + 1 + r.classification.confidence);
  }
  let best: Action | undefined;
  for (const [a, w] of weight) if (best === undefined || w > weight.get(best)!) best = a;
  return best;
}

/** The furthest any report says the action has got: a later "completed" outranks an earlier "announced". */
function furthestStage(reports: StoryReport[]): Stage | undefined {
  let best: Stage | undefined;
  for (const r of reports) {
    const s = r.classification.stage;
    if (s && (best === undefined || STAGE_RANK[s] > STAGE_RANK[best])) best = s;
  }
  return best;
}

/** The number most reports give; on a tie, the latest report's (later reports correct early counts). */
function bestPeople(reports: StoryReport[]): number | undefined {
  const counts = new Map<number, { n: number; last: number }>();
  reports.forEach((r, i) => {
    const p = r.classification.people;
    if (p === undefined || !Number.isSafeInteger(p) || p <= 0) return;
    const c = counts.get(p) ?? { n: 0, last: -1 };
    counts.set(p, { n: c.n + 1, last: i });
  });
  // In an exchange one outlet counts one side ("84 defenders came home"), another both ("84 each",
  // 168): the half is a vote for the whole, not a rival count.
  if (reports.some((r) => r.classification.action === 'exchange' || r.classification.action === 'swap')) {
    for (const [p, c] of [...counts]) {
      const whole = counts.get(p * 2);
      if (whole === undefined) continue;
      counts.set(p * 2, { n: whole.n + c.n, last: Math.max(whole.last, c.last) });
      counts.delete(p);
    }
  }
  let best: [number, { n: number; last: number }] | undefined;
  for (const entry of counts) if (!best || entry[1].n > best[1].n || (entry[1].n === best[1].n && entry[1].last > best[1].last)) best = entry;
  return best?.[0];
}

function unionActors(reports: StoryReport[]): Actors {
  const acting = new Set<string>();
  const targeted = new Set<string>();
  for (const r of reports) {
    for (const a of r.classification.actors?.acting ?? []) if (clean(a)) acting.add(clean(a));
    for (const t of r.classification.actors?.targeted ?? []) if (clean(t)) targeted.add(clean(t));
  }
  return { acting: [...acting], targeted: [...targeted] };
}

/** Every report once (by link, else by feed and title), oldest first. */
function sourcesOf(reports: StoryReport[]): BriefSource[] {
  const seen = new Set<string>();
  const out: BriefSource[] = [];
  for (const r of reports) {
    const url = r.item.link?.trim() || undefined;
    const key = url ? normaliseLink(url) : `${r.feed.id}\n${clean(r.item.title)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      feedId: r.feed.id,
      feedName: r.feed.name,
      title: clean(r.item.title) || clean(r.item.summary).slice(0, 120) || r.feed.name,
      url,
      publishedAt: reportTime(r),
    });
  }
  return out;
}

/** The feed's date when plausible (not after attache saw it), else when attache saw the report. */
function reportTime(r: StoryReport): Date {
  const t = r.item.publishedAt?.getTime();
  if (t === undefined || !Number.isFinite(t) || t > r.seenAt.getTime()) return r.seenAt;
  return r.item.publishedAt!;
}

function normaliseLink(url: string): string {
  if (!URL.canParse(url)) return url;
  const u = new URL(url);
  u.hash = '';
  return u.href.replace(/\/$/, '').replace(/^http:/, 'https:');
}

/** A title with a trailing " | Site" or " - Site" naming the feed removed. */
function bareTitle(r: StoryReport): string {
  const title = clean(r.item.title);
  const m = /^(.{15,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(title);
  if (m && words(m[2]!).every((w) => words(r.feed.name).includes(w))) return m[1]!;
  return title;
}

/** The clearest title: English (the brief's language), plain, of news length, naming the facts. */
function bestHeadline(reports: StoryReport[], facts: StoryFacts): string {
  let best: { text: string; score: number } | undefined;
  for (const r of reports) {
    const text = bareTitle(r);
    if (!text) continue;
    let score = 0;
    if ((r.classification.language || r.item.language) === 'en') score += 3;
    if (text.length >= 35 && text.length <= 120) score += 2;
    else if (text.length < 20 || text.length > 160) score -= 2;
    if (facts.people !== undefined && new RegExp(`(?<!\\d)${facts.people}(?!\\d)`).test(text)) score += 2;
    if ((r.classification.evidence ?? []).some((e) => e.length > 2 && text.toLowerCase().includes(e.toLowerCase()))) score += 1;
    score += Math.min(2, facts.countries.filter((c) => text.includes(countryNameBare(c))).length);
    if (/\?\s*$/.test(text) || HEADLINE_NOISE.test(text)) score -= 2;
    if (text === text.toUpperCase() && /\p{L}/u.test(text)) score -= 2;
    if (!best || score > best.score) best = { text, score };
  }
  if (best) return shorten(best.text, 200);
  const first = reports[0];
  return first ? shorten(sentences(first.item.summary)[0] ?? '(untitled report)', 200) : '(untitled report)';
}

function focusCountry(reports: StoryReport[], facts: StoryFacts): string | undefined {
  const codes = (list: string[]) => list.filter((c) => isCountryCode(c) && facts.countries.includes(c));
  const release = facts.action ? RELEASE_ACTIONS.has(facts.action) : facts.topics[0] === 'prisoner_release';
  const byRole = release ? [...codes(facts.actors.acting), ...codes(facts.actors.targeted)] : [...codes(facts.actors.targeted), ...codes(facts.actors.acting)];
  if (byRole[0]) return byRole[0];
  const named = countryMentions(facts.headline)
    .filter((m) => facts.countries.includes(m.code))
    .map((m) => ({ code: m.code, at: facts.headline.search(new RegExp(`(?<![\\p{L}])${m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u')) }))
    .filter((m) => m.at >= 0)
    .sort((a, b) => a.at - b.at);
  if (named[0]) return named[0].code;
  if (facts.countries.length === 1) return facts.countries[0];
  // Otherwise only a country more reports name than any other; a wrong focus would be a false claim.
  const frequency = new Map<string, number>();
  for (const r of reports) for (const c of r.classification.countries) frequency.set(c, (frequency.get(c) ?? 0) + 1);
  const [first, second] = [...frequency.entries()].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/**
 * The story's most informative summary sentences, best first: the ones naming the number, the
 * action and the countries, from English reports first, never a repeat of the headline.
 */
export function keySentences(reports: StoryReport[], facts: StoryFacts, exclude: string[] = [], max = 2, budget = 450): string[] {
  const scored: Array<{ text: string; score: number; order: number }> = [];
  let order = 0;
  for (const r of reports) {
    const lang = r.classification.language || r.item.language;
    sentences(r.item.summary).forEach((s, i) => {
      order += 1;
      if (s.length < 25 || BOILERPLATE.test(s)) return;
      if (overlap(s, facts.headline) >= 0.8 || exclude.some((e) => overlap(e, s) >= 0.7)) return;
      let score = 0;
      if (facts.people !== undefined && new RegExp(`(?<!\\d)${facts.people}(?!\\d)`).test(s)) score += 2;
      score += Math.min(2, (r.classification.evidence ?? []).filter((e) => e.length > 2 && s.toLowerCase().includes(e.toLowerCase())).length);
      score += Math.min(2, facts.countries.filter((c) => s.includes(countryNameBare(c))).length);
      if (lang === 'en') score += 1;
      if (i === 0) score += 1;
      if (s.length >= 40 && s.length <= 300) score += 1;
      scored.push({ text: shorten(s, MAX_SENTENCE), score, order });
    });
  }
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const picked: string[] = [];
  let used = 0;
  const people = facts.people === undefined ? undefined : new RegExp(`(?<!\\d)${facts.people}(?!\\d)`);
  while (picked.length < max) {
    // After the first, a sentence is worth adding for what it tells that the picked ones do not.
    let best: { text: string; value: number } | undefined;
    for (const s of scored) {
      if (picked.includes(s.text) || (picked.length > 0 && used + s.text.length > budget)) continue;
      const repeat = Math.max(0, ...picked.map((p) => overlap(p, s.text)));
      if (repeat >= 0.6) continue;
      const value = picked.length === 0 ? s.score : s.score - 3 * repeat - (people?.test(s.text) ? 2 : 0);
      if (!best || value > best.value) best = { text: s.text, value };
    }
    if (!best || (picked.length > 0 && best.value < 2)) break;
    picked.push(best.text);
    used += best.text.length + 1;
  }
  return picked;
}

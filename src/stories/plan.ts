// Groups a poll's relevant reports into stories: each joins the story it matches (one already
// stored, or one opened earlier in the same poll) or opens a new one. Every story that got reports
// has its brief (re)written from all its reports; the result is what commitPoll stores.
import { randomUUID } from 'node:crypto';
import type { BriefWriter, StoryReport } from '../brief/writer.js';
import type { Brief, Stage, Story, Subscription, TopicId } from '../core/types.js';
import { routeBrief } from '../delivery/route.js';
import type { NewBrief, Store, StoryCandidate, StoryGrowth, StoryMatch } from '../store/store.js';
import { emptyFingerprint, mergeFingerprints, type Fingerprint } from './fingerprint.js';
import { bestStory, factsOf, STORY_RULES, type ReportFacts, type StoryFacts } from './match.js';

export interface StoryPlanDeps {
  store: Store;
  writeBrief: BriefWriter;
  newId?: () => string;
}

export interface StoryPlan {
  briefs: NewBrief[];
  growths: StoryGrowth[];
}

/** Stories looked at per poll: far more than a desk sees in a week for one country and topic. */
const MAX_CANDIDATES = 500;
/** Briefs handed to the writer as history, per topic and country asked, and in all. */
const HISTORY_PER_QUERY = 100;
const MAX_HISTORY = 300;
/** A feed date this far before the poll is not trusted as the report's time (republished archives). */
const MAX_DATE_LAG_MS = 14 * 24 * 60 * 60 * 1000;

interface Working {
  facts: StoryFacts;
  candidate?: StoryCandidate;
  reports: StoryReport[];
}

/** `reports`: the poll's classified new items; those with no topic are left out here. */
export async function planStories(deps: StoryPlanDeps, reports: StoryReport[], subscriptions: Subscription[], now: Date): Promise<StoryPlan> {
  const newId = deps.newId ?? randomUUID;
  const relevant = reports
    .filter((r) => r.classification.topics.length > 0)
    .map((report) => ({ report, facts: reportFacts(report) }))
    // The first report opens the story: oldest first, then by key, so the plan never depends on feed order.
    .sort((a, b) => a.facts.at.getTime() - b.facts.at.getTime() || (a.report.item.key < b.report.item.key ? -1 : 1));
  if (relevant.length === 0) return { briefs: [], growths: [] };

  const earliest = Math.min(...relevant.map((r) => r.facts.at.getTime()));
  const candidates = await deps.store.storyCandidates({
    topics: [...new Set(relevant.flatMap((r) => r.facts.topics))],
    countries: [...new Set(relevant.flatMap((r) => r.facts.countries))],
    since: new Date(earliest - STORY_RULES.maxGapMs),
    limit: MAX_CANDIDATES,
  });
  const working = new Map<string, Working>(candidates.map((c) => [c.story.id, { facts: candidateFacts(c), candidate: c, reports: [] }]));

  for (const { report, facts } of relevant) {
    const match = bestStory(facts, [...working.values()].map((w) => w.facts));
    if (match) {
      const w = working.get(match.story.id)!;
      w.facts = grow(w.facts, facts);
      w.reports.push(report);
    } else {
      const id = newId();
      working.set(id, { facts: { ...facts, id, firstReportAt: facts.at, lastReportAt: facts.at }, reports: [report] });
    }
  }

  const plan: StoryPlan = { briefs: [], growths: [] };
  const latest = new Map<string, Promise<Brief[]>>(); // per topic and country, shared by the poll's stories
  const latestBriefs = (topic: TopicId, country: string) => {
    const key = `${topic}|${country}`;
    if (!latest.has(key)) latest.set(key, deps.store.latestBriefs({ topic, country, limit: HISTORY_PER_QUERY }));
    return latest.get(key)!;
  };
  for (const [storyId, w] of working) {
    if (w.reports.length === 0) continue;
    const earlier = w.candidate ? await deps.store.storyReports(storyId) : [];
    const briefId = w.candidate?.briefId ?? newId();
    const createdAt = w.candidate?.briefCreatedAt ?? now;
    const written = await deps.writeBrief({
      storyId,
      briefId,
      reports: [...earlier, ...w.reports],
      history: await history(latestBriefs, w.facts, storyId, createdAt),
      createdAt,
      now,
    });
    // The ids are ours: a writer cannot move a brief to another story or message.
    const brief: Brief = { ...written, id: briefId, storyId };
    const story: Story = {
      id: storyId,
      topics: w.facts.topics,
      countries: w.facts.countries,
      headline: brief.headline,
      firstSeenAt: w.candidate?.story.firstSeenAt ?? now,
      updatedAt: now,
    };
    const match = toMatch(w.facts, brief);
    const itemKeys = w.reports.map((r) => r.item.key);
    const subscriptionIds = routeBrief(brief, subscriptions);
    if (w.candidate) plan.growths.push({ story, match, brief, itemKeys, revision: w.candidate.revision, subscriptionIds });
    else plan.briefs.push({ story, match, brief, itemKeys, subscriptionIds });
  }
  return plan;
}

export function reportFacts(report: StoryReport): ReportFacts {
  return factsOf(report.item, report.classification, reportTime(report.item.publishedAt, report.seenAt));
}

/** The feed's date when it is plausible (not after the poll, not weeks before it), else when we saw it. */
export function reportTime(publishedAt: Date | undefined, seenAt: Date): Date {
  const t = publishedAt?.getTime();
  if (t === undefined || !Number.isFinite(t) || t > seenAt.getTime() || seenAt.getTime() - t > MAX_DATE_LAG_MS) return seenAt;
  return publishedAt!;
}

function candidateFacts(c: StoryCandidate): StoryFacts {
  return {
    id: c.story.id,
    topics: c.story.topics,
    countries: c.story.countries,
    action: c.match.action,
    stage: c.match.stage,
    people: c.match.people,
    actors: c.match.actors,
    firstReportAt: c.match.firstReportAt,
    lastReportAt: c.match.lastReportAt,
    fingerprint: parseFingerprint(c.match.fingerprint),
  };
}

function grow(story: StoryFacts, report: ReportFacts): StoryFacts {
  const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])].sort();
  return {
    ...story,
    topics: union(story.topics, report.topics),
    countries: union(story.countries, report.countries),
    action: story.action ?? report.action,
    stage: advanced(story.stage, report.stage),
    people: story.people ?? report.people,
    actors: { acting: union(story.actors.acting, report.actors.acting), targeted: union(story.actors.targeted, report.actors.targeted) },
    firstReportAt: report.at < story.firstReportAt ? report.at : story.firstReportAt,
    lastReportAt: report.at > story.lastReportAt ? report.at : story.lastReportAt,
    fingerprint: mergeFingerprints(story.fingerprint, report.fingerprint),
  };
}

/** The further of two stages: a story announced by one report and completed by the next is completed. */
function advanced(a: Stage | undefined, b: Stage | undefined): Stage | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return STAGE_ORDER.indexOf(a) >= STAGE_ORDER.indexOf(b) ? a : b;
}

const STAGE_ORDER: readonly Stage[] = ['threatened', 'proposed', 'announced', 'completed'];

function toMatch(facts: StoryFacts, brief: Brief): StoryMatch {
  return {
    action: facts.action,
    stage: facts.stage,
    // The writer's best count when it gives one (later reports may correct the first).
    people: brief.people ?? facts.people,
    actors: facts.actors,
    firstReportAt: facts.firstReportAt,
    lastReportAt: facts.lastReportAt,
    fingerprint: JSON.stringify(facts.fingerprint),
  };
}

function parseFingerprint(json: string): Fingerprint {
  if (!json) return emptyFingerprint();
  try {
    const fp = JSON.parse(json) as Partial<Fingerprint>;
    return { terms: fp.terms ?? {}, titleNumbers: fp.titleNumbers ?? [], numbers: fp.numbers ?? [] };
  } catch {
    return emptyFingerprint(); // a damaged row matches nothing by text rather than stopping the poll
  }
}

/** Briefs of other, earlier stories sharing a topic and a country with this one, newest first. */
async function history(
  latestBriefs: (topic: TopicId, country: string) => Promise<Brief[]>,
  facts: StoryFacts,
  storyId: string,
  createdAt: Date,
): Promise<Brief[]> {
  const found = new Map<string, Brief>();
  for (const topic of facts.topics) {
    for (const country of facts.countries) {
      for (const brief of await latestBriefs(topic, country)) {
        if (brief.storyId !== storyId && brief.createdAt < createdAt) found.set(brief.id, brief);
      }
    }
  }
  return [...found.values()]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
    .slice(0, MAX_HISTORY);
}

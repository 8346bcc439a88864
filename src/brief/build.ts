// The offline brief writer: one brief from all the reports of a story and attache's own history.
// It needs no network and is what runs by default and whenever a model fails.
import type { Brief } from '../core/types.js';
import { whatsHappening } from './compose.js';
import { keySentences, storyFacts, type StoryFacts } from './facts.js';
import { historyNotes } from './history.js';
import { forwardLooking } from './next.js';
import type { BriefInput, BriefWriter } from './writer.js';

/** What the offline writer found, for a model to write from and be checked against. */
export interface BriefDraft {
  facts: StoryFacts;
  /** The reports' own most informative sentences. */
  key: string[];
  /** "Why it matters" sentences from attache's history. */
  history: string[];
  /** Forward-looking sentences from the reports. */
  next: string[];
  brief: Brief;
}

export function draftBrief(input: BriefInput): BriefDraft {
  if (input.reports.length === 0) throw new Error('a story needs at least one report');
  const facts = storyFacts(input.reports);
  const next = forwardLooking(input.reports, facts.headline);
  const key = keySentences(input.reports, facts, next);
  const history = historyNotes(facts, input.history);
  const brief: Brief = {
    id: input.briefId,
    storyId: input.storyId,
    topics: facts.topics,
    action: facts.action,
    stage: facts.stage,
    people: facts.people,
    actors: facts.actors,
    countries: facts.countries,
    confidence: facts.confidence,
    headline: facts.headline,
    whatsHappening: whatsHappening(facts, key),
    whyItMatters: history.length > 0 ? history.join(' ') : undefined,
    whatsNext: next.length > 0 ? next.join(' ') : undefined,
    sources: facts.sources,
    createdAt: input.createdAt,
    // Rewritten after it was first posted: the platforms show it as updated.
    ...(input.now.getTime() > input.createdAt.getTime() ? { updatedAt: input.now } : {}),
  };
  return { facts, key, history, next, brief };
}

export function writeBriefOffline(input: BriefInput): Brief {
  return draftBrief(input).brief;
}

export const offlineBriefWriter: BriefWriter = async (input) => writeBriefOffline(input);

// Brief v1, written from the story's first report alone. The sectioned writer replaces it (issue 4).
import type { Brief } from '../core/types.js';
import type { BriefInput, BriefWriter } from './writer.js';

const MAX_HAPPENING_CHARS = 600;

export function writeBriefOffline(input: BriefInput): Brief {
  const first = input.reports[0];
  if (!first) throw new Error('a story needs at least one report');
  const { item, classification } = first;
  const headline = item.title.trim() || firstSentence(item.summary) || '(untitled report)';
  return {
    id: input.briefId,
    storyId: input.storyId,
    topics: classification.topics,
    action: classification.action,
    stage: classification.stage,
    people: classification.people,
    actors: classification.actors,
    countries: classification.countries,
    confidence: classification.confidence,
    headline,
    whatsHappening: summarise(item.summary, headline),
    sources: input.reports.map((r) => ({
      feedId: r.feed.id,
      feedName: r.feed.name,
      title: r.item.title,
      url: r.item.link,
      publishedAt: r.item.publishedAt,
    })),
    createdAt: input.createdAt,
    ...(input.reports.length > 1 ? { updatedAt: input.now } : {}),
  };
}

export const offlineBriefWriter: BriefWriter = async (input) => writeBriefOffline(input);

/** The summary up to a sentence boundary near the limit; the headline when there is no summary. */
function summarise(summary: string, headline: string): string {
  const text = summary.replace(/\s+/g, ' ').trim();
  if (!text) return headline;
  if (text.length <= MAX_HAPPENING_CHARS) return text;
  const cut = text.slice(0, MAX_HAPPENING_CHARS);
  const lastStop = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return lastStop > MAX_HAPPENING_CHARS / 3 ? cut.slice(0, lastStop + 1) : `${cut.trimEnd()}…`;
}

function firstSentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^(.{10,200}?[.!?])\s/.exec(t);
  return m?.[1] ?? t.slice(0, 200);
}

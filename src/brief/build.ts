// Brief v1: one story per relevant item, written from that item alone.
// Story grouping across reports and the history-based sections come with the classifier issue.
import { randomUUID } from 'node:crypto';
import type { Brief, Classification, FeedDefinition, FeedItem, Story } from '../core/types.js';

const MAX_HAPPENING_CHARS = 600;

export interface BuiltStory {
  story: Story;
  brief: Brief;
}

export function buildBrief(
  item: FeedItem,
  classification: Classification,
  feed: Pick<FeedDefinition, 'id' | 'name'>,
  now: Date,
): BuiltStory {
  const headline = item.title.trim() || firstSentence(item.summary) || '(untitled report)';
  const story: Story = {
    id: randomUUID(),
    topics: classification.topics,
    countries: classification.countries,
    headline,
    firstSeenAt: now,
    updatedAt: now,
  };
  const brief: Brief = {
    id: randomUUID(),
    storyId: story.id,
    topics: classification.topics,
    action: classification.action,
    countries: classification.countries,
    confidence: classification.confidence,
    headline,
    whatsHappening: summarise(item.summary, headline),
    sources: [
      { feedId: feed.id, feedName: feed.name, title: item.title, url: item.link, publishedAt: item.publishedAt },
    ],
    createdAt: now,
  };
  return { story, brief };
}

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

// The contract between story grouping (pipeline/) and brief writing (brief/): the pipeline hands
// over every report of a story plus the desk's earlier briefs, and gets the story's Brief back.
import type { Brief, Classification, FeedDefinition, FeedItem } from '../core/types.js';

export interface StoryReport {
  item: FeedItem;
  classification: Classification;
  feed: Pick<FeedDefinition, 'id' | 'name'>;
  /** When attache first saw the report. */
  seenAt: Date;
}

export interface BriefInput {
  storyId: string;
  /** Stays the same when the story grows, so the brief is edited in place where it was posted. */
  briefId: string;
  /** Every report of the story, oldest first; the first one opened the story. */
  reports: StoryReport[];
  /**
   * Briefs of earlier stories that share a topic and a country with this one, newest first
   * (at most a few hundred): what "Why it matters" is written from.
   */
  history: Brief[];
  /** When the story's brief was first created (the same as `now` for a new story). */
  createdAt: Date;
  now: Date;
}

/** Writes the brief of a story. Never rejects: a writer that uses a model falls back to the offline one. */
export type BriefWriter = (input: BriefInput) => Promise<Brief>;

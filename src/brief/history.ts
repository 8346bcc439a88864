// "Why it matters", from attache's own record: earlier briefs for the same country and topic.
// Nothing is said when the record is empty: a first brief ever is no news in itself.
import type { Action, Brief } from '../core/types.js';
import { countryNameBare } from './countries.js';
import { RELEASE_ACTIONS, RELIEF_ACTIONS, type StoryFacts } from './facts.js';
import { formatDay, formatMonth, ordinal, shorten } from './text.js';

type SanctionsKind = 'relief' | 'restriction' | 'extension' | 'threat';

const KIND: Record<SanctionsKind, { label: string; first: string; prep: string }> = {
  relief: { label: 'sanctions relief', first: 'sanctions relief (lifting, easing, waiver or delisting)', prep: 'for' },
  restriction: { label: 'new sanctions measure', first: 'new sanctions measure', prep: 'on' },
  extension: { label: 'extension of sanctions', first: 'extension of sanctions', prep: 'on' },
  threat: { label: 'sanctions threat', first: 'sanctions threat', prep: 'against' },
};

/** What kind of sanctions event it is; an offer ("relief possible if …") is none: it would count as relief. */
function sanctionsKind(action: Action | undefined, stage: Brief['stage']): SanctionsKind | undefined {
  if (action === 'threaten' || stage === 'threatened') return 'threat';
  if (stage === 'proposed') return undefined;
  if (action && RELIEF_ACTIONS.has(action)) return 'relief';
  if (action === 'extend') return 'extension';
  if (action === 'impose' || action === 'designate') return 'restriction';
  return undefined;
}

/** A release that happened or was decided (not an offer or a threat); old briefs without an action count. */
function isRelease(action: Action | undefined, stage: Brief['stage']): boolean {
  return (action === undefined || RELEASE_ACTIONS.has(action)) && (stage === undefined || stage === 'completed' || stage === 'announced');
}

/** The sentences of "Why it matters"; empty when the record says nothing. */
export function historyNotes(facts: StoryFacts, history: Brief[]): string[] {
  const focus = facts.focusCountry;
  if (!focus || history.length === 0) return [];
  history = [...history].sort((a, b) => eventTime(b).getTime() - eventTime(a).getTime());
  const name = countryNameBare(focus);
  const since = formatMonth(oldest(history));
  const notes: string[] = [];

  const releaseAction = facts.actions.find((a) => RELEASE_ACTIONS.has(a));
  // An offer of relief "if more prisoners are freed" is about prisoners but is no release.
  const releaseStory = facts.topics.includes('prisoner_release') && (releaseAction !== undefined || facts.actions.length === 0) && isRelease(releaseAction, facts.stage);
  if (releaseStory) {
    const earlier = history.filter((b) => b.topics.includes('prisoner_release') && b.countries.includes(focus) && isRelease(b.action, b.stage));
    if (earlier.length === 0) {
      notes.push(`First ${name} prisoner release attache has recorded (its records go back to ${since}).`);
    } else {
      const n = earlier.length + 1;
      const from = formatMonth(oldest(earlier));
      const people = peopleTotal([facts.people, ...earlier.map((b) => b.people)]);
      const count = people ? `, with ${people} freed in these releases` : '';
      notes.push(`${ordinal(n)} ${name} prisoner release since ${from}${count}; the previous one was on ${previous(earlier[0]!)}.`);
    }
  }

  const sanctionsAction = facts.actions.find((a) => !RELEASE_ACTIONS.has(a));
  const kind = facts.topics.includes('sanctions') ? sanctionsKind(sanctionsAction, facts.stage) : undefined;
  if (kind) {
    const { label, first, prep } = KIND[kind];
    const earlier = history.filter((b) => b.topics.includes('sanctions') && b.countries.includes(focus) && sanctionsKind(b.action, b.stage) === kind);
    if (earlier.length === 0) {
      notes.push(`First ${first} ${prep} ${name} attache has seen (its records go back to ${since}).`);
    } else {
      const from = formatMonth(oldest(earlier));
      notes.push(`${ordinal(earlier.length + 1)} ${label} ${prep} ${name} since ${from}; the previous one was on ${previous(earlier[0]!)}.`);
    }
  }
  return notes;
}

/** "Why it matters" text, or undefined when there is nothing to say. */
export function whyItMatters(facts: StoryFacts, history: Brief[]): string | undefined {
  const notes = historyNotes(facts, history);
  return notes.length > 0 ? notes.join(' ') : undefined;
}

/** When the event was first reported (its earliest source), else when attache wrote the brief. */
function eventTime(b: Brief): Date {
  let first = b.createdAt;
  for (const s of b.sources) if (s.publishedAt instanceof Date && s.publishedAt < first) first = s.publishedAt;
  return first;
}

function oldest(briefs: Brief[]): Date {
  return briefs.map(eventTime).reduce((min, d) => (d < min ? d : min));
}

/** "3 November 2025 (“Belarus frees 52 prisoners”)". */
function previous(b: Brief): string {
  return `${formatDay(eventTime(b))} (“${shorten(b.headline, 90)}”)`;
}

/** "180 people" when every count is known, "at least 180 people" when some are not; undefined when none is. */
function peopleTotal(counts: Array<number | undefined>): string | undefined {
  const known = counts.filter((n): n is number => n !== undefined && n > 0);
  if (known.length === 0) return undefined;
  const total = known.reduce((a, b) => a + b, 0);
  const unit = total === 1 ? 'person' : 'people';
  return known.length === counts.length ? `${total} ${unit}` : `at least ${total} ${unit}`;
}

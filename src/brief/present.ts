// Plain-text pieces every platform shows the same way (each renderer escapes them for itself).
import type { Brief } from '../core/types.js';

const TOPIC_LABEL: Record<string, string> = { prisoner_release: 'PRISONER RELEASE', sanctions: 'SANCTIONS' };

/** "PRISONER RELEASE · pardon, completed · 31 people": topic, action and stage, number. */
export function briefLabelParts(brief: Brief): string[] {
  const topics = brief.topics.map((t) => TOPIC_LABEL[t] ?? t).join(' + ');
  const action = [brief.action, brief.stage].filter(Boolean).join(', ');
  const people = brief.people !== undefined ? `${brief.people} ${brief.people === 1 ? 'person' : 'people'}` : '';
  return [topics, action, people].filter(Boolean);
}

function hhmm(d: Date): string {
  return d.toISOString().slice(11, 16);
}

function sameUtcDay(a: Date, b: Date): boolean {
  return a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);
}

/** The earliest report time among the sources, if any is known. */
export function firstSeen(brief: Brief): Date | undefined {
  return brief.sources
    .map((s) => s.publishedAt)
    .filter((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime()))
    .sort((a, b) => a.getTime() - b.getTime())[0];
}

/** "3 reports, first seen 09:14 UTC" (with the day when it was not the brief's day). */
export function reportsLine(brief: Brief): string {
  const count = `${brief.sources.length} report${brief.sources.length === 1 ? '' : 's'}`;
  const first = firstSeen(brief);
  if (!first) return count;
  const day = Number.isNaN(brief.createdAt.getTime()) || sameUtcDay(first, brief.createdAt) ? '' : `${first.toISOString().slice(0, 10)} `;
  return `${count}, first seen ${day}${hhmm(first)} UTC`;
}

/** "updated 11:05 UTC" when a later report changed the brief. */
export function updatedLine(brief: Brief): string | undefined {
  const at = brief.updatedAt;
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) return undefined;
  const day = sameUtcDay(at, brief.createdAt) ? '' : `${at.toISOString().slice(0, 10)} `;
  return `updated ${day}${hhmm(at)} UTC`;
}

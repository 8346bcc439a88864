// Plain-text formatting shared by the /brief commands (adapters escape and style it).
import type { Brief, SubscriptionFilter, TopicId } from '../core/types.js';
import { countryLabel, countryName } from './countries.js';

/** "2025-03-01". */
export function formatDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** "2025-03-01 10:00 UTC". */
export function formatDateTime(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

const TOPIC_LABELS: Record<TopicId, string> = { prisoner_release: 'prisoner release', sanctions: 'sanctions' };

export function topicLabel(topic: TopicId): string {
  return TOPIC_LABELS[topic];
}

/** The first source link of a brief, if any. */
export function briefUrl(brief: Brief): string | undefined {
  return brief.sources.find((s) => s.url !== undefined && s.url !== '')?.url;
}

/** "2025-03-01 · sanctions/impose · BY, UA — US eases sanctions on Belavia", linked to its first source. */
export function briefListItem(brief: Brief): { text: string; url?: string } {
  const what = [brief.topics.map(topicLabel).join(' + '), brief.action].filter(Boolean).join('/');
  const where = brief.countries.join(', ');
  const text = [formatDate(brief.createdAt), what, where].filter((s) => s !== '').join(' · ') + ` — ${brief.headline}`;
  const url = briefUrl(brief);
  return url ? { text, url } : { text };
}

/** "sanctions · Belarus (BY) · confidence ≥ 0.6", "all topics · all countries" or "… · daily digest". */
export function filterLabel(filter: SubscriptionFilter): string {
  const topics = filter.topics.length > 0 ? filter.topics.map(topicLabel).join(' + ') : 'all topics';
  const countries = filter.countries.length > 0 ? filter.countries.map(countryLabel).join(', ') : 'all countries';
  const confidence = filter.minConfidence > 0 ? ` · confidence ≥ ${filter.minConfidence}` : '';
  const digest = filter.digest ? ` · ${filter.digest} digest` : '';
  return `${topics} · ${countries}${confidence}${digest}`;
}

export { countryLabel, countryName };

/** "1 release", "3 releases". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A message from outside (a fetch error) cut to one short line. */
export function oneLine(text: string, max = 300): string {
  const first = text.split(/\r?\n/)[0]?.trim() ?? '';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

const UNSUBSCRIBED = 'unsubscribed by ';

/** The reason stored when someone unsubscribes, told apart from the bot stopping a subscription. */
export function unsubscribedReason(userId: string): string {
  return `${UNSUBSCRIBED}${userId}`;
}

export function isUnsubscribedReason(reason: string | undefined): boolean {
  return reason?.startsWith(UNSUBSCRIBED) ?? false;
}

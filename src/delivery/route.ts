// Which subscriptions a brief goes to.
import type { Brief, Subscription, SubscriptionFilter } from '../core/types.js';

/** The topic, country and confidence filter alone (a digest summarises the briefs that pass it). */
export function matchesFilter(brief: Brief, filter: SubscriptionFilter): boolean {
  if (brief.confidence < filter.minConfidence) return false;
  if (filter.topics.length > 0 && !brief.topics.some((t) => filter.topics.includes(t))) return false;
  if (filter.countries.length > 0 && !brief.countries.some((c) => filter.countries.includes(c))) return false;
  return true;
}

/** Whether the brief itself is posted to the subscription: digest subscriptions only get their digest. */
export function matchesSubscription(brief: Brief, sub: Subscription): boolean {
  return sub.active && sub.digest === undefined && matchesFilter(brief, sub);
}

export function routeBrief(brief: Brief, subscriptions: Subscription[]): number[] {
  return subscriptions.filter((s) => matchesSubscription(brief, s)).map((s) => s.id);
}

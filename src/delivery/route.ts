// Which subscriptions a brief goes to.
import type { Brief, Subscription } from '../core/types.js';

export function matchesSubscription(brief: Brief, sub: Subscription): boolean {
  if (!sub.active) return false;
  if (brief.confidence < sub.minConfidence) return false;
  if (sub.topics.length > 0 && !brief.topics.some((t) => sub.topics.includes(t))) return false;
  if (sub.countries.length > 0 && !brief.countries.some((c) => sub.countries.includes(c))) return false;
  return true;
}

export function routeBrief(brief: Brief, subscriptions: Subscription[]): number[] {
  return subscriptions.filter((s) => matchesSubscription(brief, s)).map((s) => s.id);
}

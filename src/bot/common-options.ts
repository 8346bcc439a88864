// Option specs used by several /brief subcommands, so they read the same everywhere.
import { TOPICS, type DigestSchedule, type SubscriptionFilter, type TopicId } from '../core/types.js';
import type { OptionSpec, OptionValues } from './command.js';

export const TOPIC_CHOICES = [...TOPICS, 'all'] as const;

export const topicOption: OptionSpec = {
  name: 'topic',
  description: 'prisoner_release, sanctions or all',
  type: 'string',
  choices: TOPIC_CHOICES,
};

export const countryOption: OptionSpec = {
  name: 'country',
  description: 'a country name (English, Russian or Ukrainian) or ISO code, e.g. belarus or BY',
  type: 'string',
  autocomplete: 'country',
};

export const feedIdOption: OptionSpec = {
  name: 'id',
  description: 'the feed id, as shown by /brief feeds list',
  type: 'string',
  required: true,
};

export const minConfidenceOption: OptionSpec = {
  name: 'min_confidence',
  description: 'only briefs at least this sure, 0–1 (default 0: every brief)',
  type: 'number',
  min: 0,
  max: 1,
};

export const DIGEST_CHOICES: readonly DigestSchedule[] = ['daily', 'weekly'];

export const digestOption: OptionSpec = {
  name: 'digest',
  description: 'daily or weekly: one summary on schedule instead of every brief as it comes',
  type: 'string',
  choices: DIGEST_CHOICES,
};

/** Validated topic/country/min_confidence/digest values → the filter stored with a subscription. */
export function filterFromValues(values: OptionValues): SubscriptionFilter {
  const topic = values.topic;
  return {
    topics: typeof topic === 'string' && topic !== 'all' ? [topic as TopicId] : [],
    countries: typeof values.country === 'string' ? [values.country] : [],
    minConfidence: typeof values.min_confidence === 'number' ? values.min_confidence : 0,
    ...(values.digest === 'daily' || values.digest === 'weekly' ? { digest: values.digest } : {}),
  };
}

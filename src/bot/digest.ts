// The digest of a period's briefs: what /brief digest answers and what digest subscriptions receive.
import { TOPICS, type Brief, type Reply } from '../core/types.js';
import { briefListItem, countryLabel, formatDate, plural, topicLabel } from './format.js';

export type DigestPeriod = 'day' | 'week';

export const PERIOD_DAYS: Record<DigestPeriod, number> = { day: 1, week: 7 };
/** Briefs read per digest; a busier period is summarised from its newest ones (and says so). */
export const MAX_DIGEST_BRIEFS = 1000;
const TOP_COUNTRIES = 8;
const TOP_HEADLINES = 5;

/** The period that ends at `to`: [to − 1 or 7 days, to). */
export function digestWindow(period: DigestPeriod, to: Date): { from: Date; to: Date } {
  return { from: new Date(to.getTime() - PERIOD_DAYS[period] * 86_400_000), to };
}

export interface DigestInput {
  period: DigestPeriod;
  from: Date;
  to: Date;
  /** Briefs of the window, newest first. */
  briefs: Brief[];
  /** The store returned MAX_DIGEST_BRIEFS: older briefs of the window were not read. */
  capped: boolean;
  /** Words after "No briefs in the last day" when there are none, e.g. " for sanctions · Belarus (BY)". */
  emptyScope?: string;
}

export function digestReply(input: DigestInput): Reply {
  const { period, from, to, briefs } = input;
  const title = `Digest: the last ${period} (${formatDate(from)} – ${formatDate(to)})`;
  if (briefs.length === 0) {
    return { ephemeral: false, title, parts: [{ kind: 'text', text: `No briefs in the last ${period}${input.emptyScope ?? ''}.` }] };
  }
  const byTopic = TOPICS.map((t) => `${topicLabel(t)}: ${briefs.filter((b) => b.topics.includes(t)).length}`).join(' · ');
  const countries = new Map<string, number>();
  for (const b of briefs) for (const c of b.countries) countries.set(c, (countries.get(c) ?? 0) + 1);
  const topCountries = [...countries.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_COUNTRIES)
    .map(([c, n]) => ({ name: countryLabel(c), value: String(n) }));
  const top = [...briefs].sort(byImportance).slice(0, TOP_HEADLINES);
  const capped = input.capped ? ' (the newest; there were more)' : '';
  return {
    ephemeral: false,
    title,
    parts: [
      { kind: 'text', text: `${plural(briefs.length, 'brief')}${capped} — ${byTopic}` },
      ...(topCountries.length > 0 ? [{ kind: 'fields' as const, fields: topCountries }] : []),
      { kind: 'text', text: 'Top headlines:' },
      { kind: 'list', items: top.map(briefListItem) },
    ],
  };
}

/** More sources first (more outlets reported it), then higher confidence, then newer. */
function byImportance(a: Brief, b: Brief): number {
  return b.sources.length - a.sources.length || b.confidence - a.confidence || b.createdAt.getTime() - a.createdAt.getTime();
}

import type { Command } from '../src/bot/deps.js';
import { briefListItem, countryLabel, formatDate, plural, topicLabel } from '../src/bot/format.js';
import { TOPICS, type Brief } from '../src/core/types.js';

const PERIOD_DAYS = { day: 1, week: 7 } as const;
/** Briefs read per digest; a busier period is summarised from its newest ones (and says so). */
const MAX_BRIEFS = 1000;
const TOP_COUNTRIES = 8;
const TOP_HEADLINES = 5;

export const digest: Command = {
  path: ['digest'],
  description: "Summary of the last day's or week's briefs: counts by topic and country, then the top headlines",
  admin: false,
  options: [{ name: 'period', description: 'day or week (default day)', type: 'string', choices: ['day', 'week'] }],
  example: '/brief digest week',
  async run(values, _invoker, { store, now }) {
    const period = values.period === 'week' ? 'week' : 'day';
    const to = now();
    const from = new Date(to.getTime() - PERIOD_DAYS[period] * 86_400_000);
    const briefs = await store.briefsBetween(from, to, MAX_BRIEFS);
    const title = `Digest: the last ${period} (${formatDate(from)} – ${formatDate(to)})`;
    if (briefs.length === 0) {
      return { ephemeral: false, title, parts: [{ kind: 'text', text: `No briefs in the last ${period}.` }] };
    }
    const byTopic = TOPICS.map((t) => `${topicLabel(t)}: ${briefs.filter((b) => b.topics.includes(t)).length}`).join(' · ');
    const countries = new Map<string, number>();
    for (const b of briefs) for (const c of b.countries) countries.set(c, (countries.get(c) ?? 0) + 1);
    const topCountries = [...countries.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, TOP_COUNTRIES)
      .map(([c, n]) => ({ name: countryLabel(c), value: String(n) }));
    const top = [...briefs].sort(byImportance).slice(0, TOP_HEADLINES);
    const capped = briefs.length === MAX_BRIEFS ? ' (the newest; there were more)' : '';
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
  },
};

/** More sources first (more outlets reported it), then higher confidence, then newer. */
function byImportance(a: Brief, b: Brief): number {
  return b.sources.length - a.sources.length || b.confidence - a.confidence || b.createdAt.getTime() - a.createdAt.getTime();
}

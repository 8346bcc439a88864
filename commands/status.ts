import type { Command } from '../src/bot/deps.js';
import { countryOption } from '../src/bot/common-options.js';
import { briefListItem, countryName, formatDate, plural } from '../src/bot/format.js';

/** Briefs counted for the status line; older ones are left out (and the line says "at least"). */
const STATUS_WINDOW = 500;
const TIMELINE_LENGTH = 10;

export const status: Command = {
  path: ['status'],
  description: 'Where things stand for one country: counts, then a timeline, newest first',
  admin: false,
  options: [{ ...countryOption, required: true }],
  example: '/brief status belarus',
  async run(values, _invoker, { store }) {
    const code = String(values.country);
    const name = countryName(code);
    const briefs = await store.latestBriefs({ country: code, limit: STATUS_WINDOW });
    const title = `Status: ${name} (${code})`;
    if (briefs.length === 0) {
      return { ephemeral: true, title, parts: [{ kind: 'text', text: `${name}: nothing seen yet about prisoner releases or sanctions.` }] };
    }
    const releases = briefs.filter((b) => b.topics.includes('prisoner_release')).length;
    const sanctions = briefs.filter((b) => b.topics.includes('sanctions')).length;
    const oldest = briefs[briefs.length - 1]!;
    const newest = briefs[0]!;
    const atLeast = briefs.length === STATUS_WINDOW ? 'at least ' : '';
    const summary =
      `${name}: ${atLeast}${plural(releases, 'release')} and ${plural(sanctions, 'sanctions action')} seen since ${formatDate(oldest.createdAt)}; ` +
      `latest (${formatDate(newest.createdAt)}): ${newest.headline}`;
    const timeline = briefs.slice(0, TIMELINE_LENGTH).map(briefListItem);
    const more = briefs.length > TIMELINE_LENGTH ? [{ kind: 'text' as const, text: `Showing the ${TIMELINE_LENGTH} newest of ${atLeast}${briefs.length}. /brief latest all ${code} 10 lists briefs too.` }] : [];
    return { ephemeral: true, title, parts: [{ kind: 'text', text: summary }, { kind: 'list', items: timeline }, ...more] };
  },
};

import type { Command } from '../src/bot/deps.js';
import { digestReply, digestWindow, MAX_DIGEST_BRIEFS } from '../src/bot/digest.js';

export const digest: Command = {
  path: ['digest'],
  description: "Summary of the last day's or week's briefs: counts by topic and country, then the top headlines",
  admin: false,
  options: [{ name: 'period', description: 'day or week (default day)', type: 'string', choices: ['day', 'week'] }],
  example: '/brief digest week',
  async run(values, _invoker, { store, now }) {
    const period = values.period === 'week' ? 'week' : 'day';
    const { from, to } = digestWindow(period, now());
    const briefs = await store.briefsBetween(from, to, MAX_DIGEST_BRIEFS);
    return digestReply({ period, from, to, briefs, capped: briefs.length === MAX_DIGEST_BRIEFS });
  },
};

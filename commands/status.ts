import type { Command } from '../src/bot/deps.js';
import { countryOption } from '../src/bot/common-options.js';
import { countryName, plural } from '../src/bot/format.js';
import { stateLine, timelineEntry } from '../src/bot/timeline.js';

/** Timeline entries shown in chat; the rest are counted. */
const TIMELINE_LENGTH = 10;

export const status: Command = {
  path: ['status'],
  description: "A country's current state, then its releases and sanctions, newest first",
  admin: false,
  options: [{ ...countryOption, required: true }],
  example: '/brief status belarus',
  async run(values, _invoker, { store }) {
    const code = String(values.country);
    const name = countryName(code);
    const title = `Status: ${name} (${code})`;
    const { briefs, total, latest } = await store.countryTimeline(code, TIMELINE_LENGTH);
    if (briefs.length === 0) {
      return {
        ephemeral: true,
        title,
        parts: [{ kind: 'text', text: `Nothing seen about ${name} yet: no prisoner releases or sanctions in the briefs so far.` }],
      };
    }
    const more = total - briefs.length;
    return {
      ephemeral: true,
      title,
      parts: [
        { kind: 'text', text: stateLine(code, latest) },
        { kind: 'list', items: briefs.map((b) => timelineEntry(b, code)) },
        ...(more > 0
          ? [{ kind: 'text' as const, text: `${plural(more, 'more brief')} not shown (${total} in all). /brief search ${name} finds them by words.` }]
          : []),
      ],
    };
  },
};

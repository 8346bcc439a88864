import type { Command } from '../src/bot/deps.js';
import { usageLine } from '../src/bot/replies.js';

/** Help lists the commands it is registered with (passed lazily: index.ts lists help itself). */
export function createHelp(all: () => readonly Command[]): Command {
  return {
    path: ['help'],
    description: 'Every subcommand with its options and an example',
    admin: false,
    options: [],
    example: '/brief help',
    async run() {
      const commands = all();
      const items = commands.map((c) => {
        const options = c.options.map((o) => `${o.name}: ${o.description}`).join('; ');
        const admin = c.admin ? ' (admins only)' : '';
        return { text: `${usageLine(c)} — ${c.description}${admin}.${options ? ` Options: ${options}.` : ''} Example: ${c.example}` };
      });
      return {
        ephemeral: true,
        title: '/brief — prisoner releases and sanctions, briefed',
        parts: [
          { kind: 'list', items },
          { kind: 'text', text: 'Options go in order or as name:value; quote values with spaces, e.g. name:"My feed".' },
        ],
      };
    },
  };
}

// The one /brief implementation behind Slack, Discord and the console: finds the subcommand,
// checks admin rights (on every call), validates options, runs it, and turns every failure into an
// ephemeral error Reply. It never throws and never shows an error's internals.
import { COMMANDS } from '../../commands/index.js';
import type { Reply } from '../core/types.js';
import type { Invoker } from './command.js';
import { completeCountry } from './countries.js';
import type { Command, CommandDeps } from './deps.js';
import { validateOptions } from './options.js';
import { parseSlackText } from './parse-text.js';
import { errorReply } from './replies.js';
import type { CommandRunner, ParsedInvocation } from './runner.js';
import { UserError } from './user-error.js';

export type { CommandDeps, FeedCheck } from './deps.js';

export function createCommandRunner(deps: CommandDeps, definitions: readonly Command[] = COMMANDS): CommandRunner {
  const byPath = new Map(definitions.map((d) => [d.path.join(' '), d]));

  async function run(invocation: ParsedInvocation, invoker: Invoker): Promise<Reply> {
    const name = invocation.path.join(' ');
    const def = byPath.get(name);
    if (!def) {
      return errorReply(`Unknown subcommand "${name}". Type /brief help for the list`);
    }
    try {
      if (def.admin) {
        let allowed = false;
        try {
          allowed = await invoker.isAdmin();
        } catch (err) {
          deps.reportError?.(err, { command: name });
          return errorReply(`Could not check your admin rights just now, so /brief ${name} did nothing. Please try again`);
        }
        if (!allowed) return errorReply(`/brief ${name} is for admins only; nothing was changed`);
      }
      const checked = validateOptions(def.options, invocation.values);
      if ('problems' in checked) return errorReply(checked.problems, def);
      return await def.run(checked.values, invoker, deps);
    } catch (err) {
      if (err instanceof UserError) return errorReply(err.message, def);
      deps.reportError?.(err, { command: name });
      return errorReply(`Something went wrong while running /brief ${name}. Please try again; if it keeps failing, ask an admin to check the bot's logs`, def);
    }
  }

  return {
    definitions,
    run: async (invocation, invoker) => {
      try {
        return await run(invocation, invoker);
      } catch {
        // Only reachable if building the error reply itself failed; the adapter still gets an answer.
        return { ephemeral: true, error: true, parts: [{ kind: 'text', text: 'Something went wrong. Please try again.' }] };
      }
    },
    parseText: (text) => {
      try {
        return parseSlackText(text, definitions);
      } catch (err) {
        deps.reportError?.(err, { command: 'parse' });
        return { error: errorReply('Could not read that command. Type /brief help for examples') };
      }
    },
    completeCountry: (prefix) => {
      try {
        return completeCountry(prefix);
      } catch (err) {
        deps.reportError?.(err, { command: 'autocomplete' });
        return [];
      }
    },
  };
}

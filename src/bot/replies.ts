// Building blocks for Reply values shared by the runner and the commands.
import type { Reply, ReplyPart } from '../core/types.js';
import type { CommandDefinition } from './command.js';
import { usageOf } from './options.js';

type Describable = Pick<CommandDefinition<unknown>, 'path' | 'options' | 'example'>;

/** "/brief latest [topic] [country] [limit]". */
export function usageLine(def: Pick<CommandDefinition<unknown>, 'path' | 'options'>): string {
  return ['/brief', ...def.path, ...def.options.map(usageOf)].join(' ');
}

/** An ephemeral error: what went wrong, then (for a known command) its usage and an example. */
export function errorReply(problems: string | readonly string[], def?: Describable): Reply {
  const lines = typeof problems === 'string' ? [problems] : [...problems];
  const parts: ReplyPart[] = lines.map((text) => ({ kind: 'text', text: asSentence(text) }));
  if (def) parts.push({ kind: 'text', text: `Usage: ${usageLine(def)}\nExample: ${def.example}` });
  return { ephemeral: true, error: true, title: def ? `Could not run /brief ${def.path.join(' ')}` : 'Could not run /brief', parts };
}

export function textReply(title: string, lines: string | readonly string[], opts: { ephemeral?: boolean } = {}): Reply {
  const list = typeof lines === 'string' ? [lines] : lines;
  return { ephemeral: opts.ephemeral ?? true, title, parts: list.map((text) => ({ kind: 'text', text })) };
}

/** Ends with a full stop; the case is left alone (messages may start with an option name). */
function asSentence(text: string): string {
  const t = text.trim();
  return /[.!?…)]$/.test(t) ? t : `${t}.`;
}

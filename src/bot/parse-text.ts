// Slack's "/brief …" text → subcommand path and option values. Options may be positional (in
// OptionSpec order) or name:value; values may be quoted ("…", '…', or Slack's smart quotes). The
// last free-text option of a command takes the rest of the words, so "status united states" and
// "search frozen assets" need no quotes.
import type { Reply } from '../core/types.js';
import type { CommandDefinition, OptionSpec, OptionValues } from './command.js';
import { closestMatches } from './closest.js';
import { matchChoice } from './options.js';
import { errorReply } from './replies.js';
import type { ParsedInvocation } from './runner.js';

type Definition = Pick<CommandDefinition<unknown>, 'path' | 'options' | 'example'>;

interface Word {
  text: string;
  /** It began with a quote: a value, never read as name:value. */
  quoted: boolean;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '”': '”', '‘': '’', '«': '»' };

export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let current = '';
  let quoted = false;
  let started = false;
  let closing: string | undefined;
  for (const ch of text) {
    if (closing !== undefined) {
      if (ch === closing || (closing === '"' && ch === '”')) closing = undefined;
      else current += ch;
      continue;
    }
    const close = QUOTES[ch];
    // An apostrophe inside a word ("Cote d'Ivoire") is a letter, not a quote.
    if (close !== undefined && !(ch === "'" && started)) {
      closing = close;
      if (!started) quoted = true;
      started = true;
      continue;
    }
    if (/\s/.test(ch)) {
      if (started) words.push({ text: current, quoted });
      current = '';
      quoted = false;
      started = false;
      continue;
    }
    current += ch;
    started = true;
  }
  if (started) words.push({ text: current, quoted });
  return words;
}

/**
 * Slack sends slash-command text HTML-escaped (&amp; &lt; &gt;) and, with link escaping on, URLs as
 * <https://…> or <https://…|label>. Undone here so adapters pass the text through untouched.
 */
export function unescapeSlackText(text: string): string {
  return text
    .replace(/<((?:https?):\/\/[^|>\s]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function parseSlackText(text: string, definitions: readonly Definition[]): ParsedInvocation | { error: Reply } {
  const words = splitWords(unescapeSlackText(text).trim());
  const first = words[0];
  if (!first) return { path: ['help'], values: {} };
  const head = first.text.toLowerCase();
  const groups = new Set(definitions.filter((d) => d.path.length > 1).map((d) => d.path[0]));

  let def: Definition | undefined;
  let rest: Word[];
  if (groups.has(head)) {
    const sub = words[1]?.text.toLowerCase();
    const inGroup = definitions.filter((d) => d.path[0] === head && d.path.length === 2);
    if (sub === undefined) def = inGroup.find((d) => d.path[1] === 'list');
    else def = inGroup.find((d) => d.path[1] === sub);
    if (!def) {
      const names = inGroup.map((d) => d.path[1] ?? '');
      const guess = sub === undefined ? [] : closestMatches(sub, names, 1);
      return {
        error: errorReply([
          `Unknown subcommand "${head} ${sub ?? ''}".${guess[0] ? ` Did you mean /brief ${head} ${guess[0]}?` : ''}`,
          `${head} takes: ${names.join(', ')} — see /brief help`,
        ]),
      };
    }
    rest = words.slice(sub === undefined ? 1 : 2);
  } else {
    def = definitions.find((d) => d.path.length === 1 && d.path[0] === head);
    if (!def) {
      const names = [...new Set(definitions.map((d) => d.path[0] ?? ''))];
      const guess = closestMatches(head, names, 1)[0];
      return {
        error: errorReply(`Unknown subcommand "${first.text}".${guess ? ` Did you mean /brief ${guess}?` : ''} Type /brief help for the list`),
      };
    }
    rest = words.slice(1);
  }

  const assigned = assignOptions(def.options, rest);
  if ('problem' in assigned) return { error: errorReply(assigned.problem, def) };
  return { path: [...def.path], values: assigned.values };
}

function assignOptions(specs: readonly OptionSpec[], words: Word[]): { values: OptionValues } | { problem: string } {
  const values: OptionValues = {};
  const positional: string[] = [];
  const byName = new Map(specs.map((s) => [s.name.toLowerCase(), s]));
  for (const word of words) {
    const named = word.quoted ? null : /^([a-z_]+):(.*)$/is.exec(word.text);
    const spec = named ? byName.get(named[1]!.toLowerCase()) : undefined;
    if (named && spec) {
      if (values[spec.name] !== undefined) return { problem: `${spec.name} is given twice` };
      values[spec.name] = named[2]!;
    } else {
      positional.push(word.text);
    }
  }

  const open = specs.filter((s) => values[s.name] === undefined);
  let i = 0;
  open.forEach((spec, k) => {
    const word = positional[i];
    if (word === undefined) return;
    const later = open.slice(k + 1);
    if (spec.choices) {
      // A word close to a choice goes to it (and fails validation) rather than to the next option.
      const fits = matchChoice(word, spec.choices) !== undefined || closestMatches(word, spec.choices, 1).length > 0;
      if (!fits && !spec.required) return;
    } else if (spec.type !== 'string') {
      if (!NUMBER.test(word) && !spec.required) return;
    } else if (!later.some((s) => s.type === 'string' && !s.choices)) {
      // The last free-text option takes every word except trailing numbers that later options can use.
      const numericTail = later.filter((s) => s.type !== 'string').length;
      let end = positional.length;
      while (end > i && positional.length - end < numericTail && NUMBER.test(positional[end - 1]!)) end -= 1;
      if (end === i) {
        if (!spec.required) return;
        end = i + 1;
      }
      values[spec.name] = positional.slice(i, end).join(' ');
      i = end;
      return;
    }
    values[spec.name] = word;
    i += 1;
  });
  if (i < positional.length) {
    const extra = positional.slice(i).join(' ');
    return { problem: specs.length === 0 ? `This command takes no options (got "${extra}")` : `Did not understand "${extra}"` };
  }
  return { values };
}

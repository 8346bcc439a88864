// The /brief application command as Discord wants it registered, built from the runner's definitions.
import type { CommandDefinition, OptionSpec } from '../../bot/command.js';

const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;
const OPTION_TYPE = { string: 3, integer: 4, number: 10 } as const;
const CHAT_INPUT = 1;
const NAME = /^[-_\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export const COMMAND_NAME = 'brief';
export const COMMAND_DESCRIPTION = 'Prisoner-release and sanctions briefs: latest news, status, subscriptions';

const GROUP_DESCRIPTIONS: Record<string, string> = { feeds: 'Feeds the bot polls (admins change them)' };

export interface OptionJson {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  choices?: Array<{ name: string; value: string }>;
  autocomplete?: boolean;
  min_value?: number;
  max_value?: number;
  options?: OptionJson[];
}

export interface CommandJson {
  name: string;
  description: string;
  type: number;
  /**
   * Deliberately absent (null): Discord can restrict only a whole top-level command, and /brief
   * must stay usable by everyone. Admin subcommands re-check Manage Server on every call instead.
   */
  default_member_permissions: null;
  options: OptionJson[];
}

function description(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim() || '—';
  return clean.length <= 100 ? clean : `${clean.slice(0, 99).trimEnd()}…`;
}

function checkName(name: string, where: string): string {
  if (!NAME.test(name)) throw new Error(`${where}: "${name}" is not a valid Discord option name (lower case, 1-32 characters)`);
  return name;
}

function optionJson(spec: OptionSpec, where: string): OptionJson {
  const out: OptionJson = {
    type: OPTION_TYPE[spec.type],
    name: checkName(spec.name, where),
    description: description(spec.description),
  };
  if (spec.required) out.required = true;
  if (spec.choices && spec.choices.length > 0) {
    if (spec.choices.length > 25) throw new Error(`${where} ${spec.name}: Discord allows at most 25 choices`);
    out.choices = spec.choices.map((c) => ({ name: c.slice(0, 100), value: c.slice(0, 100) }));
  } else if (spec.autocomplete) {
    out.autocomplete = true;
  }
  if (spec.type !== 'string') {
    if (spec.min !== undefined) out.min_value = spec.min;
    if (spec.max !== undefined) out.max_value = spec.max;
  }
  return out;
}

function subcommandJson(def: CommandDefinition<unknown>): OptionJson {
  const where = `/brief ${def.path.join(' ')}`;
  // Discord rejects a required option after an optional one; keep each group's own order.
  const options = [...def.options.filter((o) => o.required), ...def.options.filter((o) => !o.required)].map((o) => optionJson(o, where));
  if (options.length > 25) throw new Error(`${where}: Discord allows at most 25 options`);
  const out: OptionJson = { type: SUB_COMMAND, name: checkName(def.path[def.path.length - 1]!, where), description: description(def.description) };
  if (options.length > 0) out.options = options;
  return out;
}

/** One top-level /brief with a subcommand per one-word path and a group per two-word path's first word. */
export function buildCommandJson(definitions: readonly CommandDefinition<unknown>[]): CommandJson {
  const top: OptionJson[] = [];
  const groups = new Map<string, OptionJson>();
  for (const def of definitions) {
    if (def.path.length === 1) {
      top.push(subcommandJson(def));
    } else if (def.path.length === 2) {
      const name = checkName(def.path[0]!, `/brief ${def.path.join(' ')}`);
      let group = groups.get(name);
      if (!group) {
        group = { type: SUB_COMMAND_GROUP, name, description: description(GROUP_DESCRIPTIONS[name] ?? `/brief ${name} commands`), options: [] };
        groups.set(name, group);
        top.push(group);
      }
      group.options!.push(subcommandJson(def));
    } else {
      throw new Error(`/brief ${def.path.join(' ')}: Discord supports at most a group and a subcommand`);
    }
  }
  if (top.length > 25 || [...groups.values()].some((g) => g.options!.length > 25)) {
    throw new Error('Discord allows at most 25 subcommands per level');
  }
  return {
    name: COMMAND_NAME,
    description: description(COMMAND_DESCRIPTION),
    type: CHAT_INPUT,
    default_member_permissions: null,
    options: top,
  };
}

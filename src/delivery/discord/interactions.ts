// What both Discord modes share: interaction options → runner invocation, admin check, defer/edit flow.
import type { Invoker, OptionValues } from '../../bot/command.js';
import type { CommandRunner, ParsedInvocation } from '../../bot/runner.js';
import { scrubSecrets } from '../../core/secrets.js';
import type { Reply } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import { renderReply, type DiscordMessage } from './render.js';

/** The subset of an interaction option both the raw API payload and discord.js's `options.data` have. */
export interface OptionLike {
  name: string;
  type: number;
  value?: string | number | boolean | null;
  focused?: boolean;
  options?: readonly OptionLike[];
}

/** A slash command or autocomplete request, reduced to what we use. */
export interface InteractionInput {
  options: readonly OptionLike[];
  channelId: string;
  guildId?: string;
  userId: string;
  /** member.permissions as Discord sends it (a decimal bitfield string); absent in DMs. */
  memberPermissions?: string;
}

/** How a mode answers: HTTP response + webhook REST, or discord.js interaction methods. */
export interface Responder {
  defer(ephemeral: boolean): Promise<void>;
  edit(message: DiscordMessage): Promise<void>;
  /** The deferred reply was public but the answer is private: remove it and answer ephemerally. */
  replaceWithEphemeral(message: DiscordMessage): Promise<void>;
}

const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;
const MANAGE_GUILD = 1n << 5n;
const ADMINISTRATOR = 1n << 3n;

/**
 * Commands whose answers are meant for the channel (today only `digest` answers publicly). The
 * deferral's ephemeral flag cannot be changed later and the Reply says ephemeral only after the
 * runner ran, so we guess before running: these are deferred publicly, everything else ephemerally,
 * and each later call follows what the last successful Reply of that subcommand said. A public
 * deferral whose Reply is ephemeral (an error, a refusal) is deleted and answered ephemerally; an
 * ephemeral deferral whose Reply is public stays visible to its author only (never a surprise post).
 */
export const PUBLIC_COMMANDS: ReadonlySet<string> = new Set(['digest']);

export function toInvocation(options: readonly OptionLike[]): ParsedInvocation & { focused?: OptionLike } {
  const path: string[] = [];
  let level = options;
  for (;;) {
    const nested = level.find((o) => o.type === SUB_COMMAND || o.type === SUB_COMMAND_GROUP);
    if (!nested) break;
    path.push(nested.name);
    level = nested.options ?? [];
  }
  const values: OptionValues = {};
  let focused: OptionLike | undefined;
  for (const option of level) {
    if (option.focused) focused = option;
    if (typeof option.value === 'string' || typeof option.value === 'number') values[option.name] = option.value;
    else if (typeof option.value === 'boolean') values[option.name] = String(option.value);
  }
  return { path, values, focused };
}

/**
 * Discord lets an application set default_member_permissions only per top-level command, and /brief
 * must stay open to everyone for `latest` or `status`. So admin rights are checked on every call:
 * Manage Server or Administrator in the guild where the command was typed (Discord sends the member's
 * resolved permissions with each interaction), or a user listed in ADMIN_USER_IDS.
 */
export function isDiscordAdmin(input: InteractionInput, adminUserIds: readonly string[]): boolean {
  if (adminUserIds.some((id) => id === input.userId || id === `discord:${input.userId}`)) return true;
  if (!input.memberPermissions || !/^\d+$/.test(input.memberPermissions)) return false;
  const bits = BigInt(input.memberPermissions);
  return (bits & (MANAGE_GUILD | ADMINISTRATOR)) !== 0n;
}

export function toInvoker(input: InteractionInput, adminUserIds: readonly string[]): Invoker {
  return {
    platform: 'discord',
    channel: input.channelId,
    workspace: input.guildId,
    userId: input.userId,
    isAdmin: async () => isDiscordAdmin(input, adminUserIds),
  };
}

export interface HandlerDeps {
  runner: CommandRunner;
  adminUserIds: readonly string[];
  logger: Logger;
  /** Subcommand path → whether its last successful Reply was ephemeral; shared by one platform's calls. */
  learned?: Map<string, boolean>;
}

const FAILED: Reply = { ephemeral: true, error: true, parts: [{ kind: 'text', text: 'Something went wrong; please try again.' }] };

export function shouldDeferEphemeral(path: readonly string[], learned?: ReadonlyMap<string, boolean>): boolean {
  const name = path.join(' ');
  return learned?.get(name) ?? !PUBLIC_COMMANDS.has(name);
}

/** Defers, runs the command, then edits the deferred reply with the answer. Never throws. */
export async function handleCommand(input: InteractionInput, responder: Responder, deps: HandlerDeps): Promise<void> {
  const { path, values } = toInvocation(input.options);
  const ephemeral = shouldDeferEphemeral(path, deps.learned);
  const log = deps.logger.child({ component: 'discord', command: path.join(' '), channel: input.channelId });
  try {
    await responder.defer(ephemeral);
  } catch (err) {
    log.warn(`could not defer the reply: ${describe(err)}`);
    return;
  }
  let reply: Reply;
  try {
    reply = await deps.runner.run({ path, values }, toInvoker(input, deps.adminUserIds));
  } catch (err) {
    log.error(`command failed: ${describe(err)}`);
    reply = FAILED;
  }
  if (!reply.error && deps.learned && deps.learned.size < 100) deps.learned.set(path.join(' '), reply.ephemeral);
  try {
    const message = renderReply(reply);
    if (reply.ephemeral && !ephemeral) await responder.replaceWithEphemeral(message);
    else await responder.edit(message);
  } catch (err) {
    log.warn(`could not send the answer: ${describe(err)}`);
  }
}

/** Choices for the focused option: countries for options marked autocomplete 'country', nothing else. */
export function autocompleteChoices(input: InteractionInput, runner: CommandRunner): Array<{ name: string; value: string }> {
  const { path, focused } = toInvocation(input.options);
  if (!focused) return [];
  const definition = runner.definitions.find((d) => d.path.join(' ') === path.join(' '));
  const spec = definition?.options.find((o) => o.name === focused.name);
  if (spec?.autocomplete !== 'country') return [];
  return runner
    .completeCountry(String(focused.value ?? ''))
    .slice(0, 25)
    .map((c) => ({ name: c.name.slice(0, 100), value: c.value.slice(0, 100) }));
}

/** An error as one log-safe line: interaction tokens sit in webhook URLs, so URLs are left out. */
export function describe(err: unknown): string {
  if (!(err instanceof Error)) return scrubSecrets(String(err));
  const status = (err as { status?: number }).status;
  return scrubSecrets(`${err.name}${status ? ` ${status}` : ''}: ${err.message}`.replace(/\/webhooks\/\d+\/[^/\s]+/g, '/webhooks/…'));
}

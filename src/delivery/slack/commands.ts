// A /brief slash command after its ack: parse, run, post the Reply to the command's response_url.
import type { webApi } from '@slack/bolt';
import type { Invoker } from '../../bot/command.js';
import type { CommandRunner } from '../../bot/runner.js';
import { scrubSecrets } from '../../core/secrets.js';
import type { Reply } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import { toDeliveryError } from './errors.js';
import { renderReply } from './render.js';

/** The fields of a slash command payload we use (Slack sends more). */
export interface SlashCommandPayload {
  text?: string;
  user_id: string;
  channel_id: string;
  team_id?: string;
  response_url: string;
}

export interface CommandHandlerOptions {
  runner: CommandRunner;
  client: webApi.WebClient;
  adminUserIds: string[];
  logger: Logger;
  requestTimeoutMs: number;
}

const FAILED: Reply = {
  ephemeral: true,
  error: true,
  parts: [{ kind: 'text', text: 'Something went wrong while answering; please try again in a minute.' }],
};

/** Ids from ADMIN_USER_IDS that mean a Slack user: "slack:U123" or a bare "U123". */
export function slackAdminIds(adminUserIds: string[]): Set<string> {
  const ids = new Set<string>();
  for (const entry of adminUserIds) {
    const colon = entry.indexOf(':');
    if (colon === -1) ids.add(entry);
    else if (entry.slice(0, colon).toLowerCase() === 'slack') ids.add(entry.slice(colon + 1));
  }
  return ids;
}

export function createCommandHandler(opts: CommandHandlerOptions) {
  const log = opts.logger.child({ component: 'slack-commands' });
  const admins = slackAdminIds(opts.adminUserIds);

  function invokerFor(cmd: SlashCommandPayload): Invoker {
    return {
      platform: 'slack',
      channel: cmd.channel_id,
      workspace: cmd.team_id,
      userId: cmd.user_id,
      // Asked afresh each time: a demoted admin loses rights at once.
      async isAdmin() {
        if (admins.has(cmd.user_id)) return true;
        try {
          const { user } = await opts.client.users.info({ user: cmd.user_id });
          return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
        } catch (err) {
          // The runner turns this into "could not check your admin rights" and changes nothing.
          const reason = toDeliveryError(err, 'users.info').message;
          log.warn({ userId: cmd.user_id, reason }, 'could not check admin rights');
          throw new Error(reason);
        }
      },
    };
  }

  async function answer(cmd: SlashCommandPayload): Promise<Reply> {
    try {
      const parsed = opts.runner.parseText(cmd.text ?? '');
      if ('error' in parsed) return parsed.error;
      return await opts.runner.run(parsed, invokerFor(cmd));
    } catch (err) {
      log.error({ err, userId: cmd.user_id, channel: cmd.channel_id }, 'command failed');
      return FAILED;
    }
  }

  async function postReply(responseUrl: string, reply: Reply): Promise<void> {
    if (!/^https?:\/\//.test(responseUrl) || !URL.canParse(responseUrl)) {
      log.warn('slash command without a usable response_url; reply dropped');
      return;
    }
    const message = renderReply(reply);
    // The response_url is a credential for the channel: log its host only, never the URL.
    const host = new URL(responseUrl).host;
    try {
      const res = await fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({
          response_type: reply.ephemeral ? 'ephemeral' : 'in_channel',
          replace_original: false,
          text: message.text,
          blocks: message.blocks,
        }),
        signal: AbortSignal.timeout(opts.requestTimeoutMs),
        redirect: 'error',
      });
      await res.body?.cancel();
      if (!res.ok) log.warn({ host, status: res.status }, 'posting the command reply failed');
    } catch (err) {
      log.warn({ host, error: scrubSecrets(err instanceof Error ? err.message : String(err)) }, 'posting the command reply failed');
    }
  }

  /** Runs after the ack. Never throws. */
  return async function handle(cmd: SlashCommandPayload): Promise<void> {
    const reply = await answer(cmd);
    await postReply(cmd.response_url, reply);
  };
}

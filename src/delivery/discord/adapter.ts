// Posts briefs to Discord channels: one embed per brief, outbox id as nonce, paced per channel.
import { DiscordAPIError, RateLimitError, Routes, type REST } from 'discord.js';
import { DeliveryError } from '../../core/errors.js';
import type { Brief, Reply } from '../../core/types.js';
import type { DeliveryAdapter, DeliveryTarget } from '../adapter.js';
import { createPacer, type RetryAfter } from '../pacing.js';
import { renderBriefMessage, renderNotice, renderReply } from './render.js';
import { toDeliveryError } from './rest.js';

export interface DiscordAdapterOptions {
  /** Undefined when no bot token is configured: every call fails permanently, saying so. */
  rest?: REST;
  /** Minimum gap between two requests to one channel. Discord allows 5 per 5 s; we stay under. */
  channelIntervalMs?: number;
  /** The clock pacing and Retry-After holds are measured with. */
  now?: () => Date;
}

/** What a rate-limit failure says about waiting: a channel route's limit, or Discord's global one. */
function retryAfterOf(err: unknown): RetryAfter | undefined {
  if (err instanceof RateLimitError) {
    return { seconds: Math.max(1, Math.ceil(Math.max(err.retryAfter, err.timeToReset) / 1000)), global: err.global };
  }
  if (err instanceof DiscordAPIError && err.status === 429) {
    const raw = err.rawError as { retry_after?: number; global?: boolean };
    return { seconds: Math.max(1, Math.ceil(raw.retry_after ?? 1)), global: raw.global === true };
  }
  return undefined;
}

export function createDiscordAdapter(opts: DiscordAdapterOptions): DeliveryAdapter {
  const pacer = createPacer({ platform: 'discord', intervalMs: opts.channelIntervalMs ?? 1_000, now: opts.now, retryAfterOf });
  // The pacer sees the raw error (RateLimitError says whether the limit is global); callers get a DeliveryError.
  const paced = <T>(channel: string, what: string, task: () => Promise<T>): Promise<T> =>
    pacer.run(channel, task).catch((err: unknown) => {
      throw toDeliveryError(err, what);
    });

  function client(): REST {
    if (!opts.rest) throw new DeliveryError('Discord delivery needs DISCORD_TOKEN (the bot token)', true);
    return opts.rest;
  }

  return {
    platform: 'discord',

    async deliver(target: DeliveryTarget, brief: Brief) {
      const rest = client();
      const body = {
        ...renderBriefMessage(brief),
        // Discord returns the earlier message instead of posting again when the nonce repeats within
        // a few minutes: a retry after a timeout whose post did land gives no duplicate.
        nonce: String(target.outboxId),
        enforce_nonce: true,
      };
      const message = (await paced(target.channel, `posting to channel ${target.channel}`, () =>
        rest.post(Routes.channelMessages(target.channel), { body }),
      )) as { id: string };
      return { externalId: `${target.channel}:${message.id}` };
    },

    async update(channel: string, externalId: string, brief: Brief) {
      const rest = client();
      const [storedChannel, messageId] = externalId.includes(':') ? externalId.split(':', 2) : [channel, externalId];
      if (!messageId) throw new DeliveryError(`not a Discord message reference: ${externalId}`, true);
      const where = storedChannel ?? channel;
      await paced(where, `editing message ${messageId} in channel ${where}`, () =>
        rest.patch(Routes.channelMessage(where, messageId), { body: renderBriefMessage(brief) }),
      );
    },

    async notice(channel: string, text: string) {
      const rest = client();
      await paced(channel, `posting a notice to channel ${channel}`, () => rest.post(Routes.channelMessages(channel), { body: renderNotice(text) }));
    },

    async postReply(channel: string, reply: Reply) {
      const rest = client();
      // renderReply sets allowed_mentions to parse nothing: no feed headline can ping anyone.
      const message = (await paced(channel, `posting to channel ${channel}`, () =>
        rest.post(Routes.channelMessages(channel), { body: renderReply(reply) }),
      )) as { id: string };
      return { externalId: `${channel}:${message.id}` };
    },
  };
}

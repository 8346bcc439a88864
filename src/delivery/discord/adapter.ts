// Posts briefs to Discord channels: one embed per brief, outbox id as nonce, paced per channel.
import { Routes, type REST } from 'discord.js';
import { DeliveryError } from '../../core/errors.js';
import type { Brief, Reply } from '../../core/types.js';
import type { DeliveryAdapter, DeliveryTarget } from '../adapter.js';
import { renderBriefMessage, renderNotice, renderReply } from './render.js';
import { toDeliveryError } from './rest.js';

export interface DiscordAdapterOptions {
  /** Undefined when no bot token is configured: every call fails permanently, saying so. */
  rest?: REST;
  /** Minimum gap between two requests to one channel. Discord allows 5 per 5 s; we stay under. */
  channelIntervalMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Hands out one slot per channel every `intervalMs`; callers wait for theirs. */
function createPacer(intervalMs: number, sleep: (ms: number) => Promise<void>) {
  const next = new Map<string, number>();
  return async (channel: string) => {
    const now = Date.now();
    const slot = Math.max(now, next.get(channel) ?? 0);
    next.set(channel, slot + intervalMs);
    if (slot > now) await sleep(slot - now);
    if (next.size > 10_000) for (const [key, at] of next) if (at < Date.now()) next.delete(key);
  };
}

export function createDiscordAdapter(opts: DiscordAdapterOptions): DeliveryAdapter {
  const pace = createPacer(opts.channelIntervalMs ?? 1_000, opts.sleep ?? defaultSleep);

  function client(): REST {
    if (!opts.rest) throw new DeliveryError('Discord delivery needs DISCORD_TOKEN (the bot token)', true);
    return opts.rest;
  }

  return {
    platform: 'discord',

    async deliver(target: DeliveryTarget, brief: Brief) {
      const rest = client();
      await pace(target.channel);
      const body = {
        ...renderBriefMessage(brief),
        // Discord returns the earlier message instead of posting again when the nonce repeats within
        // a few minutes: a retry after a timeout whose post did land gives no duplicate.
        nonce: String(target.outboxId),
        enforce_nonce: true,
      };
      try {
        const message = (await rest.post(Routes.channelMessages(target.channel), { body })) as { id: string };
        return { externalId: `${target.channel}:${message.id}` };
      } catch (err) {
        throw toDeliveryError(err, `posting to channel ${target.channel}`);
      }
    },

    async update(channel: string, externalId: string, brief: Brief) {
      const rest = client();
      const [storedChannel, messageId] = externalId.includes(':') ? externalId.split(':', 2) : [channel, externalId];
      if (!messageId) throw new DeliveryError(`not a Discord message reference: ${externalId}`, true);
      await pace(storedChannel ?? channel);
      try {
        await rest.patch(Routes.channelMessage(storedChannel ?? channel, messageId), { body: renderBriefMessage(brief) });
      } catch (err) {
        throw toDeliveryError(err, `editing message ${messageId} in channel ${storedChannel ?? channel}`);
      }
    },

    async notice(channel: string, text: string) {
      const rest = client();
      await pace(channel);
      try {
        await rest.post(Routes.channelMessages(channel), { body: renderNotice(text) });
      } catch (err) {
        throw toDeliveryError(err, `posting a notice to channel ${channel}`);
      }
    },

    async postReply(channel: string, reply: Reply) {
      const rest = client();
      await pace(channel);
      try {
        // renderReply sets allowed_mentions to parse nothing: no feed headline can ping anyone.
        const message = (await rest.post(Routes.channelMessages(channel), { body: renderReply(reply) })) as { id: string };
        return { externalId: `${channel}:${message.id}` };
      } catch (err) {
        throw toDeliveryError(err, `posting to channel ${channel}`);
      }
    },
  };
}

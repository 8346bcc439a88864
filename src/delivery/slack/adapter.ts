// Posts briefs with chat.postMessage; the outbox id rides in message metadata so a retry can find an earlier post.
import type { webApi } from '@slack/bolt';
import { DeliveryError } from '../../core/errors.js';
import type { Brief, Reply } from '../../core/types.js';
import type { Logger } from '../../logger.js';
import type { DeliveryAdapter, DeliveryTarget } from '../adapter.js';
import { createPacer } from '../pacing.js';
import { slackErrorCode, toDeliveryError } from './errors.js';
import { clip, escapeText, LIMITS, renderBrief, renderReply } from './render.js';

export const BRIEF_EVENT_TYPE = 'attache_brief';
/** conversations.history pages read for the duplicate check (Slack allows up to 1,000 a page; 200 is its advice). */
const HISTORY_PAGE = 200;
const HISTORY_PAGES = 10;
/** Our clock and Slack's may differ a little: look this much further back than the row's creation. */
const CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 24 * 60 * 60_000;

export interface SlackAdapterOptions {
  client: webApi.WebClient;
  logger: Logger;
  /** Minimum spacing of messages to one channel (Slack allows about one per second). */
  channelIntervalMs?: number;
  /** The clock pacing and Retry-After holds are measured with. */
  now?: () => Date;
}

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

export function createSlackAdapter(opts: SlackAdapterOptions): DeliveryAdapter {
  const { client } = opts;
  const log = opts.logger.child({ component: 'slack-delivery' });
  const pacer = createPacer({
    platform: 'slack',
    intervalMs: opts.channelIntervalMs ?? 1100,
    now: opts.now,
    // Slack's Retry-After applies to the method across the workspace, not to one channel.
    retryAfterOf: (err) =>
      err instanceof DeliveryError && err.retryAfterSeconds !== undefined ? { seconds: err.retryAfterSeconds, global: true } : undefined,
  });
  const gate = <T>(channel: string, task: () => Promise<T>) => pacer.run(channel, task);

  async function call<T>(method: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toDeliveryError(err, method);
    }
  }

  /**
   * The ts of an earlier post of this outbox row, if one landed (crash or timeout after Slack accepted
   * it). Reads every message since the row was queued, page by page, however busy the channel.
   */
  async function findEarlierPost(channel: string, outboxId: number, queuedAt: Date): Promise<string | undefined> {
    const oldest = ((queuedAt.getTime() - CLOCK_SKEW_MS) / 1000).toFixed(6);
    try {
      let cursor: string | undefined;
      for (let page = 0; page < HISTORY_PAGES; page += 1) {
        const history = await client.conversations.history({ channel, oldest, limit: HISTORY_PAGE, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
        const messages = (history.messages ?? []) as HistoryMessage[];
        const match = messages.find(
          (m) => m.metadata?.event_type === BRIEF_EVENT_TYPE && m.metadata.event_payload?.outbox_id === String(outboxId),
        );
        if (match?.ts) return match.ts;
        cursor = history.response_metadata?.next_cursor;
        if (!history.has_more || !cursor) return undefined;
      }
      log.warn({ channel, outboxId, checked: HISTORY_PAGE * HISTORY_PAGES }, 'channel too busy to check every message since the brief was queued; posting it again');
      return undefined;
    } catch (err) {
      // Without the history scope the check cannot be made; posting again is better than never posting.
      if (slackErrorCode(err) === 'missing_scope') {
        log.warn({ channel, outboxId }, 'cannot read channel history (missing scope); posting without the duplicate check');
        return undefined;
      }
      throw toDeliveryError(err, 'conversations.history');
    }
  }

  return {
    platform: 'slack',

    deliver(target: DeliveryTarget, brief: Brief) {
      const { channel, outboxId } = target;
      return gate(channel, async () => {
        if (target.attempts > 0) {
          const ts = await findEarlierPost(channel, outboxId, target.queuedAt ?? new Date(Date.now() - DAY_MS));
          if (ts) {
            log.info({ channel, outboxId, ts }, 'brief was already posted; not posting it again');
            return { externalId: `${channel}:${ts}` };
          }
        }
        const message = renderBrief(brief);
        const result = await call('chat.postMessage', () =>
          client.chat.postMessage({
            channel,
            text: message.text,
            blocks: message.blocks,
            unfurl_links: false,
            unfurl_media: false,
            metadata: { event_type: BRIEF_EVENT_TYPE, event_payload: { outbox_id: String(outboxId) } },
          }),
        );
        // Slack may answer with the channel's canonical id; chat.update needs that one.
        return { externalId: `${result.channel ?? channel}:${result.ts ?? ''}` };
      });
    },

    async update(channel: string, externalId: string, brief: Brief) {
      const split = externalId.lastIndexOf(':');
      const messageChannel = split > 0 ? externalId.slice(0, split) : channel;
      const ts = split > 0 ? externalId.slice(split + 1) : externalId;
      const message = renderBrief(brief);
      await gate(channel, () =>
        call('chat.update', () => client.chat.update({ channel: messageChannel, ts, text: message.text, blocks: message.blocks })),
      );
    },

    async notice(channel: string, text: string) {
      const escaped = clip(escapeText(text), LIMITS.sectionText);
      await gate(channel, () =>
        call('chat.postMessage', () =>
          client.chat.postMessage({ channel, text: escaped, unfurl_links: false, unfurl_media: false }),
        ),
      );
    },

    postReply(channel: string, reply: Reply) {
      const message = renderReply(reply);
      return gate(channel, async () => {
        const result = await call('chat.postMessage', () =>
          client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false, unfurl_media: false }),
        );
        return { externalId: `${result.channel ?? channel}:${result.ts ?? ''}` };
      });
    },
  };
}

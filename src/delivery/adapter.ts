import type { Brief, Platform, Reply } from '../core/types.js';

export interface DeliveryTarget {
  channel: string;
  /** Outbox row id: the idempotency key platforms use to refuse a duplicate post. */
  outboxId: number;
  /** Earlier attempts of this row. Above 0, a post may already have landed before a crash or timeout. */
  attempts: number;
  /** When the row was queued: an earlier post cannot be older (default: a day ago). */
  queuedAt?: Date;
}

/** One chat platform's way of posting. Every method throws DeliveryError on failure. */
export interface DeliveryAdapter {
  readonly platform: Platform;
  /** False while the platform is not connected (outage at start-up, retried in the background): the outbox leaves its rows waiting. */
  ready?(): boolean;
  deliver(target: DeliveryTarget, brief: Brief): Promise<{ externalId?: string }>;
  /** Rewrites a delivered brief in place (story grew: more sources, better numbers). */
  update?(channel: string, externalId: string, brief: Brief): Promise<void>;
  /** A plain operational message (to the admins' channel): feed disabled, subscription stopped. */
  notice?(channel: string, text: string): Promise<void>;
  /** Posts a rendered Reply to a channel (a scheduled digest), escaped and paced like briefs. */
  postReply?(channel: string, reply: Reply): Promise<{ externalId?: string }>;
}

import type { Brief, Platform } from '../core/types.js';

export interface DeliveryTarget {
  channel: string;
  /** Outbox row id: the idempotency key platforms use to refuse a duplicate post. */
  outboxId: number;
}

/** One chat platform's way of posting a brief. Throws DeliveryError on failure. */
export interface DeliveryAdapter {
  readonly platform: Platform;
  deliver(target: DeliveryTarget, brief: Brief): Promise<{ externalId?: string }>;
}

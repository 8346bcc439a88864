// Pacing of chat posts, shared by the Slack and Discord adapters: calls to one channel run one at a
// time and start at least `intervalMs` apart; channels never wait for each other; a Retry-After the
// platform sent holds one channel or every channel until it has passed.
// Hand-written: p-queue and bottleneck space calls per key, but neither has a hold shared across keys
// that refuses at once instead of queueing, which the outbox worker (the owner of retries) needs.
import { DeliveryError } from '../core/errors.js';

export interface RetryAfter {
  seconds: number;
  /** True when the platform's limit covers every channel (Discord's global limit; any Slack 429). */
  global: boolean;
}

export interface PacerOptions {
  /** Named in the refusal message: "slack", "discord". */
  platform: string;
  /** Minimum spacing between the starts of two calls to one channel. */
  intervalMs: number;
  /** Reads a Retry-After out of a failed call; the pacer then holds that channel, or all of them. */
  retryAfterOf?: (err: unknown) => RetryAfter | undefined;
  /**
   * A hold this short is waited out; a longer one refuses at once with a retryable DeliveryError
   * carrying the remaining seconds, so that a drain of the outbox is never parked behind it.
   * Default 2 s.
   */
  maxWaitMs?: number;
  /** The clock holds and spacing are measured with; the outbox's clock in tests. */
  now?: () => Date;
}

export interface Pacer {
  /** Runs `task` in the channel's turn. Rejects with what `task` threw, or with a DeliveryError while held. */
  run<T>(channel: string, task: () => Promise<T>): Promise<T>;
  /** Holds one channel (or, without a channel, every channel) for `seconds` from now. */
  hold(seconds: number, channel?: string): void;
}

interface ChannelState {
  /** Settles when the channel's last queued call has finished. */
  tail: Promise<void>;
  queued: number;
  lastStart: number;
  heldUntil: number;
}

/** Idle channels are forgotten once there are more than this many. */
const PRUNE_ABOVE = 1_000;

export function createPacer(opts: PacerOptions): Pacer {
  const now = () => (opts.now ? opts.now().getTime() : Date.now());
  const maxWaitMs = opts.maxWaitMs ?? 2_000;
  const channels = new Map<string, ChannelState>();
  let globalUntil = 0;
  let pruneAt = PRUNE_ABOVE;

  function prune(): void {
    const at = now();
    for (const [key, s] of channels) {
      if (s.queued === 0 && s.heldUntil <= at && s.lastStart + opts.intervalMs <= at) channels.delete(key);
    }
  }

  function stateOf(channel: string): ChannelState {
    let s = channels.get(channel);
    if (!s) {
      if (channels.size >= pruneAt) {
        prune();
        // Many busy channels: do not scan them all again at every new one.
        pruneAt = Math.max(PRUNE_ABOVE, channels.size * 2);
      }
      s = { tail: Promise.resolve(), queued: 0, lastStart: -Infinity, heldUntil: 0 };
      channels.set(channel, s);
    }
    return s;
  }

  function hold(seconds: number, channel?: string): void {
    if (!(seconds > 0)) return;
    const until = now() + seconds * 1000;
    if (channel === undefined) globalUntil = Math.max(globalUntil, until);
    else {
      const s = stateOf(channel);
      s.heldUntil = Math.max(s.heldUntil, until);
    }
  }

  async function turn<T>(channel: string, s: ChannelState, task: () => Promise<T>): Promise<T> {
    const heldUntil = Math.max(globalUntil, s.heldUntil);
    const held = heldUntil - now();
    if (held > maxWaitMs) {
      const seconds = Math.ceil(held / 1000);
      const scope = globalUntil >= s.heldUntil ? 'any channel' : 'this channel';
      throw new DeliveryError(`${opts.platform} rate limit: not posting to ${scope} for another ${seconds}s`, false, seconds);
    }
    const wait = Math.max(heldUntil, s.lastStart + opts.intervalMs) - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    s.lastStart = now();
    try {
      return await task();
    } catch (err) {
      const retryAfter = opts.retryAfterOf?.(err);
      if (retryAfter) hold(retryAfter.seconds, retryAfter.global ? undefined : channel);
      throw err;
    }
  }

  return {
    hold,
    run<T>(channel: string, task: () => Promise<T>): Promise<T> {
      const s = stateOf(channel);
      s.queued += 1;
      const result = s.tail.then(() => turn(channel, s, task));
      s.tail = result.then(
        () => undefined,
        () => undefined,
      );
      void s.tail.then(() => {
        s.queued -= 1;
      });
      return result;
    },
  };
}

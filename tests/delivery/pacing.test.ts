// The shared pacer on a fake clock: every wait is driven by advancing vitest's timers, never by real time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeliveryError } from '../../src/core/errors.js';
import { createPacer, type RetryAfter } from '../../src/delivery/pacing.js';

class RateLimited extends Error {
  constructor(readonly retryAfter: RetryAfter) {
    super('429');
  }
}

describe('createPacer', () => {
  let started: Array<{ name: string; at: number }>;
  const T0 = Date.UTC(2026, 10, 20, 10, 0, 0);

  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
    started = [];
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const pacer = (intervalMs = 1_000, maxWaitMs?: number) =>
    createPacer({ platform: 'test', intervalMs, maxWaitMs, retryAfterOf: (err) => (err instanceof RateLimited ? err.retryAfter : undefined) });

  /** A task that records when it started and takes `ms` to finish. */
  const task =
    (name: string, ms = 0, fail?: Error) =>
    async () => {
      started.push({ name, at: Date.now() - T0 });
      if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
      if (fail) throw fail;
      return name;
    };

  it('runs one channel one call at a time, starts spaced by the interval; other channels do not wait', async () => {
    const p = pacer(1_000);
    const results = Promise.all([p.run('A', task('a1', 1_500)), p.run('A', task('a2')), p.run('A', task('a3')), p.run('B', task('b1'))]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await results).toEqual(['a1', 'a2', 'a3', 'b1']);
    // a2 waits for a1 to finish (1.5 s, longer than the interval); a3 for the interval after a2 started.
    expect(started).toEqual([
      { name: 'a1', at: 0 },
      { name: 'b1', at: 0 },
      { name: 'a2', at: 1_500 },
      { name: 'a3', at: 2_500 },
    ]);
  });

  it('does not wait when the last call to the channel is older than the interval', async () => {
    const p = pacer(1_000);
    const first = p.run('A', task('a1'));
    await vi.advanceTimersByTimeAsync(5_000);
    await first;
    const second = p.run('A', task('a2'));
    await vi.advanceTimersByTimeAsync(0);
    expect(await second).toBe('a2');
    expect(started.map((s) => s.at)).toEqual([0, 5_000]);
  });

  it('a failed call passes its error on and does not block the channel', async () => {
    const p = pacer(100);
    const boom = new Error('boom');
    const failed = p.run('A', task('a1', 0, boom)).catch((e: unknown) => e);
    const next = p.run('A', task('a2'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await failed).toBe(boom);
    expect(await next).toBe('a2');
  });

  it('a channel Retry-After holds that channel only: refused at once while long, no call made', async () => {
    const p = pacer(100);
    const limited = p.run('A', task('a1', 0, new RateLimited({ seconds: 30, global: false }))).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    expect(await limited).toBeInstanceOf(RateLimited);

    const held = await p.run('A', task('a2')).catch((e: unknown) => e);
    expect(held).toBeInstanceOf(DeliveryError);
    expect(held).toMatchObject({ permanent: false, retryAfterSeconds: 30 });
    expect((held as Error).message).toMatch(/this channel/);

    const other = p.run('B', task('b1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(await other).toBe('b1');
    expect(started.map((s) => s.name)).toEqual(['a1', 'b1']);

    await vi.advanceTimersByTimeAsync(30_000);
    const after = p.run('A', task('a3'));
    await vi.advanceTimersByTimeAsync(0);
    expect(await after).toBe('a3');
  });

  it('a global Retry-After holds every channel; the remaining time is what the refusal carries', async () => {
    const p = pacer(100);
    await Promise.all([p.run('A', task('a1', 0, new RateLimited({ seconds: 10, global: true }))).catch(() => undefined), vi.advanceTimersByTimeAsync(0)]);
    await vi.advanceTimersByTimeAsync(4_000);
    const held = await p.run('B', task('b1')).catch((e: unknown) => e);
    expect(held).toMatchObject({ retryAfterSeconds: 6 });
    expect((held as Error).message).toMatch(/test rate limit: not posting to any channel for another 6s/);
    expect(started.map((s) => s.name)).toEqual(['a1']);
  });

  it('a short hold is waited out instead of refused', async () => {
    const p = pacer(100, 2_000);
    p.hold(1.5);
    const run = p.run('C', task('c1'));
    await vi.advanceTimersByTimeAsync(1_499);
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(await run).toBe('c1');
    expect(started).toEqual([{ name: 'c1', at: 1_500 }]);
  });

  it('measures on the clock it is given', async () => {
    let clock = new Date(T0);
    const p = createPacer({ platform: 'test', intervalMs: 100, now: () => clock });
    p.hold(60, 'A');
    expect(await p.run('A', task('a1')).catch((e: unknown) => e)).toBeInstanceOf(DeliveryError);
    clock = new Date(T0 + 61_000);
    const run = p.run('A', task('a2'));
    await vi.advanceTimersByTimeAsync(0);
    expect(await run).toBe('a2');
  });

  it('forgetting idle channels (once there are many) keeps the spacing of a channel that just posted', async () => {
    const p = pacer(1_000);
    for (let i = 0; i < 1_000; i += 1) await p.run(`C${i}`, async () => i);
    await vi.advanceTimersByTimeAsync(1_500);
    await p.run('busy', task('busy1'));
    await vi.advanceTimersByTimeAsync(200);
    await p.run('C1000', async () => 'new'); // the 1001st channel: idle ones are dropped here
    const again = p.run('busy', task('busy2'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await again).toBe('busy2');
    expect(started).toEqual([
      { name: 'busy1', at: 1_500 },
      { name: 'busy2', at: 2_500 },
    ]);
  });
});

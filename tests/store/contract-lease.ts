// Store contract cases for the worker lease; run by contract.ts on every backend.
import { expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';

const T0 = new Date('2025-06-10T08:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const TTL = 60_000;

export function leaseStoreContract(current: () => Store, reopen: () => Promise<Store>): void {
  it('takeLease: the first holder gets it and renews it; another is refused until it expires or is dropped', async () => {
    const store = current();
    expect(await store.takeLease('worker', 'A', T0, TTL)).toEqual({ holder: 'A', acquiredAt: T0, expiresAt: at(60) });
    expect(await store.takeLease('worker', 'B', at(10), TTL)).toEqual({ holder: 'A', acquiredAt: T0, expiresAt: at(60) });
    // A renewal moves the expiry and keeps when it was taken.
    expect(await store.takeLease('worker', 'A', at(30), TTL)).toEqual({ holder: 'A', acquiredAt: T0, expiresAt: at(90) });
    expect((await store.takeLease('worker', 'B', at(89), TTL)).holder).toBe('A');
    // Expired: a holder that stopped renewing (crashed) is taken over.
    expect(await store.takeLease('worker', 'B', at(90), TTL)).toEqual({ holder: 'B', acquiredAt: at(90), expiresAt: at(150) });
    expect((await store.takeLease('worker', 'A', at(91), TTL)).holder).toBe('B');
    // Only the holder can drop it; other names are other leases.
    await store.dropLease('worker', 'A');
    expect((await store.takeLease('worker', 'C', at(92), TTL)).holder).toBe('B');
    expect((await store.takeLease('other', 'C', at(92), TTL)).holder).toBe('C');
    await store.dropLease('worker', 'B');
    expect((await store.takeLease('worker', 'C', at(93), TTL)).holder).toBe('C');
  });

  it('takeLease: of processes starting together over two connections exactly one gets it', async () => {
    const store = current();
    const other = await reopen();
    const results = await Promise.all([
      store.takeLease('worker', 'A', T0, TTL),
      other.takeLease('worker', 'B', T0, TTL),
      store.takeLease('worker', 'C', T0, TTL),
      other.takeLease('worker', 'D', T0, TTL),
    ]);
    const holders = new Set(results.map((r) => r.holder));
    expect(holders.size).toBe(1);
    // Each caller learns who won, including the winner itself.
    const winner = [...holders][0];
    expect(results.filter((r, i) => r.holder === ['A', 'B', 'C', 'D'][i])).toHaveLength(1);
    expect(['A', 'B', 'C', 'D']).toContain(winner);
  });
}

// One process works on a database at a time: a second `npm start`, or `npm run cli -- poll --once`
// beside a running bot, would poll the same feeds and could post one event twice (each process
// groups its own reports into stories). The store keeps a lease (migration 0007) that the working
// process renews; the second one refuses to start with a message naming the first.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { DatabaseBusyError } from './core/errors.js';
import type { Logger } from './logger.js';
import type { Store } from './store/store.js';

const LEASE = 'worker';
/** A crashed holder blocks a restart for at most this long; it is renewed every third of it. */
export const DEFAULT_LEASE_TTL_MS = 60_000;

export interface WorkerLease {
  /** Takes the lease and keeps renewing it; rejects with a DatabaseBusyError naming the holder when another process has it. */
  acquire(): Promise<void>;
  /** Stops renewing and gives the lease up. Safe to call when never acquired. */
  release(): Promise<void>;
}

export interface WorkerLeaseOptions {
  store: Store;
  logger: Pick<Logger, 'error' | 'warn'>;
  ttlMs?: number;
  now?: () => Date;
  /** Another process took the lease over (this one stalled longer than the TTL): stop working. */
  onLost: (holder: string) => void;
}

export function createWorkerLease(opts: WorkerLeaseOptions): WorkerLease {
  const ttlMs = opts.ttlMs ?? DEFAULT_LEASE_TTL_MS;
  const now = opts.now ?? (() => new Date());
  // Unique even for two apps in one process (tests): the random tag; readable for the operator: the rest.
  const holder = `${hostname()} pid ${process.pid} since ${now().toISOString()} [${randomBytes(3).toString('hex')}]`;
  let timer: NodeJS.Timeout | undefined;
  let held = false;

  const renew = async () => {
    try {
      const lease = await opts.store.takeLease(LEASE, holder, now(), ttlMs);
      if (lease.holder === holder) return;
      clearInterval(timer);
      held = false;
      opts.logger.error({ holder: lease.holder }, 'another process took over the database; this one stops working');
      opts.onLost(lease.holder);
    } catch (err) {
      // A database hiccup: the lease is still ours until it expires, and the next renewal retries.
      opts.logger.warn({ err }, 'could not renew the worker lease');
    }
  };

  return {
    async acquire() {
      const lease = await opts.store.takeLease(LEASE, holder, now(), ttlMs);
      if (lease.holder !== holder) {
        throw new DatabaseBusyError(lease.holder, lease.expiresAt);
      }
      held = true;
      timer = setInterval(() => void renew(), Math.max(1, Math.floor(ttlMs / 3)));
      timer.unref();
    },
    async release() {
      clearInterval(timer);
      if (!held) return;
      held = false;
      await opts.store.dropLease(LEASE, holder).catch((err: unknown) => opts.logger.warn({ err }, 'could not give up the worker lease'));
    },
  };
}

// One process works on a database at a time: a second bot, or `poll --once` beside a running bot,
// refuses to start with a message naming the first (instead of polling the same feeds and posting
// one event twice); once the first stops, or its lease runs out after a crash, the next one starts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { DatabaseBusyError } from '../../src/core/errors.js';
import { createLogger } from '../../src/logger.js';
import { openStore } from '../../src/store/open.js';
import { freePort } from '../helpers/spawn.js';

let dir: string;
let dbUrl: string;

async function newApp(extra: { leaseTtlMs?: number; onLeaseLost?: (holder: string) => void } = {}): Promise<App> {
  const config = loadConfig({ DATABASE_URL: dbUrl, PORT: String(await freePort()), POLL_INTERVAL_SECONDS: '3600' });
  const logger = createLogger({ level: 'silent' });
  return createApp({ config, logger, catalogue: [], consoleOut: new PassThrough(), consoleFormat: 'json', ...extra });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'attache-worker-'));
  dbUrl = `sqlite:${join(dir, 'attache.db')}`;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('a second bot or poll --once is refused while one runs, and starts once it has stopped', async () => {
  const first = await newApp();
  await first.start();

  const second = await newApp();
  const refused = await second.start().catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(DatabaseBusyError);
  expect((refused as Error).message).toMatch(new RegExp(`another attache process works on this database \\(.+ pid ${process.pid} since .+\\); stop it first`));

  const pollOnce = await newApp();
  await expect(pollOnce.takeLease()).rejects.toBeInstanceOf(DatabaseBusyError);
  await pollOnce.stop();

  await first.stop();
  const third = await newApp();
  await third.start();
  await third.stop();
});

it('a process whose lease was taken over (it stalled past the lease) stops working and says so', async () => {
  const lost: string[] = [];
  const app = await newApp({ leaseTtlMs: 300, onLeaseLost: (holder) => lost.push(holder) });
  const port = await app.start();
  expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  // Another process, seeing the lease expired (as after a long stall of this one), takes it.
  const other = await openStore(dbUrl);
  const later = new Date(Date.now() + 60_000);
  expect((await other.takeLease('worker', 'other host pid 1', later, 60_000)).holder).toBe('other host pid 1');
  await expect.poll(() => lost, { timeout: 5_000 }).toEqual(['other host pid 1']);
  // Stopped: its HTTP server no longer answers, and stopping again is harmless.
  await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  await app.stop();
  // It did not drop the other's lease on the way out.
  expect((await other.takeLease('worker', 'someone else', new Date(), 60_000)).holder).toBe('other host pid 1');
  await other.close();
});

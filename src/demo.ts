// `npm run demo`: replays the bundled sample feeds through the whole pipeline, offline, into a
// temporary database, prints the briefs and exits. The samples are served from 127.0.0.1 so the
// real fetcher, decoder and parser run too.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import type { FeedDefinition } from './core/types.js';
import { createLogger } from './logger.js';
import { DEFAULT_CATALOGUE_PATH, loadCatalogue } from './pipeline/catalogue.js';
import { exitOnError } from './startup.js';

export const SAMPLES_DIR = `${join(dirname(DEFAULT_CATALOGUE_PATH), 'samples')}/`;

const CONTENT_TYPES: Record<string, string> = {
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/feed+json',
};

/** Serves files of the samples folder under /samples/. */
async function serveSamples(): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/samples\//, ''));
    const file = resolve(SAMPLES_DIR, name);
    if (!file.startsWith(SAMPLES_DIR) || name.includes('/')) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Points the sample catalogue's URLs (http://127.0.0.1/samples/…) at the local server. */
function rebase(feeds: FeedDefinition[], base: string): FeedDefinition[] {
  return feeds.map((f) => ({ ...f, url: base + new URL(f.url).pathname }));
}

export async function runDemo(out: Writable & { isTTY?: boolean }): Promise<{ briefs: number; items: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'attache-demo-'));
  const { server, base } = await serveSamples();
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', stream: 'stderr' });
  try {
    const config = loadConfig({
      DATABASE_URL: `sqlite:${join(dir, 'demo.db')}`,
      FEED_ALLOW_PRIVATE_HOSTS: 'true',
      LOG_LEVEL: process.env.LOG_LEVEL,
    });
    const catalogue = rebase(await loadCatalogue(join(SAMPLES_DIR, 'feeds.yaml')), base);
    const app = await createApp({
      config,
      logger,
      catalogue,
      consoleOut: out,
      consoleFormat: out.isTTY ? 'text' : 'json',
      // Replaying samples: brief what the first poll finds (a live feed's first poll posts nothing).
      firstPoll: 'brief',
    });
    try {
      const first = await app.scheduler.pollAll();
      await app.outbox.drain();
      const second = await app.scheduler.pollAll();
      let items = 0;
      let briefs = 0;
      for (const o of first.values()) {
        if (o.kind === 'polled') {
          items += o.newItems;
          briefs += o.briefs;
        } else if (o.kind === 'failed') {
          logger.error(`sample feed failed: ${o.error}`);
        }
      }
      const repeatNew = [...second.values()].reduce((n, o) => n + (o.kind === 'polled' ? o.newItems : 0), 0);
      process.stderr.write(
        `\ndemo: ${catalogue.length} sample feeds, ${items} items, ${briefs} briefs; ` +
          `polling again found ${repeatNew} new items (dedupe and unchanged-body check)\n`,
      );
      return { briefs, items };
    } finally {
      await app.stop();
    }
  } finally {
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runDemo(process.stdout).then(() => process.exit(0), exitOnError);
}

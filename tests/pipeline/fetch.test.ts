import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FeedFetchError, type FetchErrorCode } from '../../src/core/errors.js';
import { createFetcher, parseRetryAfter, type Fetcher, type FetcherOptions } from '../../src/pipeline/fetch.js';
import { unicastOnly } from '../../src/pipeline/fetch-guard.js';
import { compress, redirect, startFeedServer, streamBytes, type FeedServer } from '../fakes/feed-server.js';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test</title>
<item><title>Prisoner released</title><link>https://example.org/1</link><guid>1</guid></item>
</channel></rss>`;

const BASE: FetcherOptions = { timeoutMs: 5_000, maxBytes: 1024 * 1024, allowPrivateHosts: true };

let server: FeedServer;
let fetcher: Fetcher;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  fetcher = createFetcher(BASE);
});
afterEach(async () => {
  await fetcher.close();
});

/** Runs the promise and returns the FeedFetchError it must reject with. */
async function fetchError(promise: Promise<unknown>, code: FetchErrorCode): Promise<FeedFetchError> {
  const err = await promise.then(
    () => {
      throw new Error(`expected a FeedFetchError(${code}), got a result`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FeedFetchError);
  const fe = err as FeedFetchError;
  expect({ code: fe.code, message: fe.message }).toMatchObject({ code });
  return fe;
}

describe('ok responses', () => {
  it('returns the body, content type, validators and final URL, and sends feed headers', async () => {
    server.route('/feed.xml', {
      body: RSS,
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
      etag: '"v1"',
      lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT',
    });
    const res = await fetcher.fetch({ url: server.url('/feed.xml') });
    expect(res).toEqual({
      kind: 'ok',
      status: 200,
      body: Buffer.from(RSS),
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT',
      finalUrl: server.url('/feed.xml'),
    });
    const sent = server.requests[0]?.headers;
    expect(sent?.['user-agent']).toMatch(/^attache\//);
    expect(sent?.['accept']).toContain('application/rss+xml');
    expect(sent?.['accept']).toContain('application/atom+xml');
    expect(sent?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(sent?.['if-none-match']).toBeUndefined();
    expect(sent?.['if-modified-since']).toBeUndefined();
  });

  it('uses a custom user agent', async () => {
    const custom = createFetcher({ ...BASE, userAgent: 'test-agent/1' });
    server.route('/ua', { body: 'x' });
    await custom.fetch({ url: server.url('/ua') });
    await custom.close();
    expect(server.requests[0]?.headers['user-agent']).toBe('test-agent/1');
  });

  it('accepts other 2xx statuses and empty bodies', async () => {
    server.route('/203', { status: 203, body: '' });
    const res = await fetcher.fetch({ url: server.url('/203') });
    expect(res).toMatchObject({ kind: 'ok', status: 203, body: Buffer.alloc(0) });
  });
});

describe('conditional GET', () => {
  it('sends If-None-Match and maps 304 to not-modified', async () => {
    server.route('/etag', { body: RSS, etag: '"abc"' });
    const first = await fetcher.fetch({ url: server.url('/etag') });
    expect(first).toMatchObject({ kind: 'ok', etag: '"abc"' });
    const second = await fetcher.fetch({ url: server.url('/etag'), etag: '"abc"' });
    expect(second).toEqual({ kind: 'not-modified', finalUrl: server.url('/etag') });
    expect(server.requests[1]?.headers['if-none-match']).toBe('"abc"');
  });

  it('sends If-Modified-Since and maps 304 to not-modified', async () => {
    const lastModified = 'Wed, 21 Oct 2015 07:28:00 GMT';
    server.route('/lm', { body: RSS, lastModified });
    const res = await fetcher.fetch({ url: server.url('/lm'), lastModified });
    expect(res.kind).toBe('not-modified');
    expect(server.requests[0]?.headers['if-modified-since']).toBe(lastModified);
  });

  it('returns the new body when the validator no longer matches', async () => {
    server.route('/changed', { body: 'new', etag: '"v2"' });
    const res = await fetcher.fetch({ url: server.url('/changed'), etag: '"v1"' });
    expect(res).toMatchObject({ kind: 'ok', body: Buffer.from('new'), etag: '"v2"' });
  });

  it('treats an unasked-for 304 as an HTTP error', async () => {
    server.route('/odd304', { status: 304 });
    const err = await fetchError(fetcher.fetch({ url: server.url('/odd304') }), 'http-status');
    expect(err.details.status).toBe(304);
  });
});

describe('decompression', () => {
  it.each(['gzip', 'br', 'deflate'] as const)('decodes %s bodies', async (encoding) => {
    server.route(`/enc-${encoding}`, { body: RSS, encoding });
    const res = await fetcher.fetch({ url: server.url(`/enc-${encoding}`) });
    expect(res).toMatchObject({ kind: 'ok', body: Buffer.from(RSS) });
  });

  it('decodes raw deflate (no zlib header), as some old servers send', async () => {
    const { deflateRawSync } = await import('node:zlib');
    server.route('/raw-deflate', { body: deflateRawSync(Buffer.from(RSS)), headers: { 'content-encoding': 'deflate' } });
    const res = await fetcher.fetch({ url: server.url('/raw-deflate') });
    expect(res).toMatchObject({ kind: 'ok', body: Buffer.from(RSS) });
  });

  it('decodes a large streamed gzip body under the limit', async () => {
    server.route('/big-gzip', streamBytes(600 * 1024, { encoding: 'gzip' }));
    const res = await fetcher.fetch({ url: server.url('/big-gzip') });
    expect(res.kind === 'ok' && res.body.length).toBe(600 * 1024);
  });

  it('rejects a corrupt gzip body', async () => {
    server.route('/corrupt', { body: 'definitely not gzip', headers: { 'content-encoding': 'gzip' } });
    const err = await fetchError(fetcher.fetch({ url: server.url('/corrupt') }), 'connect');
    expect(err.message).toMatch(/could not decode gzip/);
  });

  it('rejects an encoding it did not ask for', async () => {
    server.route('/zstd', { body: 'x', headers: { 'content-encoding': 'zstd' } });
    const err = await fetchError(fetcher.fetch({ url: server.url('/zstd') }), 'http-status');
    expect(err.message).toMatch(/unsupported Content-Encoding "zstd"/);
  });
});

describe('size limits', () => {
  it('rejects a decompression bomb: a small gzip that expands past maxBytes', async () => {
    const bomb = compress(Buffer.alloc(20 * 1024 * 1024), 'gzip');
    expect(bomb.length).toBeLessThan(BASE.maxBytes); // the download itself is small
    server.route('/bomb', { body: bomb, headers: { 'content-encoding': 'gzip' } });
    const err = await fetchError(fetcher.fetch({ url: server.url('/bomb') }), 'too-large');
    expect(err.message).toBe('body exceeds 1 MiB after decompression');
  });

  it('rejects a raw-deflate bomb', async () => {
    const { deflateRawSync } = await import('node:zlib');
    server.route('/raw-bomb', { body: deflateRawSync(Buffer.alloc(20 * 1024 * 1024)), headers: { 'content-encoding': 'deflate' } });
    const err = await fetchError(fetcher.fetch({ url: server.url('/raw-bomb') }), 'too-large');
    expect(err.message).toBe('body exceeds 1 MiB after decompression');
  });

  it('rejects a brotli bomb', async () => {
    server.route('/br-bomb', { body: Buffer.alloc(20 * 1024 * 1024), encoding: 'br' });
    await fetchError(fetcher.fetch({ url: server.url('/br-bomb') }), 'too-large');
  });

  it('rejects an endless plain body as soon as it passes maxBytes', async () => {
    server.route('/endless', streamBytes(1024 * 1024 * 1024));
    const started = Date.now();
    const err = await fetchError(fetcher.fetch({ url: server.url('/endless') }), 'too-large');
    expect(err.message).toBe('body exceeds 1 MiB');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('rejects a declared Content-Length over the limit before reading the body', async () => {
    server.route('/declared', (_req, res) => {
      // Declares 50 MiB, sends a little, then stalls: only an early check can answer quickly.
      res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
      res.write('<rss>');
    });
    const started = Date.now();
    const err = await fetchError(fetcher.fetch({ url: server.url('/declared') }), 'too-large');
    expect(err.message).toBe('declared Content-Length 50 MiB exceeds the 1 MiB limit');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('accepts a body of exactly maxBytes', async () => {
    const small = createFetcher({ ...BASE, maxBytes: 1000 });
    server.route('/exact', { body: Buffer.alloc(1000, 'x') });
    server.route('/over', { body: Buffer.alloc(1001, 'x') });
    try {
      expect(await small.fetch({ url: server.url('/exact') })).toMatchObject({ kind: 'ok' });
      await fetchError(small.fetch({ url: server.url('/over') }), 'too-large');
    } finally {
      await small.close();
    }
  });
});

describe('timeouts', () => {
  it('gives up on a server that never answers, within the deadline', async () => {
    const quick = createFetcher({ ...BASE, timeoutMs: 300 });
    server.route('/hang', { hang: true });
    const started = Date.now();
    try {
      const err = await fetchError(quick.fetch({ url: server.url('/hang') }), 'timeout');
      expect(err.message).toBe('timed out after 300ms');
    } finally {
      await quick.close();
    }
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(1_500);
  });

  it('counts the body in the deadline (a trickling body times out)', async () => {
    const quick = createFetcher({ ...BASE, timeoutMs: 400 });
    server.route('/trickle', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      const timer = setInterval(() => res.write('<x/>'), 50);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    try {
      await fetchError(quick.fetch({ url: server.url('/trickle') }), 'timeout');
    } finally {
      await quick.close();
    }
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('spans redirects: slow hops add up', async () => {
    const quick = createFetcher({ ...BASE, timeoutMs: 500 });
    server.route('/slow-a', { ...redirect('/slow-b'), delayMs: 300 });
    server.route('/slow-b', { body: 'x', delayMs: 300 });
    try {
      await fetchError(quick.fetch({ url: server.url('/slow-a') }), 'timeout');
    } finally {
      await quick.close();
    }
  });

  it('says seconds for round timeouts', async () => {
    const quick = createFetcher({ ...BASE, timeoutMs: 1_000 });
    server.route('/hang2', { hang: true });
    try {
      const err = await fetchError(quick.fetch({ url: server.url('/hang2') }), 'timeout');
      expect(err.message).toBe('timed out after 1s');
    } finally {
      await quick.close();
    }
  });
});

describe('redirects', () => {
  it('follows relative and absolute redirects and reports the final URL', async () => {
    server.route('/r1', redirect('/r2', 301));
    server.route('/r2', redirect(server.url('/r3'), 308));
    server.route('/r3', { body: RSS });
    const res = await fetcher.fetch({ url: server.url('/r1'), etag: '"e"' });
    expect(res).toMatchObject({ kind: 'ok', body: Buffer.from(RSS), finalUrl: server.url('/r3') });
    expect(server.requests.map((r) => r.path)).toEqual(['/r1', '/r2', '/r3']);
    // Validators travel with each hop, so a moved feed can still answer 304.
    expect(server.requests[2]?.headers['if-none-match']).toBe('"e"');
  });

  it('reports not-modified with the final URL after a redirect', async () => {
    server.route('/moved', redirect('/here', 301));
    server.route('/here', { body: RSS, etag: '"x"' });
    const res = await fetcher.fetch({ url: server.url('/moved'), etag: '"x"' });
    expect(res).toEqual({ kind: 'not-modified', finalUrl: server.url('/here') });
  });

  it('rejects a redirect loop as too-many-redirects', async () => {
    server.route('/loop-a', redirect('/loop-b'));
    server.route('/loop-b', redirect('/loop-a'));
    const err = await fetchError(fetcher.fetch({ url: server.url('/loop-a') }), 'too-many-redirects');
    expect(err.message).toMatch(/more than 5/);
    expect(server.requests).toHaveLength(6); // the first request plus 5 followed redirects
  });

  it('honours maxRedirects', async () => {
    const strict = createFetcher({ ...BASE, maxRedirects: 1 });
    server.route('/h1', redirect('/h2'));
    server.route('/h2', redirect('/h3'));
    server.route('/h3', { body: 'x' });
    try {
      await fetchError(strict.fetch({ url: server.url('/h1') }), 'too-many-redirects');
      expect(await strict.fetch({ url: server.url('/h2') })).toMatchObject({ kind: 'ok' });
    } finally {
      await strict.close();
    }
  });

  it.each(['file:///etc/passwd', 'ftp://example.org/feed.xml', 'gopher://example.org/', 'javascript:alert(1)'])(
    'rejects a redirect to %s as bad-url',
    async (location) => {
      server.route('/to-scheme', redirect(location));
      const err = await fetchError(fetcher.fetch({ url: server.url('/to-scheme') }), 'bad-url');
      expect(err.message).toMatch(/only http and https/);
      expect(err.message).toContain('redirect from');
    },
  );

  it('never puts query strings in messages (they may hold API keys)', async () => {
    server.route('/keyed', redirect('/keyed'));
    const err = await fetchError(fetcher.fetch({ url: server.url('/keyed?apikey=s3cret') }), 'too-many-redirects');
    expect(err.message).not.toContain('s3cret');
    server.route('/to-ftp', redirect('ftp://example.org/feed?token=s3cret'));
    const bad = await fetchError(fetcher.fetch({ url: server.url('/to-ftp?key=s3cret') }), 'bad-url');
    expect(bad.message).not.toContain('s3cret');
    const garbage = await fetchError(fetcher.fetch({ url: 'http://us:s3cret@[oops/feed?k=s3cret' }), 'bad-url');
    expect(garbage.message).not.toContain('s3cret');
  });

  it('rejects a redirect to a URL with credentials as bad-url without echoing them', async () => {
    server.route('/to-creds', redirect('http://user:s3cret@example.org/feed'));
    const err = await fetchError(fetcher.fetch({ url: server.url('/to-creds') }), 'bad-url');
    expect(err.message).not.toContain('s3cret');
  });

  it('treats a 3xx without Location as an HTTP error', async () => {
    server.route('/no-location', { status: 302 });
    const err = await fetchError(fetcher.fetch({ url: server.url('/no-location') }), 'http-status');
    expect(err.details.status).toBe(302);
  });
});

describe('HTTP errors', () => {
  it.each([
    [404, 'HTTP 404 Not Found'],
    [500, 'HTTP 500 Internal Server Error'],
    [410, 'HTTP 410 Gone'],
  ])('maps %i to http-status', async (status, message) => {
    server.route(`/status-${status}`, { status, body: 'nope' });
    const err = await fetchError(fetcher.fetch({ url: server.url(`/status-${status}`) }), 'http-status');
    expect(err.message).toBe(message);
    expect(err.details).toEqual({ status });
  });

  it('passes Retry-After seconds on 429', async () => {
    server.route('/busy', { status: 429, headers: { 'retry-after': '120' } });
    const err = await fetchError(fetcher.fetch({ url: server.url('/busy') }), 'http-status');
    expect(err.details).toEqual({ status: 429, retryAfterSeconds: 120 });
    expect(err.message).toBe('HTTP 429 Too Many Requests (retry after 120s)');
  });

  it('passes a Retry-After HTTP-date on 503 as seconds from now', async () => {
    const at = new Date(Date.now() + 90_000).toUTCString();
    server.route('/down', { status: 503, headers: { 'retry-after': at } });
    const err = await fetchError(fetcher.fetch({ url: server.url('/down') }), 'http-status');
    expect(err.message).toMatch(/^HTTP 503 Service Unavailable/);
    expect(err.details.status).toBe(503);
    expect(err.details.retryAfterSeconds).toBeGreaterThanOrEqual(88);
    expect(err.details.retryAfterSeconds).toBeLessThanOrEqual(91);
  });

  it('parses Retry-After forms', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:29:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now)).toBe(0); // in the past
    expect(parseRetryAfter('99999999', now)).toBe(24 * 60 * 60); // capped at a day
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('bad URLs', () => {
  it.each([
    ['ftp://example.org/feed.xml', /scheme "ftp"/],
    ['file:///etc/passwd', /scheme "file"/],
    ['not a url', /not a valid URL/],
    ['', /not a valid URL/],
    ['//example.org/feed', /not a valid URL/],
    ['http://user:pass@example.org/feed', /credentials/],
    ['https://token@example.org/feed', /credentials/],
  ])('rejects %j', async (url, message) => {
    const err = await fetchError(fetcher.fetch({ url }), 'bad-url');
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('pass@');
  });
});

describe('network failures', () => {
  it('maps a refused connection to connect', async () => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const err = await fetchError(fetcher.fetch({ url: `http://127.0.0.1:${port}/feed` }), 'connect');
    expect(err.message).toMatch(/refused/);
  });

  it('maps a connection cut mid-body to connect', async () => {
    server.route('/cut', (_req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('<rss>');
      setTimeout(() => res.destroy(), 20);
    });
    await fetchError(fetcher.fetch({ url: server.url('/cut') }), 'connect');
  });

  it('maps an unresolvable name to dns', async () => {
    // An injected resolver, so the test needs no DNS server.
    const nxdomain = createFetcher(BASE, {
      resolve: () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND example.invalid'), { code: 'ENOTFOUND' })),
    });
    try {
      const err = await fetchError(nxdomain.fetch({ url: 'http://example.invalid/feed' }), 'dns');
      expect(err.message).toBe('DNS lookup failed for example.invalid (ENOTFOUND)');
    } finally {
      await nxdomain.close();
    }
  });
});

describe('private addresses blocked by default', () => {
  let guarded: Fetcher;
  beforeEach(() => {
    guarded = createFetcher({ ...BASE, allowPrivateHosts: false });
  });
  afterEach(async () => {
    await guarded.close();
  });

  it.each([
    ['http://127.0.0.1:PORT/feed', /127\.0\.0\.1 is a loopback address/],
    ['http://localhost:PORT/feed', /localhost resolves to (127\.0\.0\.1|::1), which is a loopback address/],
    ['http://[::1]:PORT/feed', /::1 is a loopback address/],
    ['http://[::ffff:127.0.0.1]:PORT/feed', /loopback address/],
    ['http://2130706433:PORT/feed', /127\.0\.0\.1 is a loopback address/], // decimal form, normalised by URL
    ['http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
    ['http://10.0.0.5/feed', /10\.0\.0\.5 is a private address/],
    ['http://0.0.0.0:PORT/feed', /unspecified address/],
  ])('blocks %s before any request is made', async (template, message) => {
    const url = template.replace('PORT', String(server.port));
    const err = await fetchError(guarded.fetch({ url }), 'blocked-address');
    expect(err.message).toMatch(message);
    expect(err.message).toContain('set FEED_ALLOW_PRIVATE_HOSTS to allow');
    expect(server.requests).toHaveLength(0);
  });

  it('blocks a redirect from an allowed host to a private one (each hop re-checked)', async () => {
    // 127.0.0.1 stands in for a public host: this policy allows exactly that address.
    const onlyFirst = createFetcher(BASE, {
      addressPolicy: (ip) => (ip === '127.0.0.1' ? undefined : 'a private address'),
    });
    server.route('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/'));
    server.route('/to-loopback', redirect(`http://127.0.0.2:${server.port}/feed`));
    server.route('/feed', { body: 'secret' });
    try {
      const meta = await fetchError(onlyFirst.fetch({ url: server.url('/to-metadata') }), 'blocked-address');
      expect(meta.message).toMatch(/169\.254\.169\.254 is a private address/);
      const loop = await fetchError(onlyFirst.fetch({ url: server.url('/to-loopback') }), 'blocked-address');
      expect(loop.message).toMatch(/127\.0\.0\.2 is a private address/);
      // The server saw the first hops only, never the target.
      expect(server.requests.map((r) => r.path)).toEqual(['/to-metadata', '/to-loopback']);
    } finally {
      await onlyFirst.close();
    }
  });

  it('blocks a redirect to a name that resolves to a private address, at connect time', async () => {
    // feeds.test plays a public feed host (resolving to the fake server), intranet.test a private one.
    const names: Record<string, string> = { 'feeds.test': '127.0.0.1', 'intranet.test': '10.1.2.3' };
    const guardedNames = createFetcher(
      { ...BASE, allowPrivateHosts: false },
      {
        addressPolicy: (ip) => (ip === '127.0.0.1' ? undefined : unicastOnly(ip)),
        resolve: async (host) => (names[host] ? [{ address: names[host], family: 4 }] : []),
      },
    );
    server.route('/to-intranet', redirect(`http://intranet.test:${server.port}/feed`));
    server.route('/feed', { body: RSS });
    try {
      // The allowed name works end to end through the guarded lookup.
      const ok = await guardedNames.fetch({ url: `http://feeds.test:${server.port}/feed` });
      expect(ok).toMatchObject({ kind: 'ok', finalUrl: `http://feeds.test:${server.port}/feed` });
      const err = await fetchError(guardedNames.fetch({ url: `http://feeds.test:${server.port}/to-intranet` }), 'blocked-address');
      expect(err.message).toBe(
        'blocked: intranet.test resolves to 10.1.2.3, which is a private address (set FEED_ALLOW_PRIVATE_HOSTS to allow)',
      );
      expect(server.requests.map((r) => r.path)).toEqual(['/feed', '/to-intranet']);
    } finally {
      await guardedNames.close();
    }
  });
});

describe('resources', () => {
  it('reuses connections: 50 sequential fetches, then close() resolves promptly', async () => {
    // A dedicated server, to count TCP connections.
    let connections = 0;
    const raw = createServer((_req, res) => res.end(RSS));
    raw.on('connection', () => connections++);
    raw.listen(0, '127.0.0.1');
    await once(raw, 'listening');
    const port = (raw.address() as AddressInfo).port;
    const own = createFetcher(BASE);
    for (let i = 0; i < 50; i++) {
      const res = await own.fetch({ url: `http://127.0.0.1:${port}/feed?i=${i}` });
      expect(res.kind).toBe('ok');
    }
    // Error bodies are drained too, so their sockets go back to the pool.
    server.route('/many-404', { status: 404, body: 'x'.repeat(10_000) });
    for (let i = 0; i < 10; i++) {
      await fetchError(own.fetch({ url: server.url('/many-404') }), 'http-status');
    }
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(500);
    // Bodies are consumed, so sockets are reused: a leak would need ~60 connections. undici hands a
    // keep-alive socket back to its pool one setImmediate after the response ends, so the very next
    // request may open a second connection; from then on the two alternate.
    expect(connections).toBeLessThanOrEqual(2);
    await new Promise<void>((resolve) => raw.close(() => resolve()));
  });

  it('releases sockets after failures too (timeouts, too-large, redirects), so close() is prompt', async () => {
    const own = createFetcher({ ...BASE, timeoutMs: 200, maxBytes: 1000 });
    server.route('/hang3', { hang: true });
    server.route('/big', streamBytes(10 * 1024 * 1024));
    server.route('/r', redirect('/big'));
    for (let i = 0; i < 5; i++) {
      await fetchError(own.fetch({ url: server.url('/hang3') }), 'timeout');
      await fetchError(own.fetch({ url: server.url('/big') }), 'too-large');
      await fetchError(own.fetch({ url: server.url('/r') }), 'too-large');
    }
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('refuses to fetch after close()', async () => {
    const own = createFetcher(BASE);
    await own.close();
    await fetchError(own.fetch({ url: server.url('/x') }), 'connect');
  });
});

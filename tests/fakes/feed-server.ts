// A fake feed server on 127.0.0.1 (random port) for tests: static or compressed bodies,
// ETag/Last-Modified with 304s, slow and hanging responses, redirects, huge bodies, any status.
//
//   const server = await startFeedServer();
//   server.route('/feed.xml', { body: rss, encoding: 'gzip', etag: '"v1"' });
//   server.route('/old', redirect('/feed.xml', 301));
//   server.route('/busy', { status: 429, headers: { 'retry-after': '120' } });
//   server.route('/huge', streamBytes(50 * 1024 * 1024));
//   await fetcher.fetch({ url: server.url('/feed.xml') });
//   expect(server.requests[0]?.headers['accept-encoding']).toContain('gzip');
//   await server.close();
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface StaticRoute {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string | number | string[]>;
  body?: string | Buffer;
  /** Compress the body and set Content-Encoding. */
  encoding?: 'gzip' | 'deflate' | 'br';
  /** Sent as ETag; a matching If-None-Match gets a 304. */
  etag?: string;
  /** Sent as Last-Modified; an If-Modified-Since at or after it gets a 304 (when no If-None-Match was sent). */
  lastModified?: string | Date;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Never answer (the connection stays open until close()). */
  hang?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, as requested. */
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FeedServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  url(path: string): string;
  /** Adds or replaces the route for a path (matched with its query first, then without). Unknown paths get 404. */
  route(path: string, route: RouteHandler | StaticRoute): void;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Stops the server and cuts open connections (hanging responses included). */
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, RouteHandler>();
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers });
    const handler = routes.get(path) ?? routes.get(path.split('?')[0] ?? path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(handler(req, res)).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err));
    });
  });

  const serveStatic =
    (spec: StaticRoute): RouteHandler =>
    async (req, res) => {
      if (spec.hang) return; // leave the request open
      if (spec.delayMs) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            timers.delete(timer);
            resolve();
          }, spec.delayMs);
          timers.add(timer);
        });
        if (res.destroyed) return;
      }
      const headers: Record<string, string | number | string[]> = { ...spec.headers };
      const lastModified = spec.lastModified instanceof Date ? spec.lastModified.toUTCString() : spec.lastModified;
      if (spec.etag !== undefined) headers['etag'] = spec.etag;
      if (lastModified !== undefined) headers['last-modified'] = lastModified;
      if (isNotModified(req, spec.etag, lastModified)) {
        res.writeHead(304, headers).end();
        return;
      }
      let body: Buffer = spec.body === undefined ? Buffer.alloc(0) : Buffer.from(spec.body);
      if (spec.encoding) {
        body = compress(body, spec.encoding);
        headers['content-encoding'] = spec.encoding;
      }
      res.writeHead(spec.status ?? 200, headers).end(body);
    };

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    route(path, route) {
      routes.set(path, typeof route === 'function' ? route : serveStatic(route));
    },
    requests,
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function isNotModified(req: IncomingMessage, etag: string | undefined, lastModified: string | undefined): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (etag === undefined) return false;
    return ifNoneMatch
      .split(',')
      .map((t) => t.trim().replace(/^W\//, ''))
      .some((t) => t === '*' || t === etag.replace(/^W\//, ''));
  }
  const ifModifiedSince = req.headers['if-modified-since'];
  if (ifModifiedSince === undefined || lastModified === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  const modified = Date.parse(lastModified);
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

export function compress(body: Buffer | string, encoding: 'gzip' | 'deflate' | 'br'): Buffer {
  const input = Buffer.from(body);
  switch (encoding) {
    case 'gzip':
      return zlib.gzipSync(input);
    case 'deflate':
      return zlib.deflateSync(input);
    case 'br':
      return zlib.brotliCompressSync(input);
  }
}

/** A redirect to `location` (absolute, or relative to the requested URL). */
export function redirect(location: string, status: 301 | 302 | 303 | 307 | 308 = 302): StaticRoute {
  return { status, headers: { location } };
}

/**
 * Streams `total` bytes of `fill` in chunks without a Content-Length (chunked encoding), stopping early
 * when the client goes away. With `encoding`, streams that many bytes *before* compression: a small
 * download that expands to `total` (a decompression bomb).
 */
export function streamBytes(
  total: number,
  opts: { chunkSize?: number; fill?: string; encoding?: 'gzip' | 'br'; contentType?: string } = {},
): RouteHandler {
  const chunkSize = opts.chunkSize ?? 64 * 1024;
  const chunk = Buffer.alloc(chunkSize, opts.fill ?? 'a');
  return async (_req, res) => {
    const headers: Record<string, string> = { 'content-type': opts.contentType ?? 'application/xml' };
    if (opts.encoding) headers['content-encoding'] = opts.encoding;
    res.writeHead(200, headers);
    const out = opts.encoding === 'gzip' ? zlib.createGzip() : opts.encoding === 'br' ? zlib.createBrotliCompress() : undefined;
    if (out) {
      out.pipe(res);
      res.on('close', () => out.destroy());
    }
    const sink = out ?? res;
    let sent = 0;
    while (sent < total && !res.destroyed) {
      const piece = sent + chunkSize <= total ? chunk : chunk.subarray(0, total - sent);
      sent += piece.length;
      if (!sink.write(piece)) {
        // Abort the waiter that loses, or every slow chunk would leave a listener on the response.
        const done = new AbortController();
        await Promise.race([once(sink, 'drain', { signal: done.signal }), once(res, 'close', { signal: done.signal })]).finally(() => done.abort());
      }
    }
    if (!res.destroyed) sink.end();
  };
}

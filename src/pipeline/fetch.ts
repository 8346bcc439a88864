// HTTP fetcher for feeds: undici.request() on one shared Agent, SSRF guard at connect time,
// manual redirects (each hop re-checked), conditional GET, and hard time and byte limits
// counted after decompression. Everything that goes wrong leaves as a FeedFetchError.
import { STATUS_CODES } from 'node:http';
import { Agent, request, type Dispatcher } from 'undici';
import { FeedFetchError } from '../core/errors.js';
import { drain, header, readBody } from './fetch-body.js';
import { allowAll, checkHostLiteral, guardedLookup, unicastOnly, type AddressPolicy, type Resolver } from './fetch-guard.js';

export interface FetcherOptions {
  /** Whole request deadline, redirects and body included. */
  timeoutMs: number;
  /** Body limit, counted after decompression. */
  maxBytes: number;
  /** FEED_ALLOW_PRIVATE_HOSTS; tests turn it on. */
  allowPrivateHosts: boolean;
  /** Default 5. */
  maxRedirects?: number;
  userAgent?: string;
}

export interface FetchRequest {
  url: string;
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { kind: 'not-modified'; finalUrl: string }
  | {
      kind: 'ok';
      status: number;
      body: Buffer;
      contentType?: string;
      etag?: string;
      lastModified?: string;
      finalUrl: string;
    };

export interface Fetcher {
  fetch(req: FetchRequest): Promise<FetchResult>;
  close(): Promise<void>;
}

/**
 * Not configuration; test seams. addressPolicy narrows who may be contacted (e.g. only 127.0.0.1, standing
 * in for a public host) to exercise the guard end to end; resolve replaces the system DNS resolver.
 */
export interface FetcherInternals {
  addressPolicy?: AddressPolicy;
  /** Replaces the system resolver behind the guarded lookup (the policy still judges its answers). */
  resolve?: Resolver;
}

export const DEFAULT_USER_AGENT = 'attache/0.1 (feed reader; +https://github.com/attache)';
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Retry-After values beyond this are treated as this (a server cannot park a feed for months). */
const MAX_RETRY_AFTER_SECONDS = 24 * 60 * 60;

export function createFetcher(opts: FetcherOptions, internals: FetcherInternals = {}): Fetcher {
  const policy = internals.addressPolicy ?? (opts.allowPrivateHosts ? allowAll : unicastOnly);
  const maxRedirects = opts.maxRedirects ?? 5;
  const userAgent = opts.userAgent ?? DEFAULT_USER_AGENT;
  const agent = new Agent({
    // Every resolved address is checked by the lookup the socket itself uses.
    connect: { timeout: opts.timeoutMs, lookup: guardedLookup(policy, internals.resolve) },
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
    keepAliveTimeout: 4_000,
  });
  let closed = false;

  async function fetchFeed(req: FetchRequest): Promise<FetchResult> {
    if (closed) throw new FeedFetchError('connect', 'fetcher is closed');
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(timeoutError(opts.timeoutMs)), opts.timeoutMs);
    try {
      return await fetchFollowing(req, deadline.signal);
    } catch (err) {
      if (deadline.signal.aborted) throw timeoutError(opts.timeoutMs, err);
      throw toFetchError(err, opts.timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }

  async function fetchFollowing(req: FetchRequest, signal: AbortSignal): Promise<FetchResult> {
    let url = parseFeedUrl(req.url);
    const conditional = req.etag !== undefined || req.lastModified !== undefined;
    for (let redirects = 0; ; redirects++) {
      checkHostLiteral(url.hostname, policy);
      const res = await request(url, {
        method: 'GET',
        dispatcher: agent,
        signal,
        headers: requestHeaders(req, userAgent),
        headersTimeout: opts.timeoutMs,
        bodyTimeout: opts.timeoutMs,
      });
      const status = res.statusCode;
      const location = header(res.headers, 'location');

      if (REDIRECT_STATUSES.has(status) && location !== undefined) {
        await drain(res.body, signal);
        if (redirects >= maxRedirects) {
          throw new FeedFetchError(
            'too-many-redirects',
            `too many redirects: more than ${maxRedirects} (last ${status} from ${showUrl(url)} to ${showRaw(location)})`,
            { status },
          );
        }
        url = parseRedirect(location, url);
        continue;
      }

      if (status === 304 && conditional) {
        await drain(res.body, signal);
        return { kind: 'not-modified', finalUrl: url.href };
      }

      if (status < 200 || status > 299) {
        await drain(res.body, signal);
        throw statusError(status, res.headers);
      }

      const body = await readBody(res, opts.maxBytes, signal);
      return {
        kind: 'ok',
        status,
        body,
        contentType: header(res.headers, 'content-type'),
        etag: header(res.headers, 'etag'),
        lastModified: header(res.headers, 'last-modified'),
        finalUrl: url.href,
      };
    }
  }

  return {
    fetch: fetchFeed,
    async close() {
      closed = true;
      // Graceful: waits for requests in flight, which are bounded by their own deadlines.
      await agent.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// URLs

/** Parses a feed URL; only http(s) without credentials. */
export function parseFeedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FeedFetchError('bad-url', `not a valid URL: ${JSON.stringify(showRaw(raw))}`);
  }
  return checkUrl(url);
}

function parseRedirect(location: string, from: URL): URL {
  let url: URL;
  try {
    url = new URL(location, from);
  } catch {
    throw new FeedFetchError('bad-url', `redirect from ${showUrl(from)} to an invalid URL: ${JSON.stringify(showRaw(location))}`);
  }
  return checkUrl(url, from);
}

function checkUrl(url: URL, redirectedFrom?: URL): URL {
  const via = redirectedFrom ? ` (redirect from ${showUrl(redirectedFrom)})` : '';
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedFetchError('bad-url', `unsupported URL scheme "${url.protocol.replace(/:$/, '')}": only http and https${via}`);
  }
  if (url.username !== '' || url.password !== '') {
    // Never echo the credentials themselves.
    throw new FeedFetchError('bad-url', `URL must not contain credentials (user:password@): ${url.protocol}//${url.host}${via}`);
  }
  if (url.hostname === '') throw new FeedFetchError('bad-url', `URL has no host${via}`);
  url.hash = '';
  return url;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** A URL for messages and logs: no credentials, query or fragment (they may hold secrets). */
function showUrl(url: URL): string {
  return truncate(`${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`, 200);
}

/** The same for a string that may not parse: userinfo and query cut out. */
function showRaw(raw: string): string {
  const cut = raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1…@').replace(/[?#].*$/s, '?…');
  return truncate(cut, 200);
}

// ---------------------------------------------------------------------------------------------
// Request and response headers

function requestHeaders(req: FetchRequest, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: ACCEPT,
    'accept-encoding': 'gzip, deflate, br',
  };
  if (req.etag !== undefined) headers['if-none-match'] = req.etag;
  if (req.lastModified !== undefined) headers['if-modified-since'] = req.lastModified;
  return headers;
}

type ResponseHeaders = Dispatcher.ResponseData['headers'];

function statusError(status: number, headers: ResponseHeaders): FeedFetchError {
  const text = STATUS_CODES[status];
  const details: { status: number; retryAfterSeconds?: number } = { status };
  let suffix = '';
  if (status === 429 || status === 503) {
    const retryAfter = parseRetryAfter(header(headers, 'retry-after'));
    if (retryAfter !== undefined) {
      details.retryAfterSeconds = retryAfter;
      suffix = ` (retry after ${retryAfter}s)`;
    }
  }
  return new FeedFetchError('http-status', `HTTP ${status}${text ? ` ${text}` : ''}${suffix}`, details);
}

/** Retry-After as whole seconds from now: delta-seconds or an HTTP-date; capped at one day. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  let seconds: number;
  if (/^\d+$/.test(trimmed)) {
    seconds = Number(trimmed);
  } else {
    // An HTTP-date always names a month; without this, Date.parse('-5') is a year.
    const at = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
    if (Number.isNaN(at)) return undefined;
    seconds = Math.max(0, Math.ceil((at - now) / 1000));
  }
  return Math.min(seconds, MAX_RETRY_AFTER_SECONDS);
}

// ---------------------------------------------------------------------------------------------
// Errors

function timeoutError(timeoutMs: number, cause?: unknown): FeedFetchError {
  const err = new FeedFetchError('timeout', `timed out after ${formatDuration(timeoutMs)}`);
  if (cause !== undefined && !(cause instanceof FeedFetchError && cause.code === 'timeout')) err.cause = cause;
  return err;
}

function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${ms}ms`;
}

function errMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

const CONNECT_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  EADDRNOTAVAIL: 'address not available',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CLOSED: 'fetcher is closed',
  UND_ERR_DESTROYED: 'fetcher is closed',
};

/** Maps undici, socket, TLS and zlib failures onto FeedFetchError; FeedFetchErrors pass through. */
function toFetchError(err: unknown, timeoutMs: number): FeedFetchError {
  if (err instanceof FeedFetchError) return err;
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  const cause = (err as { cause?: unknown } | null)?.cause;
  // Errors thrown by our lookup may arrive wrapped.
  if (cause instanceof FeedFetchError) return cause;

  let mapped: FeedFetchError;
  if (
    code === 'UND_ERR_CONNECT_TIMEOUT' ||
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    code === 'ETIMEDOUT'
  ) {
    mapped = new FeedFetchError('timeout', `timed out after ${formatDuration(timeoutMs)} (${timeoutPhase(code)})`);
  } else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ENODATA') {
    const host = (err as { hostname?: unknown }).hostname;
    mapped = new FeedFetchError('dns', `DNS lookup failed for ${typeof host === 'string' ? host : 'host'} (${code})`);
  } else if (code === 'UND_ERR_INVALID_ARG' || code === 'ERR_INVALID_URL') {
    mapped = new FeedFetchError('bad-url', `invalid request: ${errMessage(err)}`);
  } else if (CONNECT_CODES[code] !== undefined) {
    mapped = new FeedFetchError('connect', `${CONNECT_CODES[code]}${code.startsWith('E') ? ` (${code})` : ''}`);
  } else if (code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || /CERT|SSL|TLS/.test(code)) {
    mapped = new FeedFetchError('connect', `TLS failure: ${errMessage(err)} (${code})`);
  } else {
    mapped = new FeedFetchError('connect', `request failed: ${errMessage(err)}${code ? ` (${code})` : ''}`);
  }
  mapped.cause = err;
  return mapped;
}

function timeoutPhase(code: string): string {
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connecting';
    case 'UND_ERR_HEADERS_TIMEOUT':
      return 'waiting for headers';
    case 'UND_ERR_BODY_TIMEOUT':
      return 'reading the body';
    default:
      return code;
  }
}

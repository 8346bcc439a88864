// Reading feed response bodies: decompression (gzip, deflate, br) with the byte limit counted
// after decompression, an early Content-Length check, and draining or destroying every body we
// do not want so no socket is left half-read.
import { Duplex, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { Dispatcher } from 'undici';
import { FeedFetchError } from '../core/errors.js';

/** How much of an unwanted body (redirect, error, 304) we read to keep the socket reusable. */
const DRAIN_LIMIT = 64 * 1024;

type ResponseHeaders = Dispatcher.ResponseData['headers'];

/** A response header as one string (repeated headers joined with ", "). */
export function header(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name];
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(', ') : value;
}

function errMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}


type ResponseBody = Dispatcher.ResponseData['body'];

/** Reads a little of an unwanted body so the connection can be reused; destroys it otherwise. */
export async function drain(body: ResponseBody, signal: AbortSignal): Promise<void> {
  try {
    await body.dump({ limit: DRAIN_LIMIT, signal });
  } catch {
    discard(body);
  }
}

/** Destroys a body we will not read. undici turns a bare destroy() into an 'error' event, so swallow it. */
function discard(body: ResponseBody): void {
  body.on('error', () => {});
  body.destroy();
}

export async function readBody(res: Dispatcher.ResponseData, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const body = res.body;
  const declared = Number(header(res.headers, 'content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(body);
    throw new FeedFetchError(
      'too-large',
      `declared Content-Length ${formatBytes(declared)} exceeds the ${formatBytes(maxBytes)} limit`,
    );
  }

  let decoders: Duplex[];
  try {
    decoders = decodersFor(header(res.headers, 'content-encoding'));
  } catch (err) {
    discard(body);
    throw err;
  }

  const chunks: Buffer[] = [];
  let total = 0;
  const collect = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      total += chunk.length;
      if (total > maxBytes) {
        const after = decoders.length > 0 ? ' after decompression' : '';
        callback(new FeedFetchError('too-large', `body exceeds ${formatBytes(maxBytes)}${after}`));
        return;
      }
      chunks.push(chunk);
      callback();
    },
  });
  try {
    // pipeline destroys every stream (the socket's body included) when any of them fails.
    await pipeline([body, ...decoders, collect], { signal });
  } catch (err) {
    if (err instanceof FeedFetchError) throw err;
    if (signal.aborted) throw err; // the caller reports the deadline
    if (isZlibError(err)) {
      const encoding = header(res.headers, 'content-encoding') ?? '';
      const wrapped = new FeedFetchError('connect', `could not decode ${encoding} response body: ${errMessage(err)}`);
      wrapped.cause = err;
      throw wrapped;
    }
    throw err;
  }
  return Buffer.concat(chunks, total);
}

function decodersFor(contentEncoding: string | undefined): Duplex[] {
  if (contentEncoding === undefined) return [];
  const codings = contentEncoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  // Codings are listed in the order they were applied; undo them last to first.
  return codings.reverse().map((coding) => {
    // Streaming flushes let truncated-but-valid prefixes through, as browsers do.
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return zlib.createGunzip({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
      case 'deflate':
        // "deflate" is zlib-wrapped by the spec but raw from some old servers.
        return inflateAnyDeflate();
      case 'br':
        return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
      default:
        throw new FeedFetchError('http-status', `unsupported Content-Encoding "${coding}" (asked for gzip, deflate, br)`);
    }
  });
}

/**
 * zlib-wrapped deflate per RFC 9110, or raw deflate as some old servers send it; decided on the
 * first byte. Built from an async generator so backpressure holds: iterating the inflater pulls
 * output chunk by chunk, and a raw-deflate bomb cannot balloon in memory ahead of the byte limit.
 */
function inflateAnyDeflate(): Duplex {
  return Duplex.from(async function* (source: AsyncIterable<Buffer>) {
    const input = source[Symbol.asyncIterator]();
    let first = await input.next();
    while (!first.done && first.value.length === 0) first = await input.next();
    if (first.done) return;
    const head = first.value;
    // A zlib header's first byte has compression method 8 in its low nibble and a window size <= 7.
    const b0 = head[0] ?? 0;
    const inflater =
      (b0 & 0x0f) === 8 && b0 >> 4 <= 7
        ? zlib.createInflate({ finishFlush: zlib.constants.Z_SYNC_FLUSH })
        : zlib.createInflateRaw({ finishFlush: zlib.constants.Z_SYNC_FLUSH });
    const compressed = Readable.from(
      (async function* () {
        yield head;
        for (let next = await input.next(); !next.done; next = await input.next()) yield next.value;
      })(),
    );
    compressed.on('error', (err) => inflater.destroy(err));
    compressed.pipe(inflater);
    try {
      yield* inflater as AsyncIterable<Buffer>;
    } finally {
      compressed.destroy();
    }
  });
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${trimNumber(n / (1024 * 1024))} MiB`;
  if (n >= 1024) return `${trimNumber(n / 1024)} KiB`;
  return `${n} bytes`;
}

function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function isZlibError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  // zlib: Z_DATA_ERROR, Z_BUF_ERROR…; brotli: ERR__ERROR_FORMAT_…, ERR_BROTLI_….
  return typeof code === 'string' && /^(Z_|ERR__ERROR|ERR_BROTLI)/.test(code);
}

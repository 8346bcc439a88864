// Slack request signing (https://api.slack.com/authentication/verifying-requests-from-slack).
// Checked here, before Bolt sees the request, because Bolt 5's verifySlackRequest only rejects
// timestamps in the past (a future one passes) and its ssl_check shortcut parses the form body
// before any signature check. Bolt then verifies again, which is harmless.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const MAX_SKEW_SECONDS = 5 * 60;
export const MAX_BODY_BYTES = 1024 * 1024;

export type VerifyResult = { ok: true } | { ok: false; reason: string };

export function signSlackRequest(secret: string, timestamp: number | string, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export function verifySlackSignature(opts: {
  signingSecret: string;
  rawBody: Buffer;
  timestamp: string | string[] | undefined;
  signature: string | string[] | undefined;
  nowMs?: number;
}): VerifyResult {
  const { timestamp, signature } = opts;
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return { ok: false, reason: 'missing signature headers' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  const nowSec = Math.floor((opts.nowMs ?? Date.now()) / 1000);
  if (Math.abs(nowSec - Number(timestamp)) > MAX_SKEW_SECONDS) return { ok: false, reason: 'stale or future timestamp' };
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'malformed signature' };
  const expected = createHmac('sha256', opts.signingSecret)
    .update(`v0:${timestamp}:`)
    .update(opts.rawBody)
    .digest();
  const given = Buffer.from(signature.slice(3), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature mismatch' };
  return { ok: true };
}

export class BodyTooLargeError extends Error {}

/** Reads the whole body, refusing more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new BodyTooLargeError(`body over ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

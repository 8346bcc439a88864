// HTTP-interactions mode: Discord POSTs signed interactions to us; we answer at once and edit later.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Routes, type REST } from 'discord.js';
import { sendJson } from '../../http/server.js';
import type { DiscordMessage } from './render.js';
import { autocompleteChoices, describe, handleCommand, type HandlerDeps, type InteractionInput, type OptionLike } from './interactions.js';

const PING = 1;
const APPLICATION_COMMAND = 2;
const APPLICATION_COMMAND_AUTOCOMPLETE = 4;
const PONG = 1;
const DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5;
const APPLICATION_COMMAND_AUTOCOMPLETE_RESULT = 8;
const EPHEMERAL = 64;
const MAX_BODY_BYTES = 256 * 1024;
/** Signed requests older or newer than this are refused, so a captured request cannot be replayed later. */
const MAX_SKEW_SECONDS = 5 * 60;

export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('Discord public key must be 64 hex characters');
  const x = Buffer.from(hex, 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

export function verifySignature(key: KeyObject, timestamp: string, body: Buffer, signatureHex: string): boolean {
  if (!/^[0-9a-fA-F]{128}$/.test(signatureHex)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

interface RawInteraction {
  type: number;
  token?: string;
  application_id?: string;
  channel_id?: string;
  channel?: { id?: string };
  guild_id?: string;
  member?: { permissions?: string; user?: { id?: string } };
  user?: { id?: string };
  data?: { name?: string; options?: OptionLike[] };
}

function toInput(raw: RawInteraction): InteractionInput {
  return {
    options: raw.data?.options ?? [],
    channelId: raw.channel_id ?? raw.channel?.id ?? '',
    guildId: raw.guild_id,
    userId: raw.member?.user?.id ?? raw.user?.id ?? '',
    memberPermissions: raw.member?.permissions,
  };
}

export interface HttpInteractionsOptions extends HandlerDeps {
  publicKey: string;
  applicationId?: string;
  /** Token-less client: webhook edits authenticate with the interaction token in the URL. */
  rest: REST;
  now?: () => number;
}

/** The request handler for POST /discord/interactions, plus a way to wait for work still running. */
export function createInteractionsHandler(opts: HttpInteractionsOptions) {
  const key = publicKeyFromHex(opts.publicKey);
  const now = opts.now ?? Date.now;
  const log = opts.logger.child({ component: 'discord' });
  const running = new Set<Promise<void>>();
  let stopped = false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (!body) return sendJson(res, 413, { error: 'body too large' });
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    if (typeof signature !== 'string' || typeof timestamp !== 'string' || !verifySignature(key, timestamp, body, signature)) {
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    const seconds = Number(timestamp);
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now() / 1000 - seconds) > MAX_SKEW_SECONDS) {
      return sendJson(res, 401, { error: 'stale request timestamp' });
    }
    let raw: RawInteraction;
    try {
      raw = JSON.parse(body.toString('utf8')) as RawInteraction;
    } catch {
      return sendJson(res, 400, { error: 'body is not JSON' });
    }
    if (raw.type === PING) return sendJson(res, 200, { type: PONG });
    if (stopped) return sendJson(res, 503, { error: 'shutting down' });
    if (raw.type === APPLICATION_COMMAND_AUTOCOMPLETE) {
      const choices = autocompleteChoices(toInput(raw), opts.runner);
      return sendJson(res, 200, { type: APPLICATION_COMMAND_AUTOCOMPLETE_RESULT, data: { choices } });
    }
    if (raw.type !== APPLICATION_COMMAND || !raw.token) return sendJson(res, 400, { error: 'unsupported interaction type' });
    const applicationId = raw.application_id ?? opts.applicationId ?? '';
    const token = raw.token;
    const original = Routes.webhookMessage(applicationId, token, '@original');
    const responder = {
      async defer(ephemeral: boolean) {
        sendJson(res, 200, { type: DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, data: ephemeral ? { flags: EPHEMERAL } : {} });
      },
      async edit(message: DiscordMessage) {
        await opts.rest.patch(original, { body: message, auth: false });
      },
      async replaceWithEphemeral(message: DiscordMessage) {
        await opts.rest.delete(original, { auth: false });
        await opts.rest.post(Routes.webhook(applicationId, token), { body: { ...message, flags: EPHEMERAL }, auth: false });
      },
    };
    const work = handleCommand(toInput(raw), responder, opts).catch((err) => log.error(`interaction failed: ${describe(err)}`));
    running.add(work);
    void work.finally(() => running.delete(work));
  }

  return {
    handle,
    /** Refuses new commands and waits for the ones in progress to send their answers. */
    async stop(): Promise<void> {
      stopped = true;
      await Promise.allSettled([...running]);
    },
    start(): void {
      stopped = false;
    },
  };
}

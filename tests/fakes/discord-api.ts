// A fake Discord REST API on 127.0.0.1: channel messages (with nonce de-duplication), interaction
// webhooks, command registration, and scriptable failures. @discordjs/rest calls `${api}/v10/…`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, decoded ("/webhooks/1/tok/messages/@original"). */
  path: string;
  authorization?: string;
  body: unknown;
  at: number;
}

export interface StoredMessage {
  id: string;
  channel_id: string;
  content?: string;
  embeds: unknown[];
  nonce?: string;
  allowed_mentions?: unknown;
  createdAt: number;
  edits: number;
}

export type Failure =
  | { kind: '429'; retryAfter: number; global?: boolean }
  | { kind: '500' }
  | { kind: '403'; code?: number }
  | { kind: '404'; code?: number }
  | { kind: '401' }
  | { kind: 'delay'; ms: number };

const NONCE_WINDOW_MS = 5 * 60_000;
export const API_PREFIX = '/api/v10';

export interface FakeDiscordApi {
  /** Pass as DISCORD_API_URL / config.apiUrl. */
  apiUrl: string;
  requests: RecordedRequest[];
  messages: StoredMessage[];
  /** Edits of original interaction responses, by interaction token. */
  originals: Map<string, unknown[]>;
  followUps: Array<{ token: string; body: unknown }>;
  deletedOriginals: string[];
  commands: { global: Map<string, unknown>; guild: Map<string, unknown> };
  /** Initial interaction responses (gateway mode answers through REST), by interaction token. */
  callbacks: Map<string, unknown>;
  /** The gateway: tokens and intents sent in IDENTIFY, and a way to push a dispatch to every client. */
  gateway: {
    identified: Array<{ token: string; intents: number }>;
    dispatch(event: string, data: unknown): void;
    /** The next IDENTIFY is answered by closing the socket with this code (4004: authentication failed). */
    closeNextIdentify(code: number): void;
  };
  /** The next `count` requests matching `match` (default: channel message posts and edits) fail like this. */
  failNext(count: number, failure: Failure, match?: (method: string, path: string) => boolean): void;
  /** Messages in one channel, in creation order. */
  channel(id: string): StoredMessage[];
  close(): Promise<void>;
}

const channelWrites = (method: string, path: string) => (method === 'POST' || method === 'PATCH') && /^\/channels\/[^/]+\/messages/.test(path);

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString('utf8')));
    req.on('end', () => {
      try {
        resolve(text ? JSON.parse(text) : undefined);
      } catch {
        resolve(text);
      }
    });
  });
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  if (status === 204 || body === undefined) {
    res.writeHead(204, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(text);
}

export async function startFakeDiscordApi(): Promise<FakeDiscordApi> {
  let nextId = 1_300_000_000_000_000_000n;
  const snowflake = () => String((nextId += 1n));
  const requests: RecordedRequest[] = [];
  const messages: StoredMessage[] = [];
  const originals = new Map<string, unknown[]>();
  const followUps: Array<{ token: string; body: unknown }> = [];
  const deletedOriginals: string[] = [];
  const commands = { global: new Map<string, unknown>(), guild: new Map<string, unknown>() };
  const callbacks = new Map<string, unknown>();
  const identified: Array<{ token: string; intents: number }> = [];
  const sockets = new Set<WebSocket>();
  let sequence = 0;
  let wsUrl = '';
  const identifyCloses: number[] = [];
  const script: Array<{ count: number; failure: Failure; match: (m: string, p: string) => boolean }> = [];

  function takeFailure(method: string, path: string): Failure | undefined {
    const entry = script.find((s) => s.count > 0 && s.match(method, path));
    if (!entry) return undefined;
    entry.count -= 1;
    return entry.failure;
  }

  async function fail(res: ServerResponse, failure: Failure): Promise<boolean> {
    switch (failure.kind) {
      case '429':
        send(
          res,
          429,
          { message: 'You are being rate limited.', retry_after: failure.retryAfter, global: failure.global ?? false, code: 0 },
          {
            'retry-after': String(Math.ceil(failure.retryAfter)),
            'x-ratelimit-scope': failure.global ? 'global' : 'user',
            ...(failure.global ? { 'x-ratelimit-global': 'true' } : {}),
          },
        );
        return true;
      case '500':
        send(res, 500, { message: 'Internal Server Error', code: 0 });
        return true;
      case '401':
        send(res, 401, { message: '401: Unauthorized', code: 0 });
        return true;
      case '403':
        send(res, 403, { message: failure.code === 50013 ? 'Missing Permissions' : 'Missing Access', code: failure.code ?? 50001 });
        return true;
      case '404':
        send(res, 404, { message: 'Unknown Channel', code: failure.code ?? 10003 });
        return true;
      case 'delay':
        await new Promise((r) => setTimeout(r, failure.ms));
        return false;
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? 'GET';
      const body = await readJson(req);
      if (!url.pathname.startsWith(API_PREFIX)) return send(res, 404, { message: '404: Not Found', code: 0 });
      const path = url.pathname.slice(API_PREFIX.length).split('/').map(decodeURIComponent).join('/');
      requests.push({ method, path, authorization: req.headers.authorization, body, at: Date.now() });
      const failure = takeFailure(method, path);
      if (failure && (await fail(res, failure))) return;
      const parts = path.split('/').filter(Boolean);

      if (parts[0] === 'channels' && parts[2] === 'messages') {
        if (!req.headers.authorization?.startsWith('Bot ')) return send(res, 401, { message: '401: Unauthorized', code: 0 });
        const channel = parts[1]!;
        const b = (body ?? {}) as Partial<StoredMessage> & { enforce_nonce?: boolean };
        if (method === 'POST' && parts.length === 3) {
          if (b.nonce !== undefined && b.enforce_nonce) {
            const existing = messages.find((m) => m.channel_id === channel && m.nonce === String(b.nonce) && Date.now() - m.createdAt < NONCE_WINDOW_MS);
            if (existing) return send(res, 200, existing);
          }
          const message: StoredMessage = {
            id: snowflake(),
            channel_id: channel,
            content: b.content,
            embeds: b.embeds ?? [],
            nonce: b.nonce === undefined ? undefined : String(b.nonce),
            allowed_mentions: b.allowed_mentions,
            createdAt: Date.now(),
            edits: 0,
          };
          messages.push(message);
          return send(res, 200, message);
        }
        if (method === 'PATCH' && parts.length === 4) {
          const message = messages.find((m) => m.channel_id === channel && m.id === parts[3]);
          if (!message) return send(res, 404, { message: 'Unknown Message', code: 10008 });
          Object.assign(message, { content: b.content ?? message.content, embeds: b.embeds ?? message.embeds, allowed_mentions: b.allowed_mentions });
          message.edits += 1;
          return send(res, 200, message);
        }
      }
      if (method === 'GET' && path === '/users/@me') {
        if (!req.headers.authorization?.startsWith('Bot ')) return send(res, 401, { message: '401: Unauthorized', code: 0 });
        return send(res, 200, { id: '111111111111111111', username: 'attache', bot: true });
      }
      if (method === 'GET' && path === '/gateway/bot') {
        return send(res, 200, { url: wsUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
      }
      if (parts[0] === 'interactions' && parts[3] === 'callback' && method === 'POST') {
        callbacks.set(parts[2]!, body);
        return send(res, 204);
      }
      if (parts[0] === 'webhooks' && parts.length >= 3) {
        const token = parts[2]!;
        if (method === 'PATCH' && parts[4] === '@original') {
          originals.set(token, [...(originals.get(token) ?? []), body]);
          return send(res, 200, { id: snowflake(), ...(body as object) });
        }
        if (method === 'DELETE' && parts[4] === '@original') {
          deletedOriginals.push(token);
          return send(res, 204);
        }
        if (method === 'POST' && parts.length === 3) {
          followUps.push({ token, body });
          return send(res, 200, { id: snowflake(), ...(body as object) });
        }
      }
      if (parts[0] === 'applications' && method === 'PUT') {
        if (!req.headers.authorization?.startsWith('Bot ')) return send(res, 401, { message: '401: Unauthorized', code: 0 });
        const list = (Array.isArray(body) ? body : []).map((c: object) => ({ id: snowflake(), application_id: parts[1], ...c }));
        if (parts[2] === 'commands') commands.global.set(parts[1]!, body);
        else if (parts[2] === 'guilds' && parts[4] === 'commands') commands.guild.set(`${parts[1]}/${parts[3]}`, body);
        else return send(res, 404, { message: 'Unknown route', code: 0 });
        return send(res, 200, list);
      }
      return send(res, 404, { message: '404: Not Found', code: 0 });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  wsUrl = `ws://127.0.0.1:${port}`;

  // Just enough of the gateway for discord.js: HELLO, IDENTIFY → READY (no guilds), heartbeat ACKs.
  const wss = new WebSocketServer({ server });
  const sendOp = (ws: WebSocket, payload: object) => ws.send(JSON.stringify({ s: null, t: null, ...payload }));
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    sendOp(ws, { op: 10, d: { heartbeat_interval: 45_000 } });
    ws.on('message', (raw: Buffer) => {
      const msg = JSON.parse(raw.toString('utf8')) as { op: number; d: { token?: string; intents?: number } };
      if (msg.op === 1) sendOp(ws, { op: 11 });
      if (msg.op === 2) {
        const closeCode = identifyCloses.shift();
        if (closeCode !== undefined) return ws.close(closeCode, 'Authentication failed.');
        identified.push({ token: msg.d.token ?? '', intents: msg.d.intents ?? 0 });
        const user = { id: '333333333333333333', username: 'attache', discriminator: '0', avatar: null, global_name: null, bot: true };
        sendOp(ws, {
          op: 0,
          t: 'READY',
          s: (sequence += 1),
          d: { v: 10, user, guilds: [], session_id: 'fake-session', resume_gateway_url: wsUrl, shard: [0, 1], application: { id: user.id, flags: 0 } },
        });
      }
    });
  });

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    messages,
    originals,
    followUps,
    deletedOriginals,
    commands,
    callbacks,
    gateway: {
      identified,
      dispatch(event, data) {
        sequence += 1;
        for (const ws of sockets) sendOp(ws, { op: 0, t: event, s: sequence, d: data });
      },
      closeNextIdentify(code) {
        identifyCloses.push(code);
      },
    },
    failNext(count, failure, match = channelWrites) {
      script.push({ count, failure, match });
    },
    channel: (id) => messages.filter((m) => m.channel_id === id),
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of sockets) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// A fake Slack on 127.0.0.1 (random port) for tests: Web API methods, response_url endpoints,
// a Socket Mode WebSocket, scripted failures, and a record of every call with its headers.
//
//   const slack = await startFakeSlack({ botToken: 'xoxb-…', admins: ['UADMIN'] });
//   createSlackPlatform({ config: { botToken, signingSecret, apiUrl: slack.apiUrl }, … });
//   slack.fail('chat.postMessage', 2, { status: 429, retryAfter: 1 });
//   expect(slack.messages('C1').map((m) => m.text)).toEqual([…]);
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export type Failure =
  | { status: 429; retryAfter?: number }
  | { status: number; body?: string }
  | { error: string }
  | { delayMs: number };

export interface RecordedCall {
  method: string;
  /** Date.now() when the request arrived. */
  at: number;
  headers: IncomingHttpHeaders;
  /** Parsed body: form fields (JSON-looking values decoded) or JSON. */
  body: Record<string, unknown>;
  raw: string;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  unfurl_links?: unknown;
  unfurl_media?: unknown;
  link_names?: unknown;
}

export interface ResponsePost {
  id: string;
  at: number;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export interface FakeSlack {
  origin: string;
  /** Web API base, with the trailing slash WebClient expects. */
  apiUrl: string;
  responseUrl(id: string): string;
  calls: RecordedCall[];
  responses: ResponsePost[];
  /** Every message posted, in order, across channels. */
  posted: StoredMessage[];
  messages(channel: string): StoredMessage[];
  /** Puts a message in a channel's history as if it had been posted before. */
  seed(message: StoredMessage): void;
  /** The next `count` calls to `method` fail this way. */
  fail(method: string, count: number, failure: Failure): void;
  /** Drops the scripted failures still waiting for `method`. */
  clearFailures(method: string): void;
  admins: Set<string>;
  /** Socket Mode: what apps.connections.open hands out, and the frames the app sent back. */
  socket: FakeSocketMode;
  waitFor<T>(probe: () => T | undefined | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export interface FakeSocketMode {
  url: string;
  /** Frames received from the app (parsed JSON). */
  received: Array<Record<string, unknown>>;
  /** Sends an envelope to every connected app. */
  send(envelope: Record<string, unknown>): void;
  connections(): number;
}

/** `port`: listen on this one (a Slack that "comes back" where the bot expects it); a free one by default. */
export async function startFakeSlack(opts: { botToken: string; appToken?: string; admins?: string[]; port?: number }): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const responses: ResponsePost[] = [];
  const posted: StoredMessage[] = [];
  const history = new Map<string, StoredMessage[]>();
  const failures = new Map<string, Failure[]>();
  const admins = new Set(opts.admins ?? []);
  const sockets = new Set<WebSocket>();
  const received: Array<Record<string, unknown>> = [];
  let tsCounter = 0;

  const store = (m: StoredMessage) => history.set(m.channel, [...(history.get(m.channel) ?? []), m]);

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500).end(String(err));
    });
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url?.startsWith('/socket')) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'AFAKE' } }));
    });
  });
  server.listen(opts.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = new URL(req.url ?? '/', origin).pathname;
    const body = parseBody(raw, req.headers['content-type']);

    if (path.startsWith('/response/')) {
      responses.push({ id: path.slice('/response/'.length), at: Date.now(), headers: req.headers, body });
      return send(res, 200, 'ok');
    }
    if (!path.startsWith('/api/')) return send(res, 404, 'not found');
    const method = path.slice('/api/'.length);
    calls.push({ method, at: Date.now(), headers: req.headers, body, raw });

    const failure = failures.get(method)?.shift();
    if (failure) {
      if ('delayMs' in failure) await new Promise((r) => setTimeout(r, failure.delayMs));
      else if ('error' in failure) return json(res, { ok: false, error: failure.error });
      else if (failure.status === 429) {
        const retryAfter = 'retryAfter' in failure ? failure.retryAfter : undefined;
        res.writeHead(429, retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) });
        return res.end();
      } else return send(res, failure.status, 'body' in failure ? (failure.body ?? 'error') : 'error');
    }

    const expected = method === 'apps.connections.open' ? opts.appToken : opts.botToken;
    if (req.headers.authorization !== `Bearer ${expected}`) return json(res, { ok: false, error: 'invalid_auth' });

    switch (method) {
      case 'auth.test':
        return json(res, { ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'attache', team_id: 'TFAKE', user_id: 'UBOT', bot_id: 'BBOT' });
      case 'chat.postMessage': {
        const channel = String(body.channel ?? '');
        if (!channel) return json(res, { ok: false, error: 'channel_not_found' });
        tsCounter += 1;
        const message: StoredMessage = {
          channel,
          ts: `${1_800_000_000 + tsCounter}.000100`,
          text: body.text as string | undefined,
          blocks: body.blocks as unknown[] | undefined,
          metadata: body.metadata as StoredMessage['metadata'],
          unfurl_links: body.unfurl_links,
          unfurl_media: body.unfurl_media,
          link_names: body.link_names,
        };
        posted.push(message);
        store(message);
        return json(res, { ok: true, channel, ts: message.ts, message: { text: message.text } });
      }
      case 'chat.update': {
        const message = history.get(String(body.channel))?.find((m) => m.ts === body.ts);
        if (!message) return json(res, { ok: false, error: 'message_not_found' });
        message.text = body.text as string | undefined;
        message.blocks = body.blocks as unknown[] | undefined;
        return json(res, { ok: true, channel: message.channel, ts: message.ts });
      }
      case 'conversations.history': {
        // Newest first, after `oldest`, paged by an opaque cursor (here: the offset), as Slack does.
        const oldest = Number(body.oldest ?? 0);
        const all = [...(history.get(String(body.channel)) ?? [])].reverse().filter((m) => Number(m.ts) > oldest);
        const limit = Number(body.limit ?? 100);
        const offset = Number(body.cursor ?? 0);
        const withMeta = body.include_all_metadata === true || body.include_all_metadata === 'true';
        const page = all.slice(offset, offset + limit);
        const more = offset + limit < all.length;
        const messages = page.map((m) => ({
          type: 'message',
          ts: m.ts,
          text: m.text,
          bot_id: 'BBOT',
          ...(withMeta && m.metadata ? { metadata: m.metadata } : {}),
        }));
        return json(res, { ok: true, messages, has_more: more, ...(more ? { response_metadata: { next_cursor: String(offset + limit) } } : {}) });
      }
      case 'users.info': {
        const id = String(body.user ?? '');
        const admin = admins.has(id);
        return json(res, { ok: true, user: { id, name: id.toLowerCase(), is_admin: admin, is_owner: false, is_primary_owner: false } });
      }
      case 'apps.connections.open':
        return json(res, { ok: true, url: `${origin.replace('http', 'ws')}/socket` });
      default:
        return json(res, { ok: false, error: 'unknown_method' });
    }
  }

  const fake: FakeSlack = {
    origin,
    apiUrl: `${origin}/api/`,
    responseUrl: (id) => `${origin}/response/${id}`,
    calls,
    responses,
    posted,
    messages: (channel) => history.get(channel) ?? [],
    seed: store,
    fail(method, count, failure) {
      failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: count }, () => failure)]);
    },
    clearFailures(method) {
      failures.delete(method);
    },
    admins,
    socket: {
      url: `${origin.replace('http', 'ws')}/socket`,
      received,
      send(envelope) {
        for (const ws of sockets) ws.send(JSON.stringify(envelope));
      },
      connections: () => sockets.size,
    },
    async waitFor(probe, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = probe();
        if (value !== undefined && value !== false) return value;
        if (Date.now() > deadline) throw new Error('fake slack: condition not met in time');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value === 'true' ? true : value === 'false' ? false : value;
  }
  return out;
}

function json(res: ServerResponse, body: unknown) {
  send(res, 200, JSON.stringify(body), 'application/json; charset=utf-8');
}

function send(res: ServerResponse, status: number, text: string, type = 'text/plain') {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** A request to /slack/events signed exactly as Slack signs it. */
export function signedRequest(
  url: string,
  secret: string,
  body: string,
  opts: { timestamp?: number; contentType?: string; signature?: string; omit?: Array<'signature' | 'timestamp'> } = {},
): Promise<Response> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    // Written out here rather than imported, so the test does not trust the code it tests.
    'x-slack-signature': opts.signature ?? `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`,
  };
  for (const name of opts.omit ?? []) delete headers[`x-slack-${name === 'signature' ? 'signature' : 'request-timestamp'}`];
  return fetch(url, { method: 'POST', headers, body });
}

/** A slash command body as Slack sends it (form-encoded). */
export function slashCommandBody(fields: { text: string; user_id: string; channel_id: string; response_url: string; command?: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'TFAKE',
    team_domain: 'fake',
    channel_name: 'desk',
    user_name: fields.user_id.toLowerCase(),
    api_app_id: 'AFAKE',
    trigger_id: '1.2.3',
    command: fields.command ?? '/brief',
    text: fields.text,
    user_id: fields.user_id,
    channel_id: fields.channel_id,
    response_url: fields.response_url,
  }).toString();
}

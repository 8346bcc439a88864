// A pass-through proxy in front of the fake Slack Web API that answers chat.postMessage with
// `channel_not_found` for the channels listed in `gone` (as Slack does once a channel is deleted or
// the bot was removed), whatever other channels are posting at the same moment. Everything else is
// forwarded unchanged, so the fake still records every other call.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChannelGoneProxy {
  /** Pass as SLACK_API_URL. */
  apiUrl: string;
  /** Channels whose chat.postMessage calls are refused from now on. */
  gone: Set<string>;
  /** Every refused call, in order. */
  refused: Array<{ channel: string; at: number; raw: string }>;
  close(): Promise<void>;
}

function channelOf(raw: string, contentType: string | undefined): string | undefined {
  try {
    if (contentType?.includes('application/json')) return String((JSON.parse(raw) as { channel?: unknown }).channel ?? '');
    return new URLSearchParams(raw).get('channel') ?? undefined;
  } catch {
    return undefined;
  }
}

export async function startChannelGoneProxy(fakeApiUrl: string): Promise<ChannelGoneProxy> {
  const target = new URL(fakeApiUrl);
  const gone = new Set<string>();
  const refused: ChannelGoneProxy['refused'] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      const path = req.url ?? '/';
      if (req.method === 'POST' && new URL(path, 'http://x').pathname === '/api/chat.postMessage') {
        const channel = channelOf(raw.toString('utf8'), req.headers['content-type']);
        if (channel && gone.has(channel)) {
          refused.push({ channel, at: Date.now(), raw: raw.toString('utf8') });
          const body = JSON.stringify({ ok: false, error: 'channel_not_found' });
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
          return;
        }
      }
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path, headers: { ...req.headers, host: target.host } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', (err) => {
        if (!res.headersSent) res.writeHead(502);
        res.end(String(err));
      });
      upstream.end(raw);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    gone,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

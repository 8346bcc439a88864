// A fake OpenAI-compatible chat-completions API on 127.0.0.1 (random port) for tests.
//
//   const llm = await startFakeLlm();
//   llm.answer({ content: JSON.stringify({ whatsHappening: '…' }) });   // next request's answer
//   createLlmBriefWriter({ llm: { baseUrl: llm.baseUrl, apiKey: 'k', model: 'm' }, … });
//   expect(llm.requests[0]?.headers.authorization).toBe('Bearer k');
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeAnswer =
  /** A well-formed completion whose message content is this text. */
  | { content: string }
  /** Any status and raw body. */
  | { status: number; body: string }
  /** No answer for this long (the connection stays open). */
  | { delayMs: number };

export interface LlmRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: { model?: string; messages?: Array<{ role: string; content: string }>; [key: string]: unknown };
}

export interface FakeLlm {
  /** Base URL as LLM_BASE_URL would be set: requests go to {baseUrl}/chat/completions. */
  baseUrl: string;
  requests: LlmRequest[];
  /** Queues the answer to the next request; with none queued the fake answers 500. */
  answer(answer: FakeAnswer): void;
  close(): Promise<void>;
}

export async function startFakeLlm(): Promise<FakeLlm> {
  const queue: FakeAnswer[] = [];
  const requests: LlmRequest[] = [];
  const open = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: LlmRequest['body'] = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as LlmRequest['body'];
      } catch {
        // recorded as empty: the test looks at what arrived
      }
      requests.push({ path: req.url ?? '', headers: req.headers, body });
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      const next = queue.shift() ?? { status: 500, body: '{"error":{"message":"no answer queued"}}' };
      if ('delayMs' in next) {
        open.add(res);
        setTimeout(() => {
          open.delete(res);
          if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        }, next.delayMs).unref();
        return;
      }
      if ('status' in next) {
        res.writeHead(next.status, { 'content-type': 'application/json' }).end(next.body);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: next.content }, finish_reason: 'stop' }],
        }),
      );
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    answer: (a) => void queue.push(a),
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

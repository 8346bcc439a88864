// Slack: Bolt receives slash commands (HTTP on our server, or Socket Mode); a WebClient posts briefs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, webApi, type BufferedIncomingMessage } from '@slack/bolt';
import type { PlatformModule, CommandRunner } from '../../bot/runner.js';
import type { Config } from '../../config.js';
import type { HttpServer } from '../../http/server.js';
import { sendJson } from '../../http/server.js';
import type { Logger } from '../../logger.js';
import type { DeliveryAdapter } from '../adapter.js';
import { createSlackAdapter } from './adapter.js';
import { createCommandHandler, type SlashCommandPayload } from './commands.js';
import { slackLogger } from './log.js';
import { BodyTooLargeError, readBody, verifySlackSignature } from './verify.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackPlatformOptions {
  config: NonNullable<Config['slack']>;
  adminUserIds: string[];
  logger: Logger;
  runner: CommandRunner;
  http: HttpServer;
  /** Every Web API call and response_url post gives up after this long. Default 10 s. */
  requestTimeoutMs?: number;
  /** Spacing of messages to one channel. Default 1.1 s (Slack allows about one per second). */
  channelIntervalMs?: number;
}

export interface SlackPlatform {
  module: PlatformModule;
  adapter: DeliveryAdapter;
}

function apiBase(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

export function createSlackPlatform(opts: SlackPlatformOptions): SlackPlatform {
  const { config } = opts;
  const log = opts.logger.child({ component: 'slack' });
  const requestTimeoutMs = opts.requestTimeoutMs ?? 10_000;
  // Retries belong to the outbox worker, which knows the channel order; the client must fail fast.
  const clientOptions = (): webApi.WebClientOptions => ({
    slackApiUrl: apiBase(config.apiUrl),
    timeout: requestTimeoutMs,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: slackLogger(opts.logger, 'slack-web-api'),
  });
  const client = new webApi.WebClient(config.botToken, clientOptions());
  const adapter = createSlackAdapter({ client, logger: opts.logger, channelIntervalMs: opts.channelIntervalMs });
  const handleCommand = createCommandHandler({
    runner: opts.runner,
    client,
    adminUserIds: opts.adminUserIds,
    logger: opts.logger,
    requestTimeoutMs,
  });

  const socketMode = Boolean(config.appToken);
  if (!socketMode && !config.signingSecret) {
    throw new Error('Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
  }
  const boltLogger = slackLogger(opts.logger, 'slack-bolt');
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: config.signingSecret ?? '',
        endpoints: [SLACK_EVENTS_PATH],
        logger: boltLogger,
        // Below Slack's 3 s so that a stuck listener still gets a clean answer.
        unhandledRequestTimeoutMillis: 2_500,
      });
  const app = new App({
    token: config.botToken,
    // auth.test runs in start(), where a failure is reported, not in the constructor.
    deferInitialization: true,
    convoStore: false,
    logger: boltLogger,
    clientOptions: clientOptions(),
    ...(receiver ? { receiver } : { socketMode: true, appToken: config.appToken }),
  });

  const inFlight = new Set<Promise<void>>();
  app.command(/.*/, async ({ command, ack }) => {
    await ack();
    const work = handleCommand(command as SlashCommandPayload);
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  // Buttons, shortcuts and modals are not used yet; they are acknowledged so Slack shows no error.
  app.action(/.*/, async ({ ack }) => ack());
  app.shortcut(/.*/, async ({ ack }) => ack());
  app.view(/.*/, async ({ ack }) => ack());
  app.options(/.*/, async ({ ack }) => ack({ options: [] }));
  app.error(async (err) => {
    log.error({ err }, 'slack listener failed');
  });

  let ready = false;
  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch (err) {
      res.writeHead(err instanceof BodyTooLargeError ? 413 : 400).end();
      return;
    }
    const check = verifySlackSignature({
      signingSecret: config.signingSecret ?? '',
      rawBody: raw,
      timestamp: req.headers['x-slack-request-timestamp'],
      signature: req.headers['x-slack-signature'],
    });
    if (!check.ok) {
      log.warn({ reason: check.reason }, 'rejected a Slack request');
      res.writeHead(401).end();
      return;
    }
    if (!ready || !receiver) {
      sendJson(res, 503, { error: 'slack is not ready' });
      return;
    }
    // Bolt takes a body that was already read when it is attached as rawBody.
    (req as BufferedIncomingMessage).rawBody = raw;
    receiver.requestListener(req, res);
  }
  if (!socketMode) opts.http.route('POST', SLACK_EVENTS_PATH, handleHttp);

  const module: PlatformModule = {
    platform: 'slack',
    async start() {
      await app.init();
      if (socketMode) await app.start();
      ready = true;
      log.info({ mode: socketMode ? 'socket' : 'http' }, 'slack ready');
    },
    async stop() {
      ready = false;
      if (socketMode) await app.stop().catch((err: unknown) => log.warn({ err }, 'socket mode did not close cleanly'));
      await Promise.allSettled([...inFlight]);
    },
  };
  return { module, adapter };
}

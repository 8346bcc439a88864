// Slack: Bolt receives slash commands (HTTP on our server, or Socket Mode); a WebClient posts briefs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, webApi, type BufferedIncomingMessage, type Logger as SlackLogger } from '@slack/bolt';
import type { PlatformModule, PlatformOptions } from '../../bot/runner.js';
import type { Config } from '../../config.js';
import { ConfigError } from '../../core/errors.js';
import { sendJson } from '../../http/server.js';
import type { DeliveryAdapter } from '../adapter.js';
import { createSlackAdapter } from './adapter.js';
import { createCommandHandler, type SlashCommandPayload } from './commands.js';
import { slackErrorCode, toDeliveryError } from './errors.js';
import { slackLogger } from './log.js';
import { BodyTooLargeError, readBody, verifySlackSignature } from './verify.js';

export const SLACK_EVENTS_PATH = '/slack/events';

/** requestTimeoutMs covers every Web API call and response_url post; channelIntervalMs defaults to 1.1 s (Slack allows about one message per second per channel). */
export type SlackPlatformOptions = PlatformOptions<NonNullable<Config['slack']>>;

export interface SlackPlatform {
  module: PlatformModule;
  adapter: DeliveryAdapter;
}

function apiBase(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** Slack's answers that mean the token itself is wrong: no retry can help, the configuration must change. */
const REFUSED_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/** A failed start: ConfigError (fatal at start-up) when Slack refused the token, otherwise a one-line outage reason. */
function startError(err: unknown, method: string, variable: string, what: string): Error {
  const code = slackErrorCode(err);
  if (code && REFUSED_TOKEN.has(code)) {
    return new ConfigError([`${variable}: Slack refused the ${what} (${code}) on ${method}; set a valid token from the app's settings page`]);
  }
  // fetch says only "fetch failed"; the reason a person can act on (ECONNREFUSED, ENOTFOUND…) is in its cause.
  const why = (err as { original?: { cause?: { code?: unknown; message?: unknown } } }).original?.cause;
  const cause = why?.code ?? why?.message;
  const message = toDeliveryError(err, method).message;
  return new Error(typeof cause === 'string' && !message.includes(cause) ? `${message} (${cause})` : message);
}

/** The Web API client warns on every failed request; our callers report each failure themselves (once), so its line goes to debug. */
function quietRequestFailures(logger: SlackLogger): SlackLogger {
  return { ...logger, warn: (...msg: unknown[]) => (msg[0] === 'http request failed' ? logger.debug(...msg) : logger.warn(...msg)) };
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
    logger: quietRequestFailures(slackLogger(opts.logger, 'slack-web-api')),
  });
  const client = new webApi.WebClient(config.botToken, clientOptions());
  const adapter = createSlackAdapter({ client, logger: opts.logger, channelIntervalMs: opts.channelIntervalMs, now: opts.now });
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
  const boltLogger = quietRequestFailures(slackLogger(opts.logger, 'slack-bolt'));
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

  let stopped = false;
  const disconnect = () =>
    socketMode ? app.stop().catch((err: unknown) => log.warn({ err }, 'socket mode did not close cleanly')) : Promise.resolve();
  const module: PlatformModule = {
    platform: 'slack',
    async start() {
      stopped = false;
      // Bolt's init() runs auth.test and may be called again after it failed.
      await app.init().catch((err: unknown) => {
        throw startError(err, 'auth.test', 'SLACK_BOT_TOKEN', 'bot token');
      });
      if (stopped) throw new Error('slack: stopped while connecting');
      if (socketMode) {
        await app.start().catch(async (err: unknown) => {
          // Otherwise the Socket Mode client may go on reconnecting by itself, beside the next attempt.
          await disconnect();
          throw startError(err, 'apps.connections.open', 'SLACK_APP_TOKEN', 'app-level token');
        });
      }
      ready = true;
      log.info({ mode: socketMode ? 'socket' : 'http' }, 'slack ready');
    },
    async stop() {
      stopped = true;
      ready = false;
      await disconnect();
      await Promise.allSettled([...inFlight]);
    },
  };
  return { module, adapter };
}

// Discord: HTTP interactions (public key set) or the gateway (token only), plus the delivery adapter.
import type { CommandRunner, PlatformModule } from '../../bot/runner.js';
import type { Config } from '../../config.js';
import type { HttpServer } from '../../http/server.js';
import type { Logger } from '../../logger.js';
import type { DeliveryAdapter } from '../adapter.js';
import { createDiscordAdapter } from './adapter.js';
import { createGateway } from './gateway.js';
import { createInteractionsHandler } from './http-interactions.js';
import { createRest } from './rest.js';

export const INTERACTIONS_PATH = '/discord/interactions';

export interface DiscordPlatformOptions {
  config: NonNullable<Config['discord']>;
  adminUserIds: string[];
  logger: Logger;
  runner: CommandRunner;
  http: HttpServer;
  /** Per Discord request (default 10 s). */
  requestTimeoutMs?: number;
  /** Minimum gap between two posts to one channel (default 1 s); tests shorten it. */
  channelIntervalMs?: number;
}

export function createDiscordPlatform(opts: DiscordPlatformOptions): { module: PlatformModule; adapter: DeliveryAdapter } {
  const { config } = opts;
  const timeoutMs = opts.requestTimeoutMs ?? 10_000;
  const log = opts.logger.child({ component: 'discord' });
  const botRest = config.token ? createRest({ apiUrl: config.apiUrl, token: config.token, timeoutMs }) : undefined;
  const adapter = createDiscordAdapter({ rest: botRest, channelIntervalMs: opts.channelIntervalMs });
  const deps = { runner: opts.runner, adminUserIds: opts.adminUserIds, logger: opts.logger, learned: new Map<string, boolean>() };

  if (config.publicKey) {
    // Interaction webhooks authenticate with the interaction token in the URL; the bot token stays out.
    const webhookRest = createRest({ apiUrl: config.apiUrl, timeoutMs });
    const interactions = createInteractionsHandler({ ...deps, publicKey: config.publicKey, applicationId: config.applicationId, rest: webhookRest });
    let routed = false;
    const module: PlatformModule = {
      platform: 'discord',
      async start() {
        interactions.start();
        if (!routed) opts.http.route('POST', INTERACTIONS_PATH, interactions.handle);
        routed = true;
        log.info(`Discord interactions accepted at POST ${INTERACTIONS_PATH}`);
      },
      stop: () => interactions.stop(),
    };
    return { module, adapter };
  }

  if (!config.token) throw new Error('Discord needs DISCORD_PUBLIC_KEY (HTTP interactions) or DISCORD_TOKEN (gateway)');
  const gateway = createGateway({ ...deps, token: config.token, apiUrl: config.apiUrl, requestTimeoutMs: timeoutMs });
  return { module: { platform: 'discord', start: () => gateway.start(), stop: () => gateway.stop() }, adapter };
}

// Discord: HTTP interactions (public key set) or the gateway (token only), plus the delivery adapter.
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { PlatformModule, PlatformOptions } from '../../bot/runner.js';
import type { Config } from '../../config.js';
import type { DeliveryAdapter } from '../adapter.js';
import { createDiscordAdapter } from './adapter.js';
import { createGateway } from './gateway.js';
import { createInteractionsHandler } from './http-interactions.js';
import { describe } from './interactions.js';
import { createRest, refusedToken } from './rest.js';

export const INTERACTIONS_PATH = '/discord/interactions';

/** channelIntervalMs defaults to 1 s; gatewayReadyTimeoutMs (default 30 s) bounds one gateway login attempt. */
export type DiscordPlatformOptions = PlatformOptions<NonNullable<Config['discord']>> & { gatewayReadyTimeoutMs?: number };

/** GET /users/@me with the bot token: a 401 is a refused token (fatal), anything else an outage (retried). */
async function checkToken(rest: REST): Promise<void> {
  try {
    await rest.get(Routes.user('@me'));
  } catch (err) {
    if (err instanceof DiscordAPIError && err.status === 401) throw refusedToken('401 Unauthorized on GET /users/@me');
    throw new Error(`Discord API unreachable: ${describe(err)}`);
  }
}

export function createDiscordPlatform(opts: DiscordPlatformOptions): { module: PlatformModule; adapter: DeliveryAdapter } {
  const { config } = opts;
  const timeoutMs = opts.requestTimeoutMs ?? 10_000;
  const log = opts.logger.child({ component: 'discord' });
  const botRest = config.token ? createRest({ apiUrl: config.apiUrl, token: config.token, timeoutMs }) : undefined;
  const adapter = createDiscordAdapter({ rest: botRest, channelIntervalMs: opts.channelIntervalMs, now: opts.now });
  const deps = { runner: opts.runner, adminUserIds: opts.adminUserIds, logger: opts.logger, learned: new Map<string, boolean>() };

  if (config.publicKey) {
    // Interaction webhooks authenticate with the interaction token in the URL; the bot token stays out.
    const webhookRest = createRest({ apiUrl: config.apiUrl, timeoutMs });
    const interactions = createInteractionsHandler({ ...deps, publicKey: config.publicKey, applicationId: config.applicationId, rest: webhookRest });
    let routed = false;
    const module: PlatformModule = {
      platform: 'discord',
      async start() {
        // Briefs are posted with the bot token; a wrong one must show at start, as in gateway mode.
        if (botRest) await checkToken(botRest);
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
  const gateway = createGateway({
    ...deps,
    token: config.token,
    apiUrl: config.apiUrl,
    requestTimeoutMs: timeoutMs,
    readyTimeoutMs: opts.gatewayReadyTimeoutMs ?? 30_000,
  });
  return { module: { platform: 'discord', start: () => gateway.start(), stop: () => gateway.stop() }, adapter };
}

// Chat platforms configured for this run, and the admins' channel.
import type { CommandRunner, PlatformModule } from './bot/runner.js';
import type { Config } from './config.js';
import type { DeliveryAdapter } from './delivery/adapter.js';
import { createDiscordPlatform } from './delivery/discord/index.js';
import { createSlackPlatform } from './delivery/slack/index.js';
import type { HttpServer } from './http/server.js';
import type { Logger } from './logger.js';

export interface Platforms {
  modules: PlatformModule[];
  adapters: DeliveryAdapter[];
}

export function createPlatforms(config: Config, deps: { logger: Logger; runner: CommandRunner; http: HttpServer }): Platforms {
  const modules: PlatformModule[] = [];
  const adapters: DeliveryAdapter[] = [];
  const common = { ...deps, adminUserIds: config.adminUserIds };
  if (config.slack) {
    const slack = createSlackPlatform({ ...common, config: config.slack });
    modules.push(slack.module);
    adapters.push(slack.adapter);
  }
  if (config.discord) {
    const discord = createDiscordPlatform({ ...common, config: config.discord });
    modules.push(discord.module);
    adapters.push(discord.adapter);
  }
  return { modules, adapters };
}

/** Posts an operational message to ADMIN_CHANNEL when one is set; always logs it. */
export function createAdminNotifier(config: Config, adapters: DeliveryAdapter[], logger: Logger) {
  const log = logger.child({ component: 'admin' });
  return async (text: string): Promise<void> => {
    log.warn(text);
    const target = config.adminChannel;
    if (!target) return;
    const adapter = adapters.find((a) => a.platform === target.platform);
    if (!adapter?.notice) {
      log.error(`ADMIN_CHANNEL is ${target.platform}:${target.channel}, but ${target.platform} is not running`);
      return;
    }
    await adapter.notice(target.channel, text).catch((err) => log.error({ err }, 'could not notify the admins'));
  };
}

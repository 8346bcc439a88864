// One configured @discordjs/rest client, and Discord failures → DeliveryError.
import { DiscordAPIError, HTTPError, RateLimitError, REST, type RateLimitData } from 'discord.js';
import { ConfigError, CredentialRejectedError, DeliveryError } from '../../core/errors.js';
import { scrubSecrets } from '../../core/secrets.js';

export interface RestOptions {
  apiUrl: string;
  token?: string;
  timeoutMs: number;
}

/**
 * Deliveries must not wait inside REST: the outbox worker owns retries and backoff, and a request
 * parked for a minute behind a rate limit would hold the whole drain. So: no retries of its own,
 * and a rate limit on channel or application routes throws RateLimitError at once. Interaction
 * webhooks (edits of a deferred reply) keep @discordjs/rest's waiting, since nobody else retries them.
 */
export function createRest(opts: RestOptions): REST {
  const rest = new REST({
    api: opts.apiUrl.replace(/\/+$/, ''),
    version: '10',
    retries: 0,
    timeout: opts.timeoutMs,
    offset: 0,
    rejectOnRateLimit: (data: RateLimitData) => !data.route.startsWith('/webhooks'),
  });
  if (opts.token) rest.setToken(opts.token);
  return rest;
}

const NAMED_CODES: Record<number, string> = {
  10003: 'Unknown Channel',
  10008: 'Unknown Message',
  10015: 'Unknown Webhook',
  50001: 'Missing Access',
  50013: 'Missing Permissions',
  50035: 'Invalid Form Body',
};

/** Retry-After wins over the bucket's reset; at least one second. */
function rateLimitSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Discord refused the bot token: fatal at start-up (the supervisor shows the platform as refused). */
export const refusedToken = (where: string) =>
  new ConfigError([`DISCORD_TOKEN: Discord refused the bot token (${where}); reset it in the Developer Portal (Bot → Reset Token) and set the new one`]);

/** Maps whatever a REST call threw to a DeliveryError whose message names the Discord error and never holds a token. */
export function toDeliveryError(err: unknown, what: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof RateLimitError) {
    return new DeliveryError(`Discord rate limit (429) on ${what}`, false, rateLimitSeconds(Math.max(err.retryAfter, err.timeToReset)));
  }
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : undefined;
    const name = code !== undefined ? NAMED_CODES[code] : undefined;
    const detail = `${err.status}${code !== undefined ? `, code ${code}` : ''}${name ? ` ${name}` : ''}`;
    const text = scrubSecrets(`Discord refused ${what} (${detail}): ${err.message}`);
    if (err.status === 429) {
      const raw = err.rawError as { retry_after?: number };
      return new DeliveryError(text, false, rateLimitSeconds((raw.retry_after ?? 1) * 1000));
    }
    if (err.status === 408 || err.status >= 500) return new DeliveryError(text, false);
    if (err.status === 401) return new CredentialRejectedError(`Discord rejected the bot token (401 Unauthorized) on ${what}`);
    return new DeliveryError(text, true);
  }
  if (err instanceof HTTPError) return new DeliveryError(`Discord server error on ${what} (${err.status} ${err.message})`, false);
  if (err instanceof Error) {
    // @discordjs/rest drops the token after a 401; later calls fail with this message.
    if (/Expected token to be set/i.test(err.message)) return new CredentialRejectedError(`Discord bot token missing or rejected earlier (401) on ${what}`);
    if (err.name === 'AbortError' || err.name === 'TimeoutError') return new DeliveryError(`Discord request timed out on ${what}`, false);
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
    return new DeliveryError(scrubSecrets(`Discord request failed on ${what}: ${cause ?? err.message}`), false);
  }
  return new DeliveryError(scrubSecrets(`Discord request failed on ${what}: ${String(err)}`), false);
}

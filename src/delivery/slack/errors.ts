// Slack Web API failures → DeliveryError: permanent when retrying cannot help, otherwise retryable.
import { webApi } from '@slack/bolt';
import { CredentialRejectedError, DeliveryError } from '../../core/errors.js';
import { scrubSecrets } from '../../core/secrets.js';

/** The token itself no longer works: the whole platform waits for a new one (CredentialRejectedError). */
const CREDENTIAL = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

/** Errors that will not go away by themselves: the channel or the app's scopes must change. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  'missing_scope',
  'restricted_action',
  'no_permission',
  'ekm_access_denied',
  'team_access_not_granted',
  'invalid_blocks',
  'invalid_metadata_format',
  'msg_too_long',
  'message_not_found',
  'cant_update_message',
  'edit_window_closed',
]);

const PERMANENT_HTTP = new Set([400, 403, 404, 410]);

/** The Slack error code of a platform error ("channel_not_found"), if it is one. */
export function slackErrorCode(err: unknown): string | undefined {
  return err instanceof webApi.WebAPIPlatformError ? err.data.error : undefined;
}

export function toDeliveryError(err: unknown, method: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof webApi.WebAPIRateLimitedError) {
    return new DeliveryError(`slack ${method}: rate limited (retry after ${err.retryAfter}s)`, false, err.retryAfter);
  }
  if (err instanceof webApi.WebAPIPlatformError) {
    const code = err.data.error;
    if (code === 'ratelimited' || code === 'rate_limited') {
      return new DeliveryError(`slack ${method}: ${code}`, false, 1);
    }
    if (CREDENTIAL.has(code)) return new CredentialRejectedError(`slack ${method}: ${code} (the bot token no longer works)`);
    return new DeliveryError(`slack ${method}: ${code}`, PERMANENT.has(code));
  }
  if (err instanceof webApi.WebAPIHTTPError) {
    const retryAfter = Number(err.headers['retry-after']);
    if (err.statusCode === 429) {
      return new DeliveryError(`slack ${method}: HTTP 429`, false, Number.isFinite(retryAfter) ? retryAfter : undefined);
    }
    if (err.statusCode === 401) return new CredentialRejectedError(`slack ${method}: HTTP 401 (the bot token no longer works)`);
    return new DeliveryError(`slack ${method}: HTTP ${err.statusCode}`, PERMANENT_HTTP.has(err.statusCode));
  }
  if (err instanceof webApi.WebAPIRequestError) {
    const original = err.original;
    const what = original.name === 'TimeoutError' || original.name === 'AbortError' ? 'timed out' : original.message;
    return new DeliveryError(scrubSecrets(`slack ${method}: request failed: ${what}`), false);
  }
  const message = err instanceof Error ? err.message : String(err);
  return new DeliveryError(scrubSecrets(`slack ${method}: ${message}`), false);
}

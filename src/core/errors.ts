// Errors that carry a user-facing message. Imports nothing (enforced by lint).

/** Bad configuration: every problem found, each one readable on its own. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Another process already works on the database (worker-lease.ts). */
export class DatabaseBusyError extends Error {
  constructor(readonly holder: string, readonly expiresAt: Date) {
    super(`another attache process works on this database (${holder}); stop it first. If it crashed, its lease runs out at ${expiresAt.toISOString()}.`);
    this.name = 'DatabaseBusyError';
  }
}

export type FetchErrorCode =
  | 'bad-url' // not http(s), unparsable, credentials in URL
  | 'blocked-address' // resolves to loopback/private/link-local/metadata and private hosts are not allowed
  | 'dns' // name does not resolve
  | 'connect' // refused, reset, TLS failure
  | 'timeout' // connect, headers or whole-body deadline passed
  | 'too-large' // body over the byte limit (counted after decompression)
  | 'too-many-redirects'
  | 'http-status'; // non-2xx, non-304 final status

export class FeedFetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly details: { status?: number; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

/** The body could not be read as RSS, Atom, RDF or JSON Feed. The message says why. */
export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}

/** A delivery attempt failed. Permanent failures stop retrying; the rest are retried with backoff. */
export class DeliveryError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DeliveryError';
  }
}

/**
 * The platform refused the bot's credential while running (token revoked or expired, app removed):
 * nothing is wrong with the brief or the channel, so nothing is failed or stopped; the platform
 * waits, its rows kept, until it is restarted with a working credential.
 */
export class CredentialRejectedError extends DeliveryError {
  constructor(message: string) {
    super(message, false);
    this.name = 'CredentialRejectedError';
  }
}

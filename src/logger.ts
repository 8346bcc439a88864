// pino: pretty on a terminal, JSON lines otherwise; secrets redacted by key and by pattern.
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { scrubSecrets } from './core/secrets.js';

export type { Logger } from 'pino';

const REDACT_PATHS = [
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.password',
  '*.apiKey',
  '*.authorization',
  '*.headers.authorization',
  '*.headers.cookie',
  'token',
  'password',
  'apiKey',
  'authorization',
];

function serializeError(err: unknown): Record<string, unknown> {
  const base = pino.stdSerializers.err(err as Error);
  return {
    ...base,
    message: scrubSecrets(String(base.message ?? '')),
    stack: base.stack ? scrubSecrets(base.stack) : undefined,
  };
}

export interface LoggerOptions {
  level: string;
  /** A stream of one's own (tests); otherwise stdout or stderr, pretty only on a terminal. */
  destination?: DestinationStream;
  stream?: 'stdout' | 'stderr';
  pretty?: boolean;
}

export function createLogger(opts: LoggerOptions): Logger {
  const fd = opts.stream === 'stderr' ? 2 : 1;
  const tty = (fd === 2 ? process.stderr : process.stdout).isTTY === true;
  const usePretty = opts.pretty ?? (opts.destination === undefined && tty);
  const destination =
    opts.destination ??
    (usePretty
      ? pretty({ colorize: tty, destination: fd, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' })
      : pino.destination({ fd, sync: true }));
  return pino(
    {
      level: opts.level,
      base: undefined,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        // Messages are scrubbed too: a token pasted into an error string must not reach the log.
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)) as typeof args;
          method.apply(this, scrubbed);
        },
      },
    },
    destination,
  );
}

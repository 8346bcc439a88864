// Environment → validated Config. Every problem is reported at once, by variable name.
import { z } from 'zod';
import { ConfigError } from './core/errors.js';
import { scrubSecrets } from './core/secrets.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const positiveInt = (what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${what} must be a positive whole number`)
    .transform(Number)
    .refine((n) => n > 0 && Number.isSafeInteger(n), `${what} must be a positive whole number`);

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''].includes(v), 'must be true or false')
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const databaseUrl = z
  .string()
  .trim()
  .refine(
    (v) => /^sqlite:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v),
    'unsupported database URL; use sqlite:PATH (e.g. sqlite:./data/attache.db) or postgres://user:pass@host/db',
  );

const envSchema = z.object({
  DATABASE_URL: databaseUrl.default('sqlite:./data/attache.db'),
  FEEDS_FILE: z.string().trim().min(1, 'must not be empty').optional(),
  POLL_INTERVAL_SECONDS: positiveInt('poll interval').default(300),
  POLL_CONCURRENCY: positiveInt('poll concurrency').default(4),
  FETCH_TIMEOUT_SECONDS: positiveInt('fetch timeout').default(20),
  FETCH_MAX_BYTES: positiveInt('fetch size limit').default(5 * 1024 * 1024),
  FEED_MAX_FAILURES: positiveInt('failure limit').default(20),
  FEED_ALLOW_PRIVATE_HOSTS: flag.default(false),
  PORT: positiveInt('port')
    .refine((n) => n <= 65535, 'port must be at most 65535')
    .default(8080),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
});

export type Config = {
  databaseUrl: string;
  feedsFile?: string;
  pollIntervalSeconds: number;
  pollConcurrency: number;
  fetchTimeoutMs: number;
  fetchMaxBytes: number;
  feedMaxFailures: number;
  allowPrivateHosts: boolean;
  port: number;
  logLevel: (typeof LOG_LEVELS)[number];
};

/** Reads the variables attache understands; empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(envSchema.shape)
      .map((k) => [k, env[k]] as const)
      .filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        return `${name}=${JSON.stringify(scrubSecrets(present[name] ?? ''))}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    feedsFile: e.FEEDS_FILE,
    pollIntervalSeconds: e.POLL_INTERVAL_SECONDS,
    pollConcurrency: e.POLL_CONCURRENCY,
    fetchTimeoutMs: e.FETCH_TIMEOUT_SECONDS * 1000,
    fetchMaxBytes: e.FETCH_MAX_BYTES,
    feedMaxFailures: e.FEED_MAX_FAILURES,
    allowPrivateHosts: e.FEED_ALLOW_PRIVATE_HOSTS,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
  };
}

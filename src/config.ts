// Environment → validated Config. Every problem is reported at once, by variable name.
import cron from 'node-cron';
import { z } from 'zod';
import { ConfigError } from './core/errors.js';
import { scrubSecrets } from './core/secrets.js';

const SECRET_VARIABLES = new Set(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN', 'LLM_API_KEY']);

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

const httpUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\/[^\s]+$/.test(v) && URL.canParse(v), 'must be an http(s) URL');

// Five fields only: a digest at a chosen second is never wanted, and the scheduler works in minutes.
const digestCron = z
  .string()
  .trim()
  .refine((v) => v.split(/\s+/).length === 5, {
    message: 'must be a cron expression of five fields (minute hour day-of-month month day-of-week), e.g. "0 8 * * *"',
    abort: true,
  })
  .refine((v) => cron.validate(v), 'must be a valid cron expression, e.g. "0 8 * * *" for 08:00 every day');

const timezone = z
  .string()
  .trim()
  .refine((v) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: v });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone, e.g. UTC, Europe/Berlin or America/New_York');

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
  SLACK_BOT_TOKEN: z.string().trim().regex(/^xoxb-/, 'must be a bot token starting with xoxb-').optional(),
  SLACK_SIGNING_SECRET: z.string().trim().optional(),
  SLACK_APP_TOKEN: z.string().trim().regex(/^xapp-/, 'must be an app-level token starting with xapp-').optional(),
  SLACK_API_URL: httpUrl.default('https://slack.com/api/'),
  DISCORD_TOKEN: z.string().trim().optional(),
  DISCORD_APPLICATION_ID: z.string().trim().regex(/^\d{5,25}$/, 'must be the numeric application id').optional(),
  DISCORD_PUBLIC_KEY: z.string().trim().regex(/^[0-9a-fA-F]{64}$/, 'must be the 64-character hex public key').optional(),
  DISCORD_API_URL: httpUrl.default('https://discord.com/api'),
  DISCORD_GUILD_ID: z.string().trim().regex(/^\d{5,25}$/, 'must be a numeric guild id').optional(),
  ADMIN_USER_IDS: z.string().optional(),
  ADMIN_CHANNEL: z.string().trim().regex(/^(slack|discord|console):\S+$/, 'must look like slack:C0123, discord:123456 or console:stdout').optional(),
  DIGEST_CRON: digestCron.default('0 8 * * *'),
  DIGEST_TIMEZONE: timezone.default('UTC'),
  LLM_BASE_URL: httpUrl.optional(),
  LLM_API_KEY: z.string().trim().optional(),
  LLM_MODEL: z.string().trim().max(200, 'must be a model name of at most 200 characters').optional(),
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
  /** Slack runs when a bot token is set: HTTP mode with a signing secret, Socket Mode with an app token. */
  slack?: { botToken: string; signingSecret?: string; appToken?: string; apiUrl: string };
  /** Discord runs when a public key (HTTP interactions) or a token (gateway) is set. */
  discord?: { token?: string; applicationId?: string; publicKey?: string; apiUrl: string; guildId?: string };
  /** Users who are admins whatever the platform says, as "platform:userId" or a bare id. */
  adminUserIds: string[];
  /** Where operational notices go, e.g. { platform: 'slack', channel: 'C0123' }. */
  adminChannel?: { platform: 'slack' | 'discord' | 'console'; channel: string };
  /** When digest subscriptions are posted (node-cron, five fields); weekly ones only on the Monday runs. */
  digestCron: string;
  /** IANA time zone the digest schedule and its days are read in. */
  digestTimezone: string;
  /** A model behind an OpenAI-compatible API writes the briefs' prose when set; offline otherwise. */
  llm?: { baseUrl: string; apiKey: string; model: string };
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
        const shown = SECRET_VARIABLES.has(name) ? '(hidden)' : JSON.stringify(scrubSecrets(present[name] ?? ''));
        return `${name}=${shown}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const problems = platformProblems(e);
  if (problems.length > 0) throw new ConfigError(problems);
  const [adminPlatform, ...adminRest] = (e.ADMIN_CHANNEL ?? '').split(':');
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
    slack: e.SLACK_BOT_TOKEN
      ? { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, appToken: e.SLACK_APP_TOKEN, apiUrl: e.SLACK_API_URL }
      : undefined,
    discord:
      e.DISCORD_TOKEN || e.DISCORD_PUBLIC_KEY
        ? {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            publicKey: e.DISCORD_PUBLIC_KEY,
            apiUrl: e.DISCORD_API_URL,
            guildId: e.DISCORD_GUILD_ID,
          }
        : undefined,
    adminUserIds: (e.ADMIN_USER_IDS ?? '').split(/[\s,]+/).filter(Boolean),
    adminChannel: e.ADMIN_CHANNEL
      ? { platform: adminPlatform as 'slack' | 'discord' | 'console', channel: adminRest.join(':') }
      : undefined,
    digestCron: e.DIGEST_CRON,
    digestTimezone: e.DIGEST_TIMEZONE,
    llm: e.LLM_BASE_URL && e.LLM_API_KEY && e.LLM_MODEL ? { baseUrl: e.LLM_BASE_URL, apiKey: e.LLM_API_KEY, model: e.LLM_MODEL } : undefined,
  };
}

/** Combinations that cannot work, named by what to set. */
function platformProblems(e: z.infer<typeof envSchema>): string[] {
  const problems: string[] = [];
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    problems.push('SLACK_BOT_TOKEN is set: also set SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)');
  }
  if (!e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)) {
    problems.push('SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set without SLACK_BOT_TOKEN: Slack needs the bot token (xoxb-…) to post');
  }
  if (e.DISCORD_PUBLIC_KEY && !e.DISCORD_APPLICATION_ID) {
    problems.push('DISCORD_PUBLIC_KEY is set: also set DISCORD_APPLICATION_ID (needed to answer interactions)');
  }
  if (e.DISCORD_PUBLIC_KEY && !e.DISCORD_TOKEN) {
    problems.push('DISCORD_PUBLIC_KEY is set: also set DISCORD_TOKEN (the bot token, needed to post briefs)');
  }
  const llm = (['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'] as const).filter((k) => e[k]);
  if (llm.length > 0 && llm.length < 3) {
    const missing = (['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'] as const).filter((k) => !e[k]);
    problems.push(`${llm.join(' and ')} ${llm.length === 1 ? 'is' : 'are'} set: also set ${missing.join(' and ')} (a model writes briefs only with all three; unset them all for offline briefs)`);
  }
  return problems;
}

import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/core/errors.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs on the embedded default with no variables at all', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe('sqlite:./data/attache.db');
    expect(c.pollIntervalSeconds).toBe(300);
    expect(c.port).toBe(8080);
    expect(c.allowPrivateHosts).toBe(false);
    expect(c.feedsFile).toBeUndefined();
  });

  it('reads every variable it understands', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/attache',
      FEEDS_FILE: 'my-feeds.yaml',
      POLL_INTERVAL_SECONDS: '60',
      PORT: '9000',
      LOG_LEVEL: 'debug',
      FEED_ALLOW_PRIVATE_HOSTS: 'true',
    });
    expect(c).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5432/attache',
      feedsFile: 'my-feeds.yaml',
      pollIntervalSeconds: 60,
      port: 9000,
      logLevel: 'debug',
      allowPrivateHosts: true,
    });
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' }).port).toBe(8080);
  });

  it('names every problem at once, by variable', () => {
    const problems = problemsOf({
      DATABASE_URL: 'mysql://localhost/x',
      POLL_INTERVAL_SECONDS: '-5',
      PORT: '70000',
      LOG_LEVEL: 'loud',
      FEED_ALLOW_PRIVATE_HOSTS: 'maybe',
    });
    expect(problems).toHaveLength(5);
    expect(problems.find((p) => p.startsWith('DATABASE_URL'))).toMatch(/unsupported database URL.*sqlite:/);
    expect(problems.find((p) => p.startsWith('POLL_INTERVAL_SECONDS'))).toMatch(/positive whole number/);
    expect(problems.find((p) => p.startsWith('PORT'))).toMatch(/65535/);
    expect(problems.find((p) => p.startsWith('LOG_LEVEL'))).toMatch(/one of/);
    expect(problems.find((p) => p.startsWith('FEED_ALLOW_PRIVATE_HOSTS'))).toMatch(/true or false/);
  });

  it('rejects zero and fractional intervals', () => {
    expect(problemsOf({ POLL_INTERVAL_SECONDS: '0' })[0]).toMatch(/POLL_INTERVAL_SECONDS/);
    expect(problemsOf({ POLL_INTERVAL_SECONDS: '1.5' })[0]).toMatch(/POLL_INTERVAL_SECONDS/);
  });

  it('never echoes a password from a bad database URL', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'mysql://admin:hunter2secret@db/x' });
    expect(problem).not.toContain('hunter2secret');
  });
});

describe('platform configuration', () => {
  it('turns Slack and Discord on from their variables', () => {
    const c = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test-1',
      SLACK_SIGNING_SECRET: 'sec',
      SLACK_API_URL: 'http://127.0.0.1:4000/api/',
      DISCORD_TOKEN: 'discord-token',
      DISCORD_APPLICATION_ID: '123456789012345678',
      DISCORD_PUBLIC_KEY: 'a'.repeat(64),
      ADMIN_USER_IDS: 'U1, slack:U2 discord:42',
      ADMIN_CHANNEL: 'slack:C0ADMIN',
    });
    expect(c.slack).toEqual({ botToken: 'xoxb-test-1', signingSecret: 'sec', appToken: undefined, apiUrl: 'http://127.0.0.1:4000/api/' });
    expect(c.discord).toMatchObject({ token: 'discord-token', publicKey: 'a'.repeat(64), apiUrl: 'https://discord.com/api' });
    expect(c.adminUserIds).toEqual(['U1', 'slack:U2', 'discord:42']);
    expect(c.adminChannel).toEqual({ platform: 'slack', channel: 'C0ADMIN' });
  });

  it('stays console-only with no tokens', () => {
    const c = loadConfig({});
    expect(c.slack).toBeUndefined();
    expect(c.discord).toBeUndefined();
  });

  it('says what is missing for a half-configured platform, without echoing tokens', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: 'xoxb-only-token-123456', DISCORD_PUBLIC_KEY: 'b'.repeat(64) });
    expect(problems.join('\n')).toMatch(/SLACK_SIGNING_SECRET.*SLACK_APP_TOKEN/);
    expect(problems.join('\n')).toMatch(/DISCORD_APPLICATION_ID/);
    expect(problems.join('\n')).not.toContain('xoxb-only-token-123456');
    const [bad] = problemsOf({ SLACK_BOT_TOKEN: 'not-a-slack-token-secret', SLACK_SIGNING_SECRET: 's' });
    expect(bad).toMatch(/^SLACK_BOT_TOKEN=\(hidden\): must be a bot token/);
    expect(bad).not.toContain('not-a-slack-token-secret');
  });

  it('reads the digest schedule: 08:00 UTC by default, any five-field cron and IANA zone otherwise', () => {
    expect(loadConfig({})).toMatchObject({ digestCron: '0 8 * * *', digestTimezone: 'UTC' });
    expect(loadConfig({ DIGEST_CRON: ' 30 7 * * 1-5 ', DIGEST_TIMEZONE: 'Europe/Berlin' })).toMatchObject({
      digestCron: '30 7 * * 1-5',
      digestTimezone: 'Europe/Berlin',
    });
  });

  it('explains a bad DIGEST_CRON or DIGEST_TIMEZONE, one problem each', () => {
    expect(problemsOf({ DIGEST_CRON: '61 8 * * *' })).toEqual([expect.stringMatching(/^DIGEST_CRON="61 8 \* \* \*": must be a valid cron expression, e.g. "0 8 \* \* \*"/)]);
    expect(problemsOf({ DIGEST_CRON: 'every morning' })).toEqual([expect.stringMatching(/^DIGEST_CRON="every morning": must be a cron expression of five fields/)]);
    expect(problemsOf({ DIGEST_CRON: '0 0 8 * * *' })).toEqual([expect.stringMatching(/five fields \(minute hour day-of-month month day-of-week\)/)]);
    expect(problemsOf({ DIGEST_TIMEZONE: 'Mars/Olympus' })).toEqual([
      'DIGEST_TIMEZONE="Mars/Olympus": must be an IANA time zone, e.g. UTC, Europe/Berlin or America/New_York',
    ]);
    expect(problemsOf({ DIGEST_CRON: '* * *', DIGEST_TIMEZONE: 'nowhere', PORT: '0' })).toHaveLength(3);
  });
});

describe('model (LLM) configuration', () => {
  const key = 'llm-secret-key-3c9e7a1b';

  it('writes briefs offline unless all three LLM variables are set', () => {
    expect(loadConfig({}).llm).toBeUndefined();
    expect(loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_API_KEY: key, LLM_MODEL: 'llama3.1' }).llm).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: key,
      model: 'llama3.1',
    });
  });

  it('names what is missing from a partial set, without echoing the key', () => {
    const [problem, ...rest] = problemsOf({ LLM_API_KEY: key, LLM_MODEL: 'gpt-4o-mini' });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^LLM_API_KEY and LLM_MODEL are set: also set LLM_BASE_URL/);
    expect(problem).not.toContain(key);
    expect(problemsOf({ LLM_BASE_URL: 'https://api.openai.com/v1' })[0]).toMatch(/also set LLM_API_KEY and LLM_MODEL/);
  });

  it('rejects a base URL that is not http(s), and hides the key among other problems', () => {
    const problems = problemsOf({ LLM_BASE_URL: 'ftp://models.example', LLM_API_KEY: key, LLM_MODEL: 'm', PORT: '0' });
    expect(problems.find((p) => p.startsWith('LLM_BASE_URL'))).toMatch(/must be an http\(s\) URL/);
    expect(problems.join('\n')).not.toContain(key);
  });
});

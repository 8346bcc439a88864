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

// Bolt, the Web API client and the Socket Mode client log through pino, so their lines are scrubbed and redacted too.
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import { scrubSecrets } from '../../core/secrets.js';
import type { Logger } from '../../logger.js';

function line(parts: unknown[]): string {
  return scrubSecrets(parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' '));
}

export function slackLogger(logger: Logger, name = 'slack-sdk'): SlackLogger {
  let log = logger.child({ component: name });
  return {
    debug: (...msg: unknown[]) => log.debug(line(msg)),
    info: (...msg: unknown[]) => log.info(line(msg)),
    warn: (...msg: unknown[]) => log.warn(line(msg)),
    error: (...msg: unknown[]) => log.error(line(msg)),
    // Our LOG_LEVEL decides; the SDKs asking for another level is ignored.
    setLevel: () => undefined,
    getLevel: () => {
      const level = log.level;
      if (level === 'trace' || level === 'debug') return LogLevel.DEBUG;
      if (level === 'info') return LogLevel.INFO;
      if (level === 'warn') return LogLevel.WARN;
      return LogLevel.ERROR;
    },
    setName: (n: string) => {
      log = logger.child({ component: n });
    },
  };
}

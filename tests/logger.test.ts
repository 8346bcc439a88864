import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, destination: destination as unknown as NodeJS.WritableStream & { write(s: string): boolean } };
}

const SLACK = 'xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx';
const DISCORD = 'MTA5ODc2NTQzMjEwOTg3NjU0.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('logger', () => {
  it('redacts secrets by key, inside messages and inside errors', async () => {
    const { lines, destination } = capture();
    const log = createLogger({ level: 'info', destination, pretty: false });
    log.info({ token: SLACK, config: { signingSecret: 'abc123signing' } }, 'starting');
    log.warn(`slack said invalid_auth for ${SLACK}`);
    log.error({ err: new Error(`discord rejected Bot ${DISCORD}`) }, 'login failed');
    log.info({ url: 'postgres://attache:pa55word@db/attache' }, 'db');
    await new Promise((r) => setImmediate(r));
    const all = lines.join('\n');
    expect(lines).toHaveLength(4);
    expect(all).not.toContain(SLACK);
    expect(all).not.toContain(DISCORD);
    expect(all).not.toContain('abc123signing');
    expect(all).toContain('redacted');
    expect(all).toContain('login failed');
    // Plain fields keep working: the structure is still JSON lines.
    expect(JSON.parse(lines[1]!).msg).toContain('slack said invalid_auth');
  });
});

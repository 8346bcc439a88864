// Runs one of the project's entry points as a real process (through tsx), collecting its output.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
  /** Resolves when the output matches, rejects after the timeout with what was seen. */
  waitFor(stream: 'stdout' | 'stderr', pattern: RegExp, timeoutMs?: number): Promise<void>;
}

export function run(script: string, args: string[], env: Record<string, string>, input?: string): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  if (input !== undefined) child.stdin!.end(input);
  else child.stdin!.end();
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exit,
    waitFor(stream, pattern, timeoutMs = 15_000) {
      const read = () => (stream === 'stdout' ? out : err);
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = setInterval(() => {
          if (pattern.test(read())) {
            clearInterval(check);
            resolve();
          } else if (Date.now() - started > timeoutMs) {
            clearInterval(check);
            reject(new Error(`timed out waiting for ${pattern} on ${stream}; stdout:\n${out}\nstderr:\n${err}`));
          }
        }, 50);
      });
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

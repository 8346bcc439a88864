// `npm start`: the long-running bot.
import { createApp } from './app.js';
import { createLogger } from './logger.js';
import { exitOnError, loadStartup } from './startup.js';

async function main() {
  const { config, catalogue } = await loadStartup().catch(exitOnError);
  // Briefs go to stdout; logs go to stderr so a pipe of stdout carries briefs only.
  const logger = createLogger({ level: config.logLevel, stream: 'stderr' });
  const app = await createApp({
    config,
    logger,
    catalogue,
    consoleOut: process.stdout,
    consoleFormat: process.stdout.isTTY ? 'text' : 'json',
    onLeaseLost: () => {
      logger.flush();
      process.exit(1);
    },
  });
  const port = await app.start().catch(exitOnError);
  logger.info({ port, feeds: catalogue.length }, `attache running: ${catalogue.length} feeds, http://localhost:${port}/healthz`);

  let signals = 0;
  const shutdown = (signal: string) => {
    signals += 1;
    if (signals > 1) {
      logger.warn(`second ${signal}: exiting now`);
      process.exit(130);
    }
    logger.info(`${signal} received: finishing in-flight work`);
    app
      .stop()
      .then(() => {
        logger.info('stopped cleanly');
        logger.flush();
        process.exit(0);
      })
      .catch((err) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch(exitOnError);

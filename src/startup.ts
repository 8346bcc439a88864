// Reads configuration and the feed catalogue together, so start-up reports every problem at once.
import { loadConfig, type Config } from './config.js';
import { ConfigError } from './core/errors.js';
import { scrubSecrets } from './core/secrets.js';
import type { FeedDefinition } from './core/types.js';
import { DEFAULT_CATALOGUE_PATH, loadCatalogue } from './pipeline/catalogue.js';

export interface Startup {
  config: Config;
  catalogue: FeedDefinition[];
}

export async function loadStartup(env: Record<string, string | undefined> = process.env): Promise<Startup> {
  const problems: string[] = [];
  let config: Config | undefined;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems);
  }
  let catalogue: FeedDefinition[] = [];
  const feedsFile = env.FEEDS_FILE?.trim() || DEFAULT_CATALOGUE_PATH;
  try {
    catalogue = await loadCatalogue(feedsFile);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(...err.problems.map((p) => `FEEDS_FILE: ${p}`));
  }
  if (problems.length > 0 || !config) throw new ConfigError(problems);
  return { config, catalogue };
}

/** Prints a start-up error the way a person wants to read it (no stack), then exits: 2 for configuration, 1 otherwise. */
export function exitOnError(err: unknown): never {
  if (err instanceof ConfigError) {
    process.stderr.write(`attache: ${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`attache: ${scrubSecrets(err instanceof Error ? err.message : String(err))}\n`);
  process.exit(1);
}

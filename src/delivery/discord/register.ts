// CLI: registers /brief with Discord, globally or for one guild (instant, for testing).
//   DISCORD_TOKEN=… DISCORD_APPLICATION_ID=… [DISCORD_GUILD_ID=…] [DISCORD_API_URL=…] tsx src/delivery/discord/register.ts
import { pathToFileURL } from 'node:url';
import { Routes } from 'discord.js';
import type { CommandDefinition } from '../../bot/command.js';
import { scrubSecrets } from '../../core/secrets.js';
import { buildCommandJson } from './commands-json.js';
import { createRest, toDeliveryError } from './rest.js';

export interface RegisterIO {
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Settings {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl: string;
}

/** Every problem with the environment, readable on its own; never echoes the token. */
export function readSettings(env: Record<string, string | undefined>): Settings | { problems: string[] } {
  const get = (name: string) => env[name]?.trim() || undefined;
  const problems: string[] = [];
  const token = get('DISCORD_TOKEN');
  const applicationId = get('DISCORD_APPLICATION_ID');
  const guildId = get('DISCORD_GUILD_ID');
  const apiUrl = get('DISCORD_API_URL') ?? 'https://discord.com/api';
  if (!token) problems.push('DISCORD_TOKEN is not set: the bot token from the Developer Portal (Bot → Reset Token)');
  if (!applicationId) problems.push('DISCORD_APPLICATION_ID is not set: the application id from the Developer Portal (General Information)');
  else if (!/^\d{5,25}$/.test(applicationId)) problems.push(`DISCORD_APPLICATION_ID=${JSON.stringify(applicationId)}: must be the numeric application id`);
  if (guildId && !/^\d{5,25}$/.test(guildId)) problems.push(`DISCORD_GUILD_ID=${JSON.stringify(guildId)}: must be a numeric guild id`);
  if (!/^https?:\/\/\S+$/.test(apiUrl) || !URL.canParse(apiUrl)) problems.push(`DISCORD_API_URL=${JSON.stringify(apiUrl)}: must be an http(s) URL`);
  if (problems.length > 0 || !token || !applicationId) return { problems };
  return { token, applicationId, guildId, apiUrl };
}

/** Exit code: 0 done, 1 Discord refused or could not be reached, 2 bad environment. */
export async function registerCommands(io: RegisterIO, loadDefinitions: () => Promise<readonly CommandDefinition<unknown>[]>): Promise<number> {
  const settings = readSettings(io.env);
  if ('problems' in settings) {
    io.err('Cannot register the Discord commands:');
    for (const p of settings.problems) io.err(`  - ${p}`);
    return 2;
  }
  const command = buildCommandJson(await loadDefinitions());
  const route = settings.guildId
    ? Routes.applicationGuildCommands(settings.applicationId, settings.guildId)
    : Routes.applicationCommands(settings.applicationId);
  const where = settings.guildId ? `guild ${settings.guildId} (available at once)` : 'globally (every server the bot is in)';
  const rest = createRest({ apiUrl: settings.apiUrl, token: settings.token, timeoutMs: 15_000 });
  try {
    const result = (await rest.put(route, { body: [command] })) as Array<{ id?: string; name?: string }>;
    const names = command.options.map((o) => (o.options ? `${o.name} (${o.options.map((s) => s.name).join('|')})` : o.name));
    io.out(`Registered /${command.name} ${where} for application ${settings.applicationId}.`);
    io.out(`  subcommands: ${names.join(', ')}`);
    io.out(`  Discord answered with ${Array.isArray(result) ? result.length : 0} command(s)${result[0]?.id ? `; /${command.name} has id ${result[0].id}` : ''}.`);
    return 0;
  } catch (err) {
    io.err(scrubSecrets(`Registration failed: ${toDeliveryError(err, `PUT ${route}`).message}`).replaceAll(settings.token, '[redacted]'));
    return 1;
  }
}

async function main(): Promise<void> {
  const code = await registerCommands(
    { env: process.env, out: (l) => console.log(l), err: (l) => console.error(l) },
    async () => {
      const { loadCommandDefinitions } = await import('./definitions.js');
      return loadCommandDefinitions();
    },
  );
  process.exitCode = code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(scrubSecrets(`Registration failed: ${err instanceof Error ? err.message : String(err)}`));
    process.exitCode = 1;
  });
}

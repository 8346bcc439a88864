// Gateway mode (token only): a discord.js client receives interactions over the websocket.
import { Client, DiscordjsErrorCodes, Events, GatewayCloseCodes, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import { ConfigError } from '../../core/errors.js';
import type { DiscordMessage } from './render.js';
import { autocompleteChoices, describe, handleCommand, type HandlerDeps, type InteractionInput, type OptionLike } from './interactions.js';
import { refusedToken } from './rest.js';

export interface GatewayOptions extends HandlerDeps {
  token: string;
  apiUrl: string;
  requestTimeoutMs: number;
  /** One login attempt gives up (and is retried later) when READY has not come by then. */
  readyTimeoutMs: number;
}

/** A failed login: ConfigError (fatal at start-up) when Discord refused the token, otherwise a one-line outage reason. */
function loginError(err: unknown): Error {
  if (err instanceof ConfigError) return err;
  if ((err as { code?: unknown }).code === DiscordjsErrorCodes.TokenInvalid) return refusedToken('401 Unauthorized at gateway login');
  // discord.js puts no token in its errors, but describe() scrubs anyway: this message reaches the console.
  return new Error(`Discord gateway login failed: ${describe(err)}`);
}

function toInput(interaction: Interaction): InteractionInput | undefined {
  if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return undefined;
  return {
    options: interaction.options.data as readonly OptionLike[],
    channelId: interaction.channelId ?? '',
    guildId: interaction.guildId ?? undefined,
    userId: interaction.user.id,
    memberPermissions: interaction.memberPermissions ? String(interaction.memberPermissions.bitfield) : undefined,
  };
}

function toPayload(message: DiscordMessage) {
  return { content: message.content ?? '', embeds: message.embeds, allowedMentions: { parse: [] } };
}

export function createGateway(opts: GatewayOptions) {
  const log = opts.logger.child({ component: 'discord-gateway' });
  const running = new Set<Promise<void>>();
  let client: Client | undefined;

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return;
    const input = toInput(interaction);
    if (!input || interaction.commandName !== 'brief') return;
    if (interaction.isAutocomplete()) {
      await interaction.respond(autocompleteChoices(input, opts.runner));
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    await handleCommand(
      input,
      {
        async defer(ephemeral) {
          await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
        },
        async edit(message) {
          await interaction.editReply(toPayload(message));
        },
        async replaceWithEphemeral(message) {
          await interaction.deleteReply();
          await interaction.followUp({ ...toPayload(message), flags: MessageFlags.Ephemeral });
        },
      },
      opts,
    );
  }

  /** The client of the login attempt in progress, and a way to cut it short. */
  let attempt: { client: Client; cancel: (err: Error) => void } | undefined;

  return {
    async start(): Promise<void> {
      const c = new Client({
        intents: [GatewayIntentBits.Guilds],
        allowedMentions: { parse: [] },
        rest: { api: opts.apiUrl.replace(/\/+$/, ''), timeout: opts.requestTimeoutMs },
      });
      c.on(Events.InteractionCreate, (interaction) => {
        const work = onInteraction(interaction).catch((err) => log.warn(`interaction failed: ${describe(err)}`));
        running.add(work);
        void work.finally(() => running.delete(work));
      });
      c.on(Events.Error, (err) => log.error(`gateway error: ${describe(err)}`));
      let cancel: (err: Error) => void = () => undefined;
      const cancelled = new Promise<never>((_resolve, reject) => (cancel = reject));
      attempt = { client: c, cancel };
      const ready = new Promise<void>((resolve, reject) => {
        c.once(Events.ClientReady, () => resolve());
        // Close codes discord.js does not recover from end the attempt at once instead of at the timeout.
        c.on(Events.ShardDisconnect, (event) => {
          if (event.code === GatewayCloseCodes.AuthenticationFailed) reject(refusedToken('gateway close code 4004'));
          else reject(new Error(`Discord gateway closed the connection (code ${event.code})`));
        });
      });
      const timer = setTimeout(() => cancel(new Error(`no READY from the Discord gateway within ${Math.round(opts.readyTimeoutMs / 1000)}s`)), opts.readyTimeoutMs);
      try {
        await Promise.race([Promise.all([c.login(opts.token), ready]), cancelled]);
      } catch (err) {
        await c.destroy();
        throw loginError(err);
      } finally {
        clearTimeout(timer);
        if (attempt?.client === c) attempt = undefined;
      }
      // Reconnects and resumes are discord.js's business; a close it gives up on leaves the bot deaf, so say so.
      c.removeAllListeners(Events.ShardDisconnect);
      c.on(Events.ShardDisconnect, (event) => log.error(`Discord gateway connection lost for good (close code ${event.code}); restart attache`));
      client = c;
      log.info({ user: c.user?.tag }, 'connected to the Discord gateway');
    },
    async stop(): Promise<void> {
      attempt?.cancel(new Error('stopped while connecting to the Discord gateway'));
      const c = client;
      client = undefined;
      c?.removeAllListeners(Events.InteractionCreate);
      await Promise.allSettled([...running]);
      if (c) await c.destroy();
    },
  };
}

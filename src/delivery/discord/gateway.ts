// Gateway mode (token only): a discord.js client receives interactions over the websocket.
import { Client, Events, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import type { DiscordMessage } from './render.js';
import { autocompleteChoices, describe, handleCommand, type HandlerDeps, type InteractionInput, type OptionLike } from './interactions.js';

export interface GatewayOptions extends HandlerDeps {
  token: string;
  apiUrl: string;
  requestTimeoutMs: number;
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
      const ready = new Promise<void>((resolve) => c.once(Events.ClientReady, () => resolve()));
      try {
        await c.login(opts.token);
        await ready;
      } catch (err) {
        await c.destroy();
        // discord.js puts no token in its errors, but scrub anyway: this message reaches the console.
        throw new Error(`Discord gateway login failed: ${describe(err)}`);
      }
      client = c;
      log.info({ user: c.user?.tag }, 'connected to the Discord gateway');
    },
    async stop(): Promise<void> {
      const c = client;
      client = undefined;
      c?.removeAllListeners(Events.InteractionCreate);
      await Promise.allSettled([...running]);
      if (c) await c.destroy();
    },
  };
}

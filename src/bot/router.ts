/**
 * The one interaction router: slash commands, message context menus, autocomplete, buttons / select menus
 * (custom_id `<commandName>:...`) and modals. Checks run first (guild-only, permissions, cooldown); the
 * command is deferred when it asks; success, denial and error are all reported here, in one place.
 */
import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandType,
  type AutocompleteInteraction,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import { UserError } from '../lib/article.ts';
import { respondChoices, respondPrivately, safeReply } from '../render/safe.ts';
import { type Check, cooldown, guildOnly, memberPermissions, runChecks } from './checks.ts';
import { createRegistry, type Registry } from './registry.ts';
import type { BotContext, Command, CommandInteraction, ComponentInteraction } from './types.ts';

export const STORE_UNAVAILABLE_MESSAGE =
  'Storage is unavailable right now, so I cannot do that. Please try again shortly.';

export interface RouterOptions {
  commands: readonly Command[];
  ctx: BotContext;
  /** Checks for commands, run in order (default: guild-only, member permissions, cooldown). */
  checks?: readonly Check[];
  /** Checks for buttons, select menus and modals (default: guild-only, member permissions). */
  componentChecks?: readonly Check[];
  /** Clock (tests). */
  now?: () => number;
}

export interface Router {
  readonly registry: Registry;
  /** Handles one interaction completely; never throws. */
  handle(interaction: Interaction): Promise<void>;
}

type Kind = 'command' | 'autocomplete' | 'component' | 'modal';

/** A store outage, whichever copy of the store module threw it. */
export function isStoreUnavailable(err: unknown): boolean {
  return (
    err instanceof Error &&
    (err.name === 'StoreUnavailableError' || err.constructor?.name === 'StoreUnavailableError')
  );
}

function newRef(): string {
  return randomBytes(4).toString('hex').toUpperCase();
}

function describe(interaction: Interaction, kind: Kind, name: string | undefined) {
  return {
    interactionId: interaction.id,
    kind,
    command: name,
    customId:
      interaction.isMessageComponent() || interaction.isModalSubmit() ? interaction.customId : undefined,
    userId: interaction.user.id,
    guildId: interaction.guildId ?? undefined,
    channelId: interaction.channelId ?? undefined,
  };
}

export function createRouter(opts: RouterOptions): Router {
  const registry = createRegistry(opts.commands);
  const checks = opts.checks ?? [guildOnly, memberPermissions, cooldown()];
  // Components and modals get the guild and permission checks, not the cooldown (that is charged per command).
  const componentChecks = opts.componentChecks ?? [guildOnly, memberPermissions];
  const now = opts.now ?? Date.now;
  const ctx: BotContext = { ...opts.ctx, commands: registry.commands };
  const log = ctx.log;

  async function fail(interaction: RepliableInteraction, kind: Kind, name: string | undefined, err: unknown) {
    const where = describe(interaction, kind, name);
    let text: string;
    if (isStoreUnavailable(err)) {
      text = STORE_UNAVAILABLE_MESSAGE;
      log.warn({ ...where, err }, 'store unavailable during interaction');
    } else if (err instanceof UserError) {
      text = err.message;
      log.info({ ...where, reason: err.message }, 'user error');
    } else {
      const ref = newRef();
      text = `Sorry, something went wrong on my side. If it keeps happening, tell the bot's operator this reference: ${ref}.`;
      log.error({ ...where, ref, err }, 'interaction handler failed');
    }
    await tell(interaction, text, where);
  }

  async function tell(interaction: RepliableInteraction, text: string, where: object) {
    try {
      await respondPrivately(interaction, text);
    } catch (err) {
      log.warn({ ...where, err }, 'could not send the reply (interaction expired or already answered?)');
    }
  }

  async function runCommand(interaction: CommandInteraction) {
    const type = interaction.isChatInputCommand()
      ? ApplicationCommandType.ChatInput
      : interaction.commandType;
    const command = registry.byInteraction(type, interaction.commandName);
    if (!command) {
      log.warn(describe(interaction, 'command', interaction.commandName), 'unknown command');
      const label =
        type === ApplicationCommandType.ChatInput ? `/${interaction.commandName}` : interaction.commandName;
      await tell(
        interaction,
        `Unknown command ${label}: this bot does not have it (any more). Try /help for the list.`,
        describe(interaction, 'command', interaction.commandName),
      );
      return;
    }
    const verdict = runChecks(checks, interaction, command, now());
    if (!verdict.ok) {
      log.info(
        { ...describe(interaction, 'command', command.data.name), check: verdict.check },
        'check denied',
      );
      await tell(interaction, verdict.reason, describe(interaction, 'command', command.data.name));
      return;
    }
    try {
      if (command.defer) {
        await interaction.deferReply(command.defer === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
      }
      await command.execute(interaction, ctx);
      await unanswered(interaction, 'command', command.data.name);
    } catch (err) {
      await fail(interaction, 'command', command.data.name, err);
    }
  }

  /**
   * A handler that returned without acknowledging the interaction would make Discord show "The application
   * did not respond": acknowledge it (a component's message is left as it is). Deferred interactions are
   * left alone: a follow-up may already have replaced the deferred reply.
   */
  async function unanswered(interaction: RepliableInteraction, kind: Kind, name: string) {
    if (interaction.replied || interaction.deferred) return;
    const where = describe(interaction, kind, name);
    log.warn(where, 'handler returned without answering');
    try {
      if (interaction.isMessageComponent() || (interaction.isModalSubmit() && interaction.isFromMessage())) {
        await interaction.deferUpdate();
      } else {
        await interaction.reply(safeReply('Done.', { ephemeral: true }));
      }
    } catch (err) {
      log.warn({ ...where, err }, 'could not acknowledge the interaction');
    }
  }

  async function runAutocomplete(interaction: AutocompleteInteraction) {
    const command = registry.byInteraction(ApplicationCommandType.ChatInput, interaction.commandName);
    const where = describe(interaction, 'autocomplete', interaction.commandName);
    if (!command?.autocomplete) {
      log.warn(where, command ? 'autocomplete without a handler' : 'autocomplete for an unknown command');
    } else if (command.guildOnly && !interaction.inGuild()) {
      // No suggestions outside a server for a server-only command.
    } else {
      try {
        await command.autocomplete(interaction, ctx);
      } catch (err) {
        if (isStoreUnavailable(err)) log.warn({ ...where, err }, 'store unavailable during autocomplete');
        else log.error({ ...where, err }, 'autocomplete handler failed');
      }
    }
    // Discord shows "loading options failed" when nothing is sent; an empty list reads better.
    try {
      await respondChoices(interaction, []);
    } catch (err) {
      log.debug({ ...where, err }, 'autocomplete already answered or expired');
    }
  }

  async function runComponent(interaction: ComponentInteraction | ModalSubmitInteraction) {
    const kind: Kind = interaction.isModalSubmit() ? 'modal' : 'component';
    const command = registry.byCustomId(interaction.customId);
    const name = command?.data.name;
    if (!command || !(interaction.isModalSubmit() ? command.modal : command.component)) {
      log.warn(describe(interaction, kind, name), `unknown ${kind}`);
      await tell(
        interaction,
        'This button or form belongs to something I no longer handle. Run the command again.',
        describe(interaction, kind, name),
      );
      return;
    }
    const verdict = runChecks(componentChecks, interaction, command, now());
    if (!verdict.ok) {
      log.info({ ...describe(interaction, kind, name), check: verdict.check }, 'check denied');
      await tell(interaction, verdict.reason, describe(interaction, kind, name));
      return;
    }
    try {
      if (interaction.isModalSubmit()) await command.modal?.(interaction, ctx);
      else await command.component?.(interaction, ctx);
      await unanswered(interaction, kind, command.data.name);
    } catch (err) {
      await fail(interaction, kind, name, err);
    }
  }

  async function handle(interaction: Interaction): Promise<void> {
    const started = performance.now();
    try {
      if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
        await runCommand(interaction);
      } else if (interaction.isAutocomplete()) {
        await runAutocomplete(interaction);
      } else if (interaction.isButton() || interaction.isStringSelectMenu() || interaction.isModalSubmit()) {
        await runComponent(interaction);
      } else if (interaction.isRepliable()) {
        log.warn(describe(interaction, 'command', undefined), 'unsupported interaction type');
        await tell(interaction, 'I do not handle this kind of interaction.', {
          interactionId: interaction.id,
        });
      }
    } catch (err) {
      // Only a bug in the router itself can get here.
      log.error({ interactionId: interaction.id, err }, 'router failed');
    } finally {
      log.debug(
        { interactionId: interaction.id, ms: Math.round(performance.now() - started) },
        'interaction handled',
      );
    }
  }

  return { registry, handle };
}

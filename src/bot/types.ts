import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
  StringSelectMenuInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Store } from '../lib/store/index.ts';

/** What every handler gets besides its interaction. */
export interface BotContext {
  config: Config;
  store: Store;
  log: Logger;
  /** Every command the bot serves (filled in by the router), e.g. for /help. */
  commands?: readonly Command[];
}

export type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;
export type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction;

/**
 * One command module (src/commands/<name>.ts). `data` is plain JSON as Discord's API takes it.
 * The router runs the checks (guildOnly, permissions, cooldown) before `execute`, defers when `defer` is set,
 * and routes components and modals whose custom_id starts with `${data.name}:` to this module.
 */
export interface Command {
  data: RESTPostAPIApplicationCommandsJSONBody;
  /** Refuse in DMs. */
  guildOnly?: boolean;
  /** Member permissions required (PermissionFlagsBits combined). */
  permissions?: bigint;
  /** Per-user cooldown for heavy commands. */
  cooldownMs?: number;
  /** Defer before execute because the work may pass Discord's 3 s deadline. 'ephemeral' defers ephemerally. */
  defer?: boolean | 'ephemeral';
  /** Shown by /help: a typical invocation (e.g. `/unspin text: …`) and an optional longer explanation. */
  help?: { example: string; details?: string };
  execute(interaction: CommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  component?(interaction: ComponentInteraction, ctx: BotContext): Promise<void>;
  modal?(interaction: ModalSubmitInteraction, ctx: BotContext): Promise<void>;
}

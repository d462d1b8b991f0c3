/**
 * What the reading commands share: their text/url/file options, their cooldown, reading before deferring,
 * and the message menu (Apps ▸ Unspin / Brief) that runs them on a message.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { articleFromInteraction } from '../bot/input.ts';
import type { BotContext, Command, CommandInteraction, ComponentInteraction } from '../bot/types.ts';
import type { Analysis, AnalyzeOptions } from '../lib/analyze.ts';
import type { Article } from '../lib/article.ts';
import {
  expiredMessage,
  loadPages,
  type PageState,
  type PageStateInput,
  savePages,
} from '../render/page-cache.ts';
import { type ButtonRow, type Payload, parsePageId } from '../render/pages.ts';
import { respond, respondPrivately } from '../render/safe.ts';

/**
 * The reading pipeline, imported on first use: the engines (NLP model, gazetteers, lexicons) then load only
 * when someone reads an article, so the bot reaches ready without them.
 */
export async function analyzeArticle(article: Article, opts?: AnalyzeOptions): Promise<Analysis> {
  const { analyze } = await import('../lib/analyze.ts');
  return analyze(article, opts);
}

export const READING_COOLDOWN_MS = 5_000;
/** Input that is read within this time gets its errors as a private reply; slower reading is deferred first. */
export const FAST_READ_MS = 1_500;

/**
 * Reads the article, acknowledging the interaction only when needed: bad input found quickly (no option, two
 * options, a PDF link, an empty message, a file too large) is answered privately by the router, because
 * nothing has been sent yet; reading that takes longer than FAST_READ_MS is deferred so Discord's 3 s
 * deadline holds. The reply is always deferred before the analysis (lexicons load on first use).
 */
export async function readArticle(interaction: CommandInteraction, ctx: BotContext): Promise<Article> {
  const reading = articleFromInteraction(interaction, ctx);
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), FAST_READ_MS);
  });
  const isSlow = await Promise.race([
    reading.then(
      () => false,
      () => false,
    ),
    slow,
  ]);
  clearTimeout(timer);
  if (isSlow && !interaction.deferred && !interaction.replied) await interaction.deferReply();
  const article = await reading;
  if (!interaction.deferred && !interaction.replied) await interaction.deferReply();
  return article;
}

/** The text/url/file options shared by /unspin and /brief. */
export function readingOptions(
  verb: string,
): NonNullable<RESTPostAPIChatInputApplicationCommandsJSONBody['options']> {
  return [
    {
      type: ApplicationCommandOptionType.String,
      name: 'text',
      description: `The article text to ${verb} (paste it)`,
      required: false,
      max_length: 6000,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'url',
      description: `A link to the article to ${verb}`,
      required: false,
      max_length: 2000,
    },
    {
      type: ApplicationCommandOptionType.Attachment,
      name: 'file',
      description: `A .txt, .md or .html file to ${verb}`,
      required: false,
    },
  ];
}

/** The message menu Apps ▸ `name`: runs the reading command `command` on a message. */
export function readingMessageMenu(name: string, command: string, execute: Command['execute']): Command {
  return {
    data: {
      name,
      type: ApplicationCommandType.Message,
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    },
    help: {
      example: `Apps ▸ ${name} (on a message)`,
      details:
        `Runs /${command} on a message: its .txt, .md or .html attachment, else its first link, else its text. ` +
        `Buttons on the reply are handled by /${command}.`,
    },
    cooldownMs: READING_COOLDOWN_MS,
    // Not deferred by the router: readArticle defers once the input is known to be readable (or slow).
    execute,
  };
}

/**
 * Sends a paged reply: keeps `state` for its buttons and adds `rows(key)` to `reply`. When the state cannot be
 * kept (storage down), the reply goes out without buttons and the failure is logged.
 */
export async function respondWithPages(
  interaction: CommandInteraction | ComponentInteraction,
  ctx: BotContext,
  reply: Payload,
  state: PageStateInput,
  rows: (key: string) => ButtonRow[],
): Promise<void> {
  try {
    const key = await savePages(ctx.store, interaction, interaction.id, state);
    const buttons = rows(key);
    if (buttons.length) reply.components = buttons;
  } catch (err) {
    ctx.log.warn(
      { err, interactionId: interaction.id },
      `${state.kind}: could not keep the pages; replying without buttons`,
    );
  }
  await respond(interaction, reply);
}

/**
 * What a button on a reading reply points at: a page (◀ ▶) or an action (`<kind>:<action>:<key>`), with the
 * saved state it needs. Unknown buttons and expired state are answered privately here (then null).
 */
export async function buttonState(
  interaction: ComponentInteraction,
  ctx: BotContext,
  kind: 'brief' | 'unspin',
  action: string,
): Promise<{ state: PageState; key: string; page: { page: number; prefix: string } | null } | null> {
  const page = parsePageId(interaction.customId);
  const actionKey = new RegExp(`^${kind}:${action}:([^:]+)$`).exec(interaction.customId)?.[1];
  const key = page?.key ?? actionKey;
  if (!key || !interaction.isButton()) {
    await respondPrivately(interaction, `This button is not one I know. Run /${kind} again.`);
    return null;
  }
  const state = await loadPages(ctx.store, interaction, key);
  if (state?.kind !== kind) {
    await respondPrivately(interaction, expiredMessage(kind));
    return null;
  }
  return { state, key, page };
}

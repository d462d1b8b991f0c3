/** /unspin text|url|file: is this article machine-spun, and what did it originally say? */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { articleFromInteraction } from '../bot/input.ts';
import type { BotContext, Command, CommandInteraction, ComponentInteraction } from '../bot/types.ts';
import { analyze } from '../lib/analyze.ts';
import type { Article } from '../lib/article.ts';
import { expiredMessage, loadPages, savePages } from '../render/page-cache.ts';
import { parsePageId } from '../render/pages.ts';
import { respond, respondPrivately, safeUpdate } from '../render/safe.ts';
import { renderUnspin, unspinPage } from '../render/unspin.ts';

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

/** Reads, analyses and answers with the unspin result; shared by /unspin and the Unspin message menu. */
export async function runUnspin(interaction: CommandInteraction, ctx: BotContext): Promise<void> {
  const article = await readArticle(interaction, ctx);
  const { spin } = analyze(article);
  const key = interaction.id;
  let r = renderUnspin(article, spin, { prefix: 'unspin', key });
  if (r.pages.length > 1) {
    try {
      await savePages(ctx.store, interaction.guildId, key, {
        kind: 'unspin',
        pages: r.pages,
        spun: false,
        unspunText: null,
      });
    } catch (err) {
      // Without storage the buttons could not work: answer without them (changes.txt still has every change).
      ctx.log.warn({ err, interactionId: key }, 'unspin: could not keep the pages; replying without buttons');
      r = renderUnspin(article, spin, { prefix: 'unspin' });
    }
  }
  await respond(interaction, r.reply);
}

/** ◀ ▶ on an unspin result (from /unspin or the Unspin menu). */
export async function unspinComponent(interaction: ComponentInteraction, ctx: BotContext): Promise<void> {
  const id = parsePageId(interaction.customId);
  if (!id || !interaction.isButton()) {
    await respondPrivately(interaction, 'This button is not one I know. Run /unspin again.');
    return;
  }
  const state = await loadPages(ctx.store, interaction.guildId, id.key);
  if (!state || state.kind !== 'unspin') {
    await respondPrivately(interaction, expiredMessage('unspin'));
    return;
  }
  await interaction.update(safeUpdate(unspinPage(state.pages, id.page, id.prefix, id.key)));
}

export const unspin: Command = {
  data: {
    name: 'unspin',
    description: 'Detect a machine-spun article and restore its original wording',
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: readingOptions('unspin'),
  },
  help: {
    example: '/unspin url: https://example.com/news/story',
    details:
      'Give one of text:, url: or file: (.txt, .md, .html). You get a verdict (clean, suspicious or spun) with a 0–100 score and its evidence, ' +
      'the changes as ~~spun~~ → **original** with confidences, and the restored text (as restored.txt when long). ' +
      'On any message: Apps ▸ Unspin.',
  },
  cooldownMs: READING_COOLDOWN_MS,
  // Not deferred by the router: readArticle defers once the input is known to be readable (or slow).
  execute: runUnspin,
  component: unspinComponent,
};

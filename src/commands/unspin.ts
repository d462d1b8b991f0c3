/** /unspin text|url|file: is this article machine-spun, and what did it originally say? */
import { ApplicationCommandType, InteractionContextType } from 'discord.js';
import type { BotContext, Command, CommandInteraction, ComponentInteraction } from '../bot/types.ts';
import { expiredMessage } from '../render/page-cache.ts';
import { respondPrivately, safeUpdate } from '../render/safe.ts';
import { renderUnspin, unspinPage, unspinRows } from '../render/unspin.ts';
import { sendBrief } from './brief.ts';
import {
  analyzeArticle,
  buttonState,
  READING_COOLDOWN_MS,
  readArticle,
  readingOptions,
  respondWithPages,
} from './reading.ts';

/** Reads, analyses and answers with the unspin result; shared by /unspin and the Unspin message menu. */
export async function runUnspin(interaction: CommandInteraction, ctx: BotContext): Promise<void> {
  const article = await readArticle(interaction, ctx);
  const { spin } = await analyzeArticle(article);
  const r = renderUnspin(article, spin, { prefix: 'unspin' });
  // Without storage the buttons could not work: the reply goes without them (changes.txt still has every change).
  await respondWithPages(interaction, ctx, r.reply, { kind: 'unspin', pages: r.pages, article }, (key) =>
    unspinRows(r.pages.length, 0, 'unspin', key, true),
  );
}

/** ◀ ▶ and "Brief this article" on an unspin result (from /unspin or the Unspin menu). */
export async function unspinComponent(interaction: ComponentInteraction, ctx: BotContext): Promise<void> {
  const found = await buttonState(interaction, ctx, 'unspin', 'brief');
  if (!found) return;
  const { state, key, page } = found;
  if (page) {
    await interaction.update(
      safeUpdate(unspinPage(state.pages, page.page, page.prefix, key, state.article !== null)),
    );
    return;
  }
  if (!state.article) {
    await respondPrivately(interaction, expiredMessage('unspin'));
    return;
  }
  await interaction.deferReply();
  await sendBrief(interaction, ctx, await analyzeArticle(state.article));
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
      'the changes as ~~spun~~ → **original** with confidences, and the restored text (as restored.txt when long); "Brief this article" turns it into a fact brief. ' +
      'On any message: Apps ▸ Unspin.',
  },
  cooldownMs: READING_COOLDOWN_MS,
  // Not deferred by the router: readArticle defers once the input is known to be readable (or slow).
  execute: runUnspin,
  component: unspinComponent,
};

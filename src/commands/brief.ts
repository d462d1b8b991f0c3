/** /brief text|url|file [published]: an article as facts — who, where, when, incidents, quotes, numbers. */
import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from 'discord.js';
import type { BotContext, Command, CommandInteraction, ComponentInteraction } from '../bot/types.ts';
import type { Analysis } from '../lib/analyze.ts';
import { parsePublished } from '../lib/article.ts';
import { briefPage, briefRows, renderBrief } from '../render/brief.ts';
import { respond, respondPrivately, safeReply, safeUpdate } from '../render/safe.ts';
import {
  analyzeArticle,
  buttonState,
  READING_COOLDOWN_MS,
  readArticle,
  readingOptions,
  respondWithPages,
} from './reading.ts';

/** Reads, analyses and answers with the brief; shared by /brief and the Brief message menu. */
export async function runBrief(interaction: CommandInteraction, ctx: BotContext): Promise<void> {
  const published = interaction.isChatInputCommand()
    ? parsePublished(interaction.options.getString('published'))
    : undefined;
  const article = await readArticle(interaction, ctx);
  await sendBrief(interaction, ctx, await analyzeArticle(article, { published }));
}

/** Renders a brief, keeps what its buttons need, and sends it as the answer to `interaction`. */
export async function sendBrief(
  interaction: CommandInteraction | ComponentInteraction,
  ctx: BotContext,
  analysis: Analysis,
): Promise<void> {
  const r = renderBrief(analysis, { prefix: 'brief' });
  if (r.pages.length === 1 && !r.spun) return respond(interaction, r.reply);
  const state = { kind: 'brief' as const, pages: r.pages, spun: r.spun, unspunText: r.unspunText };
  await respondWithPages(interaction, ctx, r.reply, state, (key) => briefRows(r, 0, 'brief', key));
}

/** ◀ ▶ and "Show unspun text" on a brief (from /brief or the Brief menu). */
export async function briefComponent(interaction: ComponentInteraction, ctx: BotContext): Promise<void> {
  const found = await buttonState(interaction, ctx, 'brief', 'unspun');
  if (!found) return;
  const { state, key, page } = found;
  if (page === null) {
    if (!state.unspunText) {
      await respondPrivately(interaction, 'This article was not spun, so there is no restored text to show.');
      return;
    }
    await interaction.reply(
      safeReply(
        {
          content: 'The restored (unspun) text the brief was read from:',
          files: [{ name: 'unspun.txt', data: Buffer.from(state.unspunText, 'utf8') }],
        },
        { ephemeral: true },
      ),
    );
    return;
  }
  await interaction.update(safeUpdate(briefPage(state, page.page, page.prefix, key)));
}

export const brief: Command = {
  data: {
    name: 'brief',
    description: 'Turn an article into facts: people, places, dates, incidents, quotes, numbers',
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      ...readingOptions('brief'),
      {
        type: ApplicationCommandOptionType.String,
        name: 'published',
        description:
          'Publication date YYYY-MM-DD, when the article does not say (dates are read relative to it)',
        required: false,
        min_length: 10,
        max_length: 10,
      },
    ],
  },
  help: {
    example: '/brief url: https://example.com/news/story published: 2022-01-05',
    details:
      'Give one of text:, url: or file: (.txt, .md, .html), and optionally the publication date. You get the headline, a short summary, ' +
      'who (people with roles, organisations), where, when (absolute dates), incidents, quotes with speakers and key numbers, ' +
      'in pages with ◀ ▶ when long. A spun article is read from its restored text ("Show unspun text"). On any message: Apps ▸ Brief. ' +
      'text: loses line breaks, so for a long article a file:, a url: or Apps ▸ Brief on a posted message gives a sharper brief.',
  },
  cooldownMs: READING_COOLDOWN_MS,
  // Not deferred by the router: readArticle defers once the input is known to be readable (or slow).
  execute: runBrief,
  component: briefComponent,
};

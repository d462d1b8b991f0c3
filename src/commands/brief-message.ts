/** Message menu Apps ▸ Brief: /brief on a message (its .txt/.md/.html attachment, its first link, or its text). */
import { ApplicationCommandType, InteractionContextType } from 'discord.js';
import type { Command } from '../bot/types.ts';
import { runBrief } from './brief.ts';
import { READING_COOLDOWN_MS } from './reading.ts';

export const briefMessage: Command = {
  data: {
    name: 'Brief',
    type: ApplicationCommandType.Message,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
  help: {
    example: 'Apps ▸ Brief (on a message)',
    details:
      'Runs /brief on a message: its .txt, .md or .html attachment, else its first link, else its text. ' +
      'Buttons on the reply are handled by /brief.',
  },
  cooldownMs: READING_COOLDOWN_MS,
  // Not deferred by the router: readArticle defers once the input is known to be readable (or slow).
  execute: runBrief,
};

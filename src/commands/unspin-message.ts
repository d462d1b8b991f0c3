/** Message menu Apps ▸ Unspin: /unspin on a message (its .txt/.md/.html attachment, its first link, or its text). */
import { ApplicationCommandType, InteractionContextType } from 'discord.js';
import type { Command } from '../bot/types.ts';
import { READING_COOLDOWN_MS } from './reading.ts';
import { runUnspin } from './unspin.ts';

export const unspinMessage: Command = {
  data: {
    name: 'Unspin',
    type: ApplicationCommandType.Message,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  },
  help: {
    example: 'Apps ▸ Unspin (on a message)',
    details:
      'Runs /unspin on a message: its .txt, .md or .html attachment, else its first link, else its text. ' +
      'Buttons on the reply are handled by /unspin.',
  },
  cooldownMs: READING_COOLDOWN_MS,
  // Not deferred by the router: readArticle defers once the input is known to be readable (or slow).
  execute: runUnspin,
};

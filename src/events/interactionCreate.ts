import { Events } from 'discord.js';
import { defineEvent } from './types.ts';

export const interactionCreate = defineEvent({
  name: Events.InteractionCreate,
  execute(ctx, interaction) {
    return ctx.router.handle(interaction);
  },
});

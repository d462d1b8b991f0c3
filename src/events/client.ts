/** Client-level errors and warnings from discord.js. */
import { Events } from 'discord.js';
import { defineEvent } from './types.ts';

export const error = defineEvent({
  name: Events.Error,
  execute(ctx, err) {
    ctx.log.error({ err }, 'discord.js client error');
  },
});

export const warn = defineEvent({
  name: Events.Warn,
  execute(ctx, message) {
    ctx.log.warn({ detail: message }, 'discord.js warning');
  },
});

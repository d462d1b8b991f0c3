import { Events } from 'discord.js';
import { defineEvent, markSettled } from './types.ts';

export const clientReady = defineEvent({
  name: Events.ClientReady,
  once: true,
  execute(ctx, client) {
    for (const id of client.ws.shards.keys()) markSettled(ctx.connection, id);
    ctx.log.info(
      {
        user: client.user.tag,
        userId: client.user.id,
        guilds: client.guilds.cache.size,
        commands: ctx.router.registry.commands.length,
      },
      'ready',
    );
  },
});

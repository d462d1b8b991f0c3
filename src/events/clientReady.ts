import { Events } from 'discord.js';
import { warmEngines } from '../lib/warm.ts';
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
    // (in the background, while no command is being answered: the first command need not load the engines' data)
    warmEngines({ busy: ctx.busy, stopping: ctx.stopping }).then(
      (ms) => ms && ctx.log.info({ ms }, 'engines warm'),
      (err: unknown) => ctx.log.warn({ err }, 'engines not warmed'),
    );
  },
});

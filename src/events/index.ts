/** Every gateway event the bot listens to (one module per concern). */
import { error, warn } from './client.ts';
import { clientReady } from './clientReady.ts';
import { guildCreate, guildDelete } from './guilds.ts';
import { interactionCreate } from './interactionCreate.ts';
import { shardDisconnect, shardError, shardReady, shardReconnecting, shardResume } from './shard.ts';
import type { BotEvent } from './types.ts';

export const events: BotEvent[] = [
  clientReady,
  interactionCreate,
  guildDelete,
  guildCreate,
  shardError,
  shardDisconnect,
  shardReconnecting,
  shardResume,
  shardReady,
  error,
  warn,
];

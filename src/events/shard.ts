/** Shard lifecycle: errors, disconnects, reconnects and resumes, logged and tracked for a clean shutdown. */
import { Events } from 'discord.js';
import { defineEvent, markSettled } from './types.ts';

export const shardError = defineEvent({
  name: Events.ShardError,
  execute(ctx, error, shardId) {
    ctx.log.warn({ shardId, err: error }, 'gateway connection error');
  },
});

export const shardDisconnect = defineEvent({
  name: Events.ShardDisconnect,
  execute(ctx, event, shardId) {
    markSettled(ctx.connection, shardId);
    ctx.log.error(
      { shardId, code: event.code },
      'gateway closed the connection for good (will not reconnect)',
    );
  },
});

export const shardReconnecting = defineEvent({
  name: Events.ShardReconnecting,
  execute(ctx, shardId) {
    ctx.connection.reconnecting.add(shardId);
    ctx.log.info({ shardId }, 'gateway connection lost; reconnecting');
  },
});

export const shardResume = defineEvent({
  name: Events.ShardResume,
  execute(ctx, shardId, replayedEvents) {
    markSettled(ctx.connection, shardId);
    ctx.log.info({ shardId, replayedEvents }, 'gateway session resumed');
  },
});

export const shardReady = defineEvent({
  name: Events.ShardReady,
  execute(ctx, shardId) {
    markSettled(ctx.connection, shardId);
    ctx.log.debug({ shardId }, 'shard ready');
  },
});

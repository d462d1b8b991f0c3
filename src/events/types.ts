import type { Client, ClientEvents } from 'discord.js';
import type { Router } from '../bot/router.ts';
import type { BotContext } from '../bot/types.ts';

/** Connection state the shard events keep, so shutdown can avoid destroying a shard mid-reconnect. */
export interface ConnectionState {
  /** Shards currently reconnecting or resuming. */
  reconnecting: Set<number>;
  /** Resolvers waiting for all shards to settle. */
  settled: Set<() => void>;
}

export interface EventContext extends BotContext {
  client: Client;
  router: Router;
  connection: ConnectionState;
  /** How long a removed server's data is kept before it is forgotten (milliseconds). */
  guildGraceMs: number;
  /** Whether an event handler is running (a command being answered). */
  busy(): boolean;
  /** Whether the bot is stopping or stopped. */
  stopping(): boolean;
}

/** One gateway event module (src/events/<name>.ts). */
export interface BotEvent<K extends keyof ClientEvents = keyof ClientEvents> {
  name: K;
  once?: boolean;
  execute(ctx: EventContext, ...args: ClientEvents[K]): unknown;
}

/** Keeps the event name and its argument types together when modules are collected in one array. */
export function defineEvent<K extends keyof ClientEvents>(event: BotEvent<K>): BotEvent {
  return event as unknown as BotEvent;
}

export function markSettled(connection: ConnectionState, shardId: number): void {
  connection.reconnecting.delete(shardId);
  if (connection.reconnecting.size === 0) {
    for (const resolve of connection.settled) resolve();
    connection.settled.clear();
  }
}

/**
 * The discord.js client: only the intents newsdesk needs, REST pointed at DISCORD_API_URL when given (the
 * fake Discord in tests and the sandbox), gateway events wired from src/events/, and a stop() that
 * cannot hang.
 */
import {
  Client,
  DiscordjsErrorCodes,
  GatewayIntentBits,
  Options,
  Partials,
  type RESTOptions,
  type WebSocketShard,
} from 'discord.js';
import type { Logger } from 'pino';
import { commands as registryCommands } from '../commands/index.ts';
import type { Config } from '../config.ts';
import { sweepRemovedGuilds } from '../events/guilds.ts';
import { events } from '../events/index.ts';
import type { ConnectionState, EventContext } from '../events/types.ts';
import type { Store } from '../lib/store/index.ts';
import type { Check } from './checks.ts';
import { createRouter, type Router } from './router.ts';
import type { Command } from './types.ts';

export const DEFAULT_GUILD_GRACE_MS = 7 * 24 * 3600_000;
const SWEEP_EVERY_MS = 3600_000;

export interface StartBotOptions {
  config: Config;
  store: Store;
  log: Logger;
  token: string;
  /** Base URL of a Discord-compatible REST API (…/api); default: config.DISCORD_API_URL, else Discord. */
  restApi?: string;
  /** Commands served (default: the registry in src/commands/index.ts). Tests inject extra ones here. */
  commands?: readonly Command[];
  /** Router checks (default: guild-only, member permissions, cooldown). */
  checks?: readonly Check[];
  /** How long a removed server's data is kept (default 7 days). */
  guildGraceMs?: number;
  /** Extra REST options (e.g. `globalRequestsPerSecond` for benchmarks against the fake; Discord's own limit is 50/s). */
  restOptions?: Partial<RESTOptions>;
  /** Give up waiting for ready after this long (default 60 s). */
  readyTimeoutMs?: number;
}

export interface Bot {
  client: Client<true>;
  router: Router;
  /** Disconnects cleanly; safe to call more than once; never hangs. */
  stop(): Promise<void>;
}

/** Login failed for a reason the operator can fix; the message says what to do. */
export class LoginError extends Error {
  override name = 'LoginError';
}

export function intentsFor(config: Pick<Config, 'MESSAGE_CONTENT_INTENT'>): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds];
  if (config.MESSAGE_CONTENT_INTENT)
    intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent);
  return intents;
}

function explainLoginError(err: unknown, api: string): LoginError | unknown {
  const e = err as { code?: unknown; status?: unknown; message?: string; cause?: { code?: string } };
  if (e?.code === DiscordjsErrorCodes.TokenInvalid || e?.status === 401) {
    return new LoginError(
      'DISCORD_TOKEN was rejected by Discord (401): copy the bot token again from the Developer Portal (Bot ▸ Reset Token).',
    );
  }
  if (e?.code === DiscordjsErrorCodes.DisallowedIntents) {
    return new LoginError(
      'Discord refused the Message Content intent: enable it in the Developer Portal (Bot ▸ Privileged Gateway Intents) or set MESSAGE_CONTENT_INTENT=false.',
    );
  }
  if (e?.code === DiscordjsErrorCodes.TokenMissing) return new LoginError('DISCORD_TOKEN is empty.');
  const netCode = e?.cause?.code ?? (typeof e?.code === 'string' ? e.code : undefined);
  if (netCode && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|UND_ERR_\w+)$/.test(netCode)) {
    return new LoginError(
      `Could not reach the Discord API at ${api} (${netCode}). Check the network or DISCORD_API_URL.`,
    );
  }
  return err;
}

/** Logs in and resolves once the client is ready. Throws LoginError for a bad token, refused intents or no network. */
export async function startBot(opts: StartBotOptions): Promise<Bot> {
  const { config, store, log } = opts;
  const api = opts.restApi ?? config.DISCORD_API_URL;
  const origin = api ? api.replace(/\/api$/, '') : undefined;
  const client = new Client({
    intents: intentsFor(config),
    partials: [Partials.Channel],
    rest: {
      ...(api ? { api, cdn: `${origin}/cdn`, mediaProxy: `${origin}/media` } : {}),
      ...opts.restOptions,
    },
    // newsdesk reads messages it is given; it needs no large member or message caches.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 50,
      GuildMemberManager: { maxSize: 200, keepOverLimit: (m) => m.id === m.client.user.id },
    }),
    allowedMentions: { parse: [], repliedUser: false },
    waitGuildTimeout: 5000,
  });

  const commands = opts.commands ?? registryCommands;
  const router = createRouter({ commands, ctx: { config, store, log }, checks: opts.checks });
  const connection: ConnectionState = { reconnecting: new Set(), settled: new Set() };
  const inflight = new Set<Promise<unknown>>();
  let stopped: Promise<void> | undefined;
  const ctx: EventContext = {
    config,
    store,
    log,
    commands: router.registry.commands,
    client,
    router,
    connection,
    guildGraceMs: opts.guildGraceMs ?? DEFAULT_GUILD_GRACE_MS,
    busy: () => inflight.size > 0,
    stopping: () => stopped !== undefined,
  };

  for (const event of events) {
    const listener = (...args: unknown[]) => {
      let p: Promise<unknown>;
      try {
        p = Promise.resolve((event.execute as (c: EventContext, ...a: unknown[]) => unknown)(ctx, ...args));
      } catch (err) {
        p = Promise.reject(err);
      }
      const tracked = p.catch((err: unknown) =>
        log.error({ event: event.name, err }, 'event handler failed'),
      );
      inflight.add(tracked);
      void tracked.finally(() => inflight.delete(tracked));
    };
    if (event.once) client.once(event.name, listener);
    else client.on(event.name, listener);
  }

  // Removed servers: forget their data once the grace period has passed (checked at ready and hourly).
  const sweep = () =>
    sweepRemovedGuilds(store, (id) => client.guilds.cache.has(id))
      .then((ids) => ids.length && log.info({ guildIds: ids }, 'forgot removed servers'))
      .catch((err: unknown) => log.warn({ err }, 'could not sweep removed servers'));
  const sweepTimer = setInterval(sweep, SWEEP_EVERY_MS);
  sweepTimer.unref();

  let readyTimer: NodeJS.Timeout | undefined;
  const ready = new Promise<void>((resolve, reject) => {
    const ms = opts.readyTimeoutMs ?? 60_000;
    readyTimer = setTimeout(
      () => reject(new LoginError(`Logged in, but Discord did not report ready within ${ms} ms.`)),
      ms,
    );
    client.once('clientReady', () => resolve());
  });
  // Observed here so that a rejection after a failed login is never unhandled.
  ready.catch(() => {});

  const stop = () => {
    stopped ??= shutdown(client, connection, inflight, log).finally(() => clearInterval(sweepTimer));
    return stopped;
  };

  try {
    await client.login(opts.token);
    await ready;
  } catch (err) {
    await stop();
    throw explainLoginError(err, api ?? 'https://discord.com/api');
  } finally {
    clearTimeout(readyTimer);
  }
  void sweep();
  return { client: client as Client<true>, router, stop };
}

/**
 * Stops without hanging. discord.js has a race: destroying a shard during its ~500 ms reconnect back-off
 * is ignored ("shard was idle"), and the pending reconnect then retries forever. So: wait (bounded) for a
 * reconnect in progress to finish, let in-flight handlers finish (bounded), destroy, then watch the
 * shards for a moment and destroy any that came back to life.
 */
async function shutdown(
  client: Client,
  connection: ConnectionState,
  inflight: Set<Promise<unknown>>,
  log: Logger,
): Promise<void> {
  const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());
  if (connection.reconnecting.size > 0) {
    await Promise.race([new Promise<void>((r) => connection.settled.add(r)), wait(3000)]);
  }
  if (inflight.size > 0) await Promise.race([Promise.allSettled([...inflight]), wait(5000)]);
  const internal = (client.ws as unknown as { _ws?: { strategy?: { shards?: Map<number, WebSocketShard> } } })
    ._ws;
  const shards = [...(internal?.strategy?.shards?.values() ?? [])] as unknown as Array<{
    status: number;
    destroy(o?: { code?: number; reason?: string }): Promise<void>;
  }>;
  // An idle shard of a live client is sleeping before a reconnect: it will wake up after ~500 ms.
  const sleeping = shards.filter((s) => s.status === 0);
  client.removeAllListeners('interactionCreate');
  try {
    await client.destroy();
  } catch (err) {
    log.warn({ err }, 'error while disconnecting');
  }
  if (sleeping.length > 0) {
    const started = Date.now();
    while (Date.now() - started < 2000) {
      await wait(50);
      let awake = 0;
      for (const shard of sleeping) {
        if (shard.status !== 0) {
          awake++;
          await shard.destroy({ code: 1000, reason: 'shutdown' }).catch(() => {});
        }
      }
      if (awake === 0 && Date.now() - started > 800) break;
    }
  }
  log.info('disconnected from Discord');
}

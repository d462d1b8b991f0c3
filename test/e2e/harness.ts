/**
 * Shared end-to-end helpers: a fake Discord per test file, discord.js clients wired to it, and a teardown
 * that never hangs (clients are destroyed only while their gateway session is live; see the reconnect
 * teardown pitfall in the fake-discord notes).
 */
import { Client, type ClientOptions, Events, GatewayIntentBits } from 'discord.js';
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from '../../src/sandbox/fake/index.ts';

export interface FakeHarness {
  fake: FakeDiscord;
  /** A plain discord.js client logged in to the fake and ready (destroyed by cleanup). */
  connectClient(options?: Partial<ClientOptions>): Promise<Client>;
  /** Registers something to stop at cleanup (e.g. the bot's `stop`). Runs before the fake closes, last registered first. */
  onCleanup(fn: () => Promise<unknown> | unknown): void;
  cleanup(): Promise<void>;
}

/** discord.js options that point a client at the fake. */
export function clientOptionsFor(fake: FakeDiscord, options: Partial<ClientOptions> = {}): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    waitGuildTimeout: 200,
    ...options,
    rest: { api: fake.apiBase, globalRequestsPerSecond: Number.POSITIVE_INFINITY, ...(options.rest ?? {}) },
  };
}

/** Resolves when `client` emits clientReady (immediately when it already is ready). */
export function waitForClientReady(client: Client, timeoutMs = 10_000): Promise<Client<true>> {
  if (client.isReady()) return Promise.resolve(client);
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`client not ready within ${timeoutMs} ms`)), timeoutMs);
    client.once(Events.ClientReady, (c) => {
      clearTimeout(t);
      resolve(c);
    });
  });
}

/** Starts a fake Discord (strict validation on by default) and returns it with helpers and a cleanup. */
export async function withFake(opts: FakeDiscordOptions = {}): Promise<FakeHarness> {
  const fake = await startFakeDiscord({ strict: true, ...opts });
  const stops: (() => Promise<unknown> | unknown)[] = [];
  const clients: Client[] = [];
  return {
    fake,
    onCleanup(fn) {
      stops.push(fn);
    },
    async connectClient(options = {}) {
      const client = new Client(clientOptionsFor(fake, options));
      clients.push(client);
      const ready = waitForClientReady(client);
      await client.login(fake.token);
      await ready;
      return client;
    },
    async cleanup() {
      // Never destroy a client during its reconnect back-off: wait for a live session first.
      await fake.waitForSession(3000).catch(() => {});
      for (const fn of stops.reverse()) await fn();
      for (const c of clients) await c.destroy();
      await fake.close();
    },
  };
}

/**
 * keyv instances for each STORE_URL scheme, configured so that a dead backend makes operations fail
 * quickly (no offline queues, bounded connect and query times) and reconnects on its own.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import KeyvPostgres from '@keyv/postgres';
import KeyvRedis, { createClient } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import { Keyv } from 'keyv';
import { StoreError } from './errors.ts';

export type Backend = 'sqlite' | 'redis' | 'postgres' | 'memory';

export const DEFAULT_SQLITE_FILE = 'data/newsdesk.sqlite';

export interface BackendHandle {
  backend: Backend;
  keyv: Keyv;
  /** Resolves when the backend answered once; rejects with the connection error otherwise. */
  ready: () => Promise<void>;
  close: () => Promise<void>;
  /** The most recent error the driver reported on its own (connection loss etc.). */
  lastError: () => unknown;
}

export interface BackendOptions {
  /** Bound on establishing a connection (ms). */
  connectTimeoutMs: number;
  /** Bound on one query (ms). */
  queryTimeoutMs: number;
  onDriverError: (error: unknown) => void;
}

/** Raw values are JSON text. A value that is not valid JSON becomes `CORRUPT` instead of throwing. */
export const CORRUPT = Symbol('corrupt');

function serialize(data: unknown): string {
  return JSON.stringify(data);
}

function deserialize(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { value: CORRUPT };
  }
}

export function schemeOf(url: string): Backend {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  const scheme = match?.[1]?.toLowerCase();
  switch (scheme) {
    case 'sqlite':
      return 'sqlite';
    case 'redis':
    case 'rediss':
      return 'redis';
    case 'postgres':
    case 'postgresql':
      return 'postgres';
    case 'memory':
      return 'memory';
    default:
      throw new StoreError(
        `STORE_URL must start with sqlite://, redis://, rediss://, postgres:// or memory:// (got ${
          scheme ? `"${scheme}://…"` : 'no scheme'
        }).`,
      );
  }
}

/** `sqlite://data/x.sqlite` → absolute path (relative to the working directory); empty → the default file. */
export function sqlitePath(url: string): string {
  let rest = url.trim().replace(/^sqlite:\/\//i, '');
  rest = rest.split('?')[0] ?? '';
  if (rest === '' || rest === '/') rest = DEFAULT_SQLITE_FILE;
  if (rest === ':memory:') return rest;
  return path.resolve(process.cwd(), decodeURIComponent(rest));
}

function keyvFor(store: unknown, onDriverError: (e: unknown) => void): Keyv {
  const keyv = new Keyv({
    store,
    namespace: undefined,
    useKeyPrefix: false,
    throwOnErrors: true,
    serialize,
    deserialize: deserialize as never,
  });
  keyv.on('error', onDriverError);
  return keyv;
}

export function openBackend(url: string, opts: BackendOptions): BackendHandle {
  const backend = schemeOf(url);
  let lastError: unknown;
  const onDriverError = (error: unknown) => {
    lastError = error;
    opts.onDriverError(error);
  };

  if (backend === 'memory') {
    const keyv = keyvFor(new Map(), onDriverError);
    return {
      backend,
      keyv,
      ready: async () => {},
      close: async () => {},
      lastError: () => lastError,
    };
  }

  if (backend === 'sqlite') {
    const file = sqlitePath(url);
    if (file !== ':memory:') {
      try {
        mkdirSync(path.dirname(file), { recursive: true });
      } catch (error) {
        throw new StoreError(`cannot create the folder ${path.dirname(file)} (${(error as Error).message})`);
      }
    }
    const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: opts.queryTimeoutMs });
    const keyv = keyvFor(adapter, onDriverError);
    return {
      backend,
      keyv,
      ready: async () => {
        // Write-ahead logging: far fewer fsyncs per write, and readers never block the writer.
        await adapter.query('PRAGMA journal_mode=WAL');
        await adapter.query('PRAGMA synchronous=NORMAL');
        await adapter.get('__newsdesk_probe__');
      },
      close: async () => {
        await adapter.disconnect();
      },
      lastError: () => lastError,
    };
  }

  if (backend === 'redis') {
    const client = createClient({
      url,
      // Without this, commands issued while disconnected wait in a queue until the server returns.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: opts.connectTimeoutMs,
        reconnectStrategy: (retries: number) => Math.min(100 * 2 ** Math.min(retries, 5), 2000),
      },
    });
    client.on('error', onDriverError);
    const adapter = new KeyvRedis(client as never, { throwOnConnectError: true, throwOnErrors: true });
    const keyv = keyvFor(adapter, onDriverError);
    let connecting: Promise<unknown> | undefined;
    return {
      backend,
      keyv,
      ready: async () => {
        connecting ??= client.connect();
        let timer: NodeJS.Timeout | undefined;
        let onError: ((error: unknown) => void) | undefined;
        try {
          await Promise.race([
            connecting,
            new Promise((_, reject) => {
              timer = setTimeout(
                () =>
                  reject(
                    lastError ?? new Error(`no answer within ${Math.round(opts.connectTimeoutMs / 1000)} s`),
                  ),
                opts.connectTimeoutMs,
              );
              // The client retries forever; at start, three refusals in a row (about 0.7 s) are enough.
              let refusals = 0;
              onError = (error: unknown) => {
                const code = (error as { code?: string }).code;
                if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
                  refusals++;
                  if (refusals >= 3) reject(error);
                }
              };
              client.on('error', onError);
            }),
          ]);
        } finally {
          clearTimeout(timer);
          if (onError) client.off('error', onError);
        }
        await client.ping();
      },
      close: async () => {
        if (client.isOpen) {
          if (client.isReady) await client.close();
          else client.destroy();
        }
      },
      lastError: () => lastError,
    };
  }

  // PostgreSQL: the adapter keeps one module-level pool per URI and never listens for pool errors,
  // so a server restart would crash the process through an unhandled 'error' event on an idle
  // client. This subclass gives each store its own pool with an error listener and bounded timeouts.
  const pg = createRequire(import.meta.resolve('@keyv/postgres'))('pg') as PgModule;
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: opts.connectTimeoutMs,
    query_timeout: opts.queryTimeoutMs,
    idleTimeoutMillis: 30_000,
    max: 10,
  });
  pool.on('error', onDriverError);
  class PooledKeyvPostgres extends KeyvPostgres {
    override async connect() {
      return async (sql: string, values?: unknown[]) => (await pool.query(sql, values)).rows;
    }
    override async disconnect() {}
  }
  const adapter = new PooledKeyvPostgres({ uri: url });
  const keyv = keyvFor(adapter, onDriverError);
  return {
    backend,
    keyv,
    ready: async () => {
      // The adapter creates its table in the background when constructed; make sure it exists
      // (and that the server answers) before the store is handed out.
      await adapter.query('SELECT 1');
      await pool.query('CREATE TABLE IF NOT EXISTS public.keyv(key VARCHAR(255) PRIMARY KEY, value TEXT)');
    },
    close: async () => {
      await pool.end();
    },
    lastError: () => lastError,
  };
}

interface PgPool {
  query(sql: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  on(event: 'error', listener: (error: unknown) => void): void;
  end(): Promise<void>;
}
interface PgModule {
  Pool: new (options: Record<string, unknown>) => PgPool;
}

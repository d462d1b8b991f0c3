/**
 * newsdesk's typed storage: one keyv store chosen by STORE_URL, split into namespaces (settings,
 * stories, incidents, …), where every entry belongs to one server (guild).
 *
 * - Keys are `namespace:guildId:key`; a server's data is only reachable through its id.
 * - Every value is stored wrapped with a schema version (`{ v, d }`) and parsed with the
 *   namespace's zod schema on every read. A value that fails parsing (corrupt JSON, wrong shape,
 *   written by a newer schema version) is logged and treated as absent: it never crashes a caller
 *   and is never returned unvalidated. Values are validated on write too.
 * - Values must be JSON data (use ISO strings for dates).
 * - Writes to one key (set, delete, update) are serialised in process. keyv has no transactions, so
 *   a server's writes must come from one process (the shard that owns the server).
 * - Each namespace keeps a per-server index of its keys, so `list()` and `forgetGuild()` work on
 *   every backend without scanning.
 * - When the backend stops answering, operations reject within a bounded time with
 *   `StoreUnavailableError` (a `UserError` with a friendly message); the drivers reconnect on their own.
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { z } from 'zod';
import { type Backend, type BackendHandle, CORRUPT, openBackend } from './backends.ts';
import { describeError, redactUrl, StoreError, StoreUnavailableError } from './errors.ts';
import { KeyedMutex } from './mutex.ts';

export type { Backend } from './backends.ts';
export { DEFAULT_SQLITE_FILE } from './backends.ts';
export { StoreError, StoreUnavailableError } from './errors.ts';

export type StoreLogger = Pick<Logger, 'warn' | 'info' | 'error' | 'debug'>;

export interface OpenStoreOptions {
  log?: StoreLogger;
  /** Bound on connecting at start (ms). Default 5000. */
  connectTimeoutMs?: number;
  /** Bound on each storage operation while running (ms). Default 3000. */
  operationTimeoutMs?: number;
}

export interface NamespaceOptions<T> {
  /** Schema version written with every value. Default 1. */
  version?: number;
  /**
   * Turns data written with an older version into the current shape before it is parsed.
   * Without it, older data is parsed as it is (schema defaults can fill new fields).
   * Data written by a newer version is always treated as absent.
   */
  migrate?: (data: unknown, fromVersion: number) => unknown;
  /** Only for typing convenience; ignored. */
  example?: T;
}

export interface Entry<T> {
  key: string;
  value: T;
}

export interface Collection<T> {
  readonly name: string;
  /** The value, or undefined when absent, expired or invalid (invalid values are logged). */
  get(guildId: string, key: string): Promise<T | undefined>;
  /** Validates and writes the value; `ttlMs` makes it expire. Throws StoreError for an invalid value. */
  set(guildId: string, key: string, value: T, ttlMs?: number): Promise<void>;
  /** Removes the entry; resolves to whether something was stored under the key. */
  delete(guildId: string, key: string): Promise<boolean>;
  /**
   * Read-modify-write, serialised with every other write to the same key in this process.
   * `fn` gets the current (valid) value or undefined; what it returns is validated and stored
   * (with `ttlMs` if given); returning undefined deletes the entry. Resolves to the new value.
   */
  update(
    guildId: string,
    key: string,
    fn: (current: T | undefined) => T | undefined | Promise<T | undefined>,
    ttlMs?: number,
  ): Promise<T | undefined>;
  /** All valid entries of one server in this namespace, in insertion order. */
  list(guildId: string): Promise<Array<Entry<T>>>;
}

export interface StoreHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

export interface Store {
  readonly backend: Backend;
  namespace<T>(name: string, schema: z.ZodType<T>, opts?: NamespaceOptions<T>): Collection<T>;
  health(): Promise<StoreHealth>;
  /** Deletes everything a server has in every namespace. */
  forgetGuild(guildId: string): Promise<void>;
  close(): Promise<void>;
}

const NAME_RE = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_PLAIN_KEY = 180;
const indexSchema = z.array(z.string());
const wrapperSchema = z.object({ v: z.number().int().nonnegative(), d: z.unknown() });

const noopLogger: StoreLogger = {
  warn: () => {},
  info: () => {},
  error: () => {},
  debug: () => {},
} as unknown as StoreLogger;

function checkName(kind: string, value: string): void {
  if (typeof value !== 'string' || !NAME_RE.test(value)) {
    throw new StoreError(`Invalid ${kind} ${JSON.stringify(value)}: use 1–64 letters, digits, "_" or "-".`);
  }
}

function checkKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0)
    throw new StoreError('A storage key must be a non-empty string.');
}

function physicalKey(ns: string, guildId: string, key: string): string {
  if (key.length <= MAX_PLAIN_KEY) return `${ns}:${guildId}:${key}`;
  // Long keys (URLs…) are hashed so that every backend's key column (255 characters) fits.
  return `${ns}:${guildId}:~sha256~${createHash('sha256').update(key).digest('hex')}`;
}

const indexKey = (ns: string, guildId: string) => `__index:${ns}:${guildId}`;
const registryKey = (guildId: string) => `__namespaces:${guildId}`;

function summariseIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(value)'}: ${issue.message}`)
    .join('; ');
}

class KeyvStore implements Store {
  readonly backend: Backend;
  readonly #handle: BackendHandle;
  readonly #log: StoreLogger;
  readonly #opTimeoutMs: number;
  readonly #mutex = new KeyedMutex();
  readonly #namespaces = new Map<string, CollectionImpl<unknown>>();
  #available = true;
  #closed = false;

  constructor(handle: BackendHandle, log: StoreLogger, opTimeoutMs: number) {
    this.backend = handle.backend;
    this.#handle = handle;
    this.#log = log;
    this.#opTimeoutMs = opTimeoutMs;
  }

  get keyv() {
    return this.#handle.keyv;
  }

  /** Runs one backend operation with a time bound; backend failures become StoreUnavailableError. */
  async io<R>(op: () => Promise<R>, timeoutMs = this.#opTimeoutMs): Promise<R> {
    if (this.#closed) throw new StoreError('The store is closed.');
    let timer: NodeJS.Timeout | undefined;
    try {
      const result = await Promise.race([
        op(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`the storage backend did not answer within ${timeoutMs} ms`)),
            timeoutMs,
          );
        }),
      ]);
      if (!this.#available) {
        this.#available = true;
        this.#log.info({ backend: this.backend }, 'storage is available again');
      }
      return result;
    } catch (error) {
      if (error instanceof StoreError || error instanceof StoreUnavailableError) throw error;
      if (this.#available) {
        this.#available = false;
        this.#log.warn({ backend: this.backend, cause: describeError(error) }, 'storage became unavailable');
      }
      throw new StoreUnavailableError(error);
    } finally {
      clearTimeout(timer);
    }
  }

  lock<R>(key: string, fn: () => Promise<R>): Promise<R> {
    return this.#mutex.run(key, fn);
  }

  get log(): StoreLogger {
    return this.#log;
  }

  namespace<T>(name: string, schema: z.ZodType<T>, opts: NamespaceOptions<T> = {}): Collection<T> {
    checkName('namespace name', name);
    const version = opts.version ?? 1;
    const open = this.#namespaces.get(name);
    if (open) {
      // The same definition asked for twice gets the same collection; a different one is a conflict.
      if (open.schema === schema && open.version === version) return open as unknown as Collection<T>;
      throw new StoreError(`The namespace "${name}" is already open on this store with another schema.`);
    }
    if (!Number.isInteger(version) || version < 0)
      throw new StoreError('A namespace version must be an integer ≥ 0.');
    const collection = new CollectionImpl<T>(this, name, schema, version, opts.migrate);
    this.#namespaces.set(name, collection as CollectionImpl<unknown>);
    return collection;
  }

  async readIndex(ns: string, guildId: string): Promise<string[]> {
    const raw = await this.io(() => this.keyv.get(indexKey(ns, guildId)));
    if (raw === undefined || raw === null) return [];
    const parsed = indexSchema.safeParse(raw);
    if (!parsed.success) {
      this.#log.warn({ namespace: ns, guildId }, 'storage: key index is corrupt; treating it as empty');
      return [];
    }
    return parsed.data;
  }

  async addToIndex(ns: string, guildId: string, key: string): Promise<void> {
    await this.lock(indexKey(ns, guildId), async () => {
      const keys = await this.readIndex(ns, guildId);
      if (keys.includes(key)) return;
      if (keys.length === 0) await this.#register(ns, guildId);
      keys.push(key);
      await this.io(() => this.keyv.set(indexKey(ns, guildId), keys));
    });
  }

  async removeFromIndex(ns: string, guildId: string, drop: Set<string>): Promise<void> {
    await this.lock(indexKey(ns, guildId), async () => {
      const keys = await this.readIndex(ns, guildId);
      const kept = keys.filter((k) => !drop.has(k));
      if (kept.length === keys.length) return;
      if (kept.length === 0) await this.io(() => this.keyv.delete(indexKey(ns, guildId)));
      else await this.io(() => this.keyv.set(indexKey(ns, guildId), kept));
    });
  }

  async #register(ns: string, guildId: string): Promise<void> {
    await this.lock(registryKey(guildId), async () => {
      const raw = await this.io(() => this.keyv.get(registryKey(guildId)));
      const parsed = indexSchema.safeParse(raw ?? []);
      const names = parsed.success ? parsed.data : [];
      if (names.includes(ns)) return;
      names.push(ns);
      await this.io(() => this.keyv.set(registryKey(guildId), names));
    });
  }

  async forgetGuild(guildId: string): Promise<void> {
    checkName('server id', guildId);
    const raw = await this.io(() => this.keyv.get(registryKey(guildId)));
    const parsed = indexSchema.safeParse(raw ?? []);
    const names = new Set([...(parsed.success ? parsed.data : []), ...this.#namespaces.keys()]);
    for (const ns of names) {
      if (!NAME_RE.test(ns)) continue;
      await this.lock(indexKey(ns, guildId), async () => {
        const keys = await this.readIndex(ns, guildId);
        for (let i = 0; i < keys.length; i += 100) {
          const chunk = keys.slice(i, i + 100).map((k) => physicalKey(ns, guildId, k));
          await this.io(() => Promise.all(chunk.map((pk) => this.keyv.delete(pk))));
        }
        await this.io(() => this.keyv.delete(indexKey(ns, guildId)));
      });
    }
    await this.lock(registryKey(guildId), () => this.io(() => this.keyv.delete(registryKey(guildId))));
    this.#log.info({ guildId, namespaces: [...names] }, 'storage: forgot a server');
  }

  async health(): Promise<StoreHealth> {
    const started = performance.now();
    try {
      await this.io(() => this.keyv.get('__health__'), Math.min(this.#opTimeoutMs, 2000));
      return { ok: true, latencyMs: Math.round((performance.now() - started) * 100) / 100 };
    } catch (error) {
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      return {
        ok: false,
        latencyMs: Math.round((performance.now() - started) * 100) / 100,
        error: describeError(cause),
      };
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.#handle.close();
    } catch (error) {
      this.#log.debug({ cause: describeError(error) }, 'storage: error while closing');
    }
  }
}

class CollectionImpl<T> implements Collection<T> {
  constructor(
    private readonly store: KeyvStore,
    readonly name: string,
    readonly schema: z.ZodType<T>,
    readonly version: number,
    private readonly migrate?: (data: unknown, fromVersion: number) => unknown,
  ) {}

  #decode(raw: unknown, guildId: string, key: string): T | undefined {
    if (raw === undefined || raw === null) return undefined;
    const where = { namespace: this.name, guildId, key };
    if (raw === CORRUPT) {
      this.store.log.warn(where, 'storage: value is not valid JSON; treating it as absent');
      return undefined;
    }
    const wrapped = wrapperSchema.safeParse(raw);
    if (!wrapped.success) {
      this.store.log.warn(where, 'storage: value has no schema version wrapper; treating it as absent');
      return undefined;
    }
    let data = wrapped.data.d;
    const from = wrapped.data.v;
    if (from > this.version) {
      this.store.log.warn(
        { ...where, stored: from, current: this.version },
        'storage: value was written by a newer schema version; treating it as absent',
      );
      return undefined;
    }
    if (from < this.version && this.migrate) {
      try {
        data = this.migrate(data, from);
      } catch (error) {
        this.store.log.warn({ ...where, cause: describeError(error) }, 'storage: migration failed');
        return undefined;
      }
    }
    const parsed = this.schema.safeParse(data);
    if (!parsed.success) {
      this.store.log.warn(
        { ...where, issues: summariseIssues(parsed.error) },
        'storage: value does not match its schema; treating it as absent',
      );
      return undefined;
    }
    return parsed.data;
  }

  #encode(value: T): { v: number; d: T } {
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) {
      throw new StoreError(
        `Refusing to store an invalid value in "${this.name}": ${summariseIssues(parsed.error)}`,
      );
    }
    return { v: this.version, d: parsed.data };
  }

  #check(guildId: string, key: string): string {
    checkName('server id', guildId);
    checkKey(key);
    return physicalKey(this.name, guildId, key);
  }

  #ttl(ttlMs: number | undefined): number | undefined {
    if (ttlMs === undefined) return undefined;
    if (!Number.isFinite(ttlMs) || ttlMs <= 0)
      throw new StoreError('A TTL must be a positive number of milliseconds.');
    return Math.ceil(ttlMs);
  }

  async get(guildId: string, key: string): Promise<T | undefined> {
    const pk = this.#check(guildId, key);
    const raw = await this.store.io(() => this.store.keyv.get(pk));
    return this.#decode(raw, guildId, key);
  }

  async set(guildId: string, key: string, value: T, ttlMs?: number): Promise<void> {
    const pk = this.#check(guildId, key);
    const wrapped = this.#encode(value);
    const ttl = this.#ttl(ttlMs);
    await this.store.lock(pk, async () => {
      await this.store.addToIndex(this.name, guildId, key);
      await this.store.io(() => this.store.keyv.set(pk, wrapped, ttl));
    });
  }

  async delete(guildId: string, key: string): Promise<boolean> {
    const pk = this.#check(guildId, key);
    return this.store.lock(pk, async () => {
      const existed = await this.store.io(() => this.store.keyv.has(pk));
      await this.store.io(() => this.store.keyv.delete(pk));
      await this.store.removeFromIndex(this.name, guildId, new Set([key]));
      return existed;
    });
  }

  async update(
    guildId: string,
    key: string,
    fn: (current: T | undefined) => T | undefined | Promise<T | undefined>,
    ttlMs?: number,
  ): Promise<T | undefined> {
    const pk = this.#check(guildId, key);
    const ttl = this.#ttl(ttlMs);
    return this.store.lock(pk, async () => {
      const raw = await this.store.io(() => this.store.keyv.get(pk));
      const current = this.#decode(raw, guildId, key);
      const next = await fn(current);
      if (next === undefined) {
        if (raw !== undefined && raw !== null) {
          await this.store.io(() => this.store.keyv.delete(pk));
          await this.store.removeFromIndex(this.name, guildId, new Set([key]));
        }
        return undefined;
      }
      const wrapped = this.#encode(next);
      // Also when a corrupt value was there: it may never have been indexed.
      if (current === undefined) await this.store.addToIndex(this.name, guildId, key);
      await this.store.io(() => this.store.keyv.set(pk, wrapped, ttl));
      return wrapped.d;
    });
  }

  async list(guildId: string): Promise<Array<Entry<T>>> {
    checkName('server id', guildId);
    const keys = await this.store.readIndex(this.name, guildId);
    if (keys.length === 0) return [];
    const entries: Array<Entry<T>> = [];
    const missing: string[] = [];
    for (let i = 0; i < keys.length; i += 200) {
      const chunk = keys.slice(i, i + 200);
      const raws = await this.store.io(() =>
        this.store.keyv.getMany(chunk.map((k) => physicalKey(this.name, guildId, k))),
      );
      chunk.forEach((key, j) => {
        const raw = raws[j];
        if (raw === undefined || raw === null) {
          missing.push(key);
          return;
        }
        const value = this.#decode(raw, guildId, key);
        if (value !== undefined) entries.push({ key, value });
      });
    }
    if (missing.length > 0) await this.#prune(guildId, missing);
    return entries;
  }

  /** Drops expired keys from the index; each is re-checked under its key lock so a racing set wins. */
  async #prune(guildId: string, keys: string[]): Promise<void> {
    const gone = new Set<string>();
    for (const key of keys) {
      const pk = physicalKey(this.name, guildId, key);
      await this.store.lock(pk, async () => {
        if (!(await this.store.io(() => this.store.keyv.has(pk)))) gone.add(key);
      });
    }
    if (gone.size > 0) await this.store.removeFromIndex(this.name, guildId, gone);
  }
}

/**
 * Opens the store named by a STORE_URL (`sqlite://path` relative to the working directory,
 * `redis://` / `rediss://`, `postgres://` / `postgresql://`, `memory://`). Rejects within
 * `connectTimeoutMs` (+ a little) with a StoreError naming the URL (password hidden) and the cause
 * when the backend cannot be reached.
 */
export async function openStore(url: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const log = opts.log ?? noopLogger;
  const connectTimeoutMs = opts.connectTimeoutMs ?? 5000;
  const operationTimeoutMs = opts.operationTimeoutMs ?? 3000;
  const shown = redactUrl(url);
  let lastDriverError: string | undefined;
  let handle: BackendHandle;
  try {
    handle = openBackend(url, {
      connectTimeoutMs,
      queryTimeoutMs: operationTimeoutMs,
      onDriverError: (error) => {
        const text = describeError(error);
        if (text !== lastDriverError) log.debug({ cause: text }, 'storage driver error');
        lastDriverError = text;
      },
    });
  } catch (error) {
    if (error instanceof StoreError) throw new StoreError(`Cannot open the store ${shown}: ${error.message}`);
    throw new StoreError(`Cannot open the store ${shown}: ${describeError(error)}`, { cause: error });
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      handle.ready(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(handle.lastError() ?? new Error(`no answer within ${connectTimeoutMs} ms`)),
          connectTimeoutMs + 500,
        );
      }),
    ]);
  } catch (error) {
    await handle.close().catch(() => {});
    throw new StoreError(`Cannot reach the store ${shown}: ${describeError(error)}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  log.info({ backend: handle.backend, url: shown }, 'storage ready');
  return new KeyvStore(handle, log, operationTimeoutMs);
}

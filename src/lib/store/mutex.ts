/**
 * Per-key promise queues: `run(key, fn)` starts `fn` only after every earlier task for the same key
 * has settled. Tasks for different keys run concurrently. Entries are removed when a queue drains,
 * so memory stays proportional to the keys currently in use.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<R>(key: string, fn: () => Promise<R>): Promise<R> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(fn, fn);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Number of keys with queued or running tasks (for tests and diagnostics). */
  get size(): number {
    return this.#tails.size;
  }
}

/**
 * Warming the engines when the bot is ready: the first /unspin of a run loaded the unspin lexicons and the language
 * model inside the command, and under load took longer than Discord's wait for an answer. warmEngines (src/lib/warm.ts)
 * loads them, and the extraction lexicons, once the bot is ready, in the background, a step at a time while no
 * command is being answered.
 */
import { describe, expect, it, vi } from 'vitest';
import { clientReady } from '../../src/events/clientReady.ts';
import type { EventContext } from '../../src/events/types.ts';
import { spinLoadTimeMs, unspin } from '../../src/lib/spin/index.ts';
import { warmEngines } from '../../src/lib/warm.ts';

describe('warming the engines', () => {
  it('runs no step while the caller is busy, and none once it is stopping', async () => {
    let busy = true;
    let stopping = false;
    const warm = warmEngines({ busy: () => busy, stopping: () => stopping });
    await new Promise((r) => setTimeout(r, 300));
    expect(spinLoadTimeMs()).toBe(0);
    stopping = true;
    busy = false;
    expect(await warm).toBeNull();
    expect(spinLoadTimeMs()).toBe(0);
  });

  it('starts when the bot is ready, without holding up the ready event, and says when it is done', async () => {
    const info = vi.fn();
    const ctx = {
      log: { info, warn: vi.fn(), debug: vi.fn(), error: vi.fn() },
      connection: { reconnecting: new Set<number>(), settled: new Set<() => void>() },
      router: { registry: { commands: [] } },
      busy: () => false,
      stopping: () => false,
    } as unknown as EventContext;
    const client = {
      ws: { shards: new Map() },
      user: { tag: 'newsdesk#0001', id: '1' },
      guilds: { cache: new Map() },
    };
    expect(clientReady.execute(ctx, client as never)).toBeUndefined();
    expect(info.mock.calls.map((c) => c[1])).toEqual(['ready']);
    const until = Date.now() + 110_000;
    while (!info.mock.calls.some((c) => c[1] === 'engines warm') && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));
    const warm = info.mock.calls.find((c) => c[1] === 'engines warm');
    expect(Object.keys(warm?.[0].ms ?? {})).toEqual(['spin', 'brief', 'unspin', 'reading']);
  }, 120_000);

  it('leaves the unspin data loaded: the first unspin after it loads nothing', async () => {
    expect(await warmEngines()).not.toBeNull();
    const loadMs = spinLoadTimeMs();
    expect(loadMs).toBeGreaterThan(0);
    unspin('The minister said the talks would resume on Monday.');
    expect(spinLoadTimeMs()).toBe(loadMs);
  }, 120_000);
});

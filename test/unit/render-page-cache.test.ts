import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/lib/store/index.ts';
import { forgetPages, loadPages, PAGE_SLOTS, savePages } from '../../src/render/page-cache.ts';

let store: Store;
beforeAll(async () => {
  store = await openStore('memory://');
});
afterAll(async () => {
  await store.close();
});

const guild = { guildId: '111111111111111111', channelId: '222222222222222222' };
const page = (n: number) => ({ kind: 'brief' as const, pages: [[{ title: `reply ${n}` }]] });

describe('page state for buttons', () => {
  it('keeps a reply under a key that names its slot and interaction', async () => {
    const key = await savePages(store, guild, '900000000000000001', page(1));
    expect(key).toMatch(/^\d+-900000000000000001$/);
    const state = await loadPages(store, guild, key);
    expect(state?.pages[0][0].title).toBe('reply 1');
    expect(state?.spun).toBe(false);
    expect(state?.article).toBeNull();
  });

  it('is scoped: another server or a DM channel does not see it', async () => {
    const key = await savePages(store, guild, '900000000000000002', page(2));
    expect(await loadPages(store, { ...guild, guildId: '333333333333333333' }, key)).toBeUndefined();
    expect(await loadPages(store, { guildId: null, channelId: guild.channelId }, key)).toBeUndefined();
    const dm = { guildId: null, channelId: '444444444444444444' };
    const dmKey = await savePages(store, dm, '900000000000000003', page(3));
    expect((await loadPages(store, dm, dmKey))?.pages[0][0].title).toBe('reply 3');
  });

  it('reuses a fixed ring of slots: the oldest reply expires, the newest stay', async () => {
    const where = { guildId: '555555555555555555', channelId: '1' };
    const keys: string[] = [];
    for (let i = 0; i <= PAGE_SLOTS; i++)
      keys.push(await savePages(store, where, `80000000000000${String(i).padStart(5, '0')}`, page(i)));
    expect(new Set(keys.map((k) => k.split('-')[0])).size).toBe(PAGE_SLOTS);
    expect(await loadPages(store, where, keys[0])).toBeUndefined();
    expect((await loadPages(store, where, keys[1]))?.pages[0][0].title).toBe('reply 1');
    expect((await loadPages(store, where, keys[PAGE_SLOTS]))?.pages[0][0].title).toBe(`reply ${PAGE_SLOTS}`);
  });

  it('refuses malformed keys and forgets on request', async () => {
    expect(await loadPages(store, guild, 'nonsense')).toBeUndefined();
    expect(await loadPages(store, guild, `${PAGE_SLOTS}-1`)).toBeUndefined();
    const key = await savePages(store, guild, '900000000000000009', page(9));
    expect(await forgetPages(store, guild, key)).toBe(true);
    expect(await loadPages(store, guild, key)).toBeUndefined();
    expect(await forgetPages(store, guild, key)).toBe(false);
  });
});

/**
 * Short-lived state behind the buttons of a reply (unspin pages, brief pages, the unspun text, the article
 * for "Brief this article"). Kept in the store, so the buttons keep working across a restart (with a
 * persistent store) and answer clearly once the state is gone.
 *
 * Each server (or DM channel) has a fixed ring of PAGE_SLOTS slots, used in turn, and every entry expires
 * after PAGE_TTL_MS. The ring keeps the store's per-server key index bounded however busy a server is
 * (keys that are only ever overwritten are indexed once). A button's key is `<slot>-<interaction id>`; when
 * the slot has since been reused, the ids differ and the button answers that the reply has expired.
 */
import type { APIEmbed } from 'discord.js';
import { z } from 'zod';
import type { Collection, Store } from '../lib/store/index.ts';

/** How long the buttons of a reply keep working at most. */
export const PAGE_TTL_MS = 6 * 3600_000;
/** How many recent replies per server keep working buttons. */
export const PAGE_SLOTS = 200;

const pageStateSchema = z.object({
  kind: z.enum(['unspin', 'brief']),
  /** The interaction the reply answered: tells a reused slot from the reply a button belongs to. */
  id: z.string(),
  /** Embeds of every page, as sent. */
  pages: z.array(z.array(z.custom<APIEmbed>((v) => typeof v === 'object' && v !== null))),
  /** A brief read from restored text offers "Show unspun text". */
  spun: z.boolean().default(false),
  /** The restored text as shown to people (slurs replaced), when there is one. */
  unspunText: z.string().nullable().default(null),
  /** The article an unspin result was made from ("Brief this article" reads it again). */
  article: z
    .object({
      text: z.string(),
      title: z.string().optional(),
      url: z.string().optional(),
      published: z.string().optional(),
      posted: z.string().optional(),
      source: z.string().optional(),
      origin: z.enum(['text', 'file', 'url', 'message', 'feed']),
    })
    .nullable()
    .default(null),
  createdAt: z.string(),
});

export type PageState = z.infer<typeof pageStateSchema>;
export type PageStateInput = Omit<z.input<typeof pageStateSchema>, 'createdAt' | 'id'>;

interface Collections {
  pages: Collection<PageState>;
  ring: Collection<number>;
}

const collections = new WeakMap<Store, Collections>();

function collectionsOf(store: Store): Collections {
  let c = collections.get(store);
  if (!c) {
    c = {
      pages: store.namespace('pages', pageStateSchema),
      ring: store.namespace('pages-ring', z.number().int().nonnegative()),
    };
    collections.set(store, c);
  }
  return c;
}

/** Where a reply's state lives: its server, or its DM channel. */
export interface PageScope {
  guildId: string | null;
  channelId: string | null;
}

export function scopeOf(where: PageScope): string {
  if (where.guildId) return where.guildId;
  return `dm-${where.channelId ?? 'unknown'}`;
}

function parseKey(key: string): { slot: number; id: string } | null {
  const m = /^(\d{1,4})-(\d{1,24})$/.exec(key);
  if (!m) return null;
  const slot = Number(m[1]);
  return slot < PAGE_SLOTS ? { slot, id: m[2] } : null;
}

/** Keeps the state of the reply to interaction `id`; resolves to the key its buttons carry. */
export async function savePages(
  store: Store,
  where: PageScope,
  id: string,
  state: PageStateInput,
): Promise<string> {
  const c = collectionsOf(store);
  const scope = scopeOf(where);
  const value = pageStateSchema.parse({ ...state, id, createdAt: new Date().toISOString() });
  const next = await c.ring.update(scope, 'next', (n) => ((n ?? -1) + 1) % PAGE_SLOTS);
  const slot = next ?? 0;
  await c.pages.set(scope, `slot-${slot}`, value, PAGE_TTL_MS);
  return `${slot}-${id}`;
}

/** The state behind a button's key, or undefined when it has expired or its slot was reused. */
export async function loadPages(store: Store, where: PageScope, key: string): Promise<PageState | undefined> {
  const k = parseKey(key);
  if (!k) return undefined;
  const value = await collectionsOf(store).pages.get(scopeOf(where), `slot-${k.slot}`);
  return value && value.id === k.id ? value : undefined;
}

/** Drops the state behind a key (its buttons then answer that the reply has expired). */
export async function forgetPages(store: Store, where: PageScope, key: string): Promise<boolean> {
  const k = parseKey(key);
  if (!k || !(await loadPages(store, where, key))) return false;
  return collectionsOf(store).pages.delete(scopeOf(where), `slot-${k.slot}`);
}

/** What a button says once its reply's state is gone. */
export function expiredMessage(command: 'unspin' | 'brief'): string {
  const hours = Math.round(PAGE_TTL_MS / 3600_000);
  return `This ${command === 'brief' ? 'brief' : 'result'} has expired (I keep the buttons of recent replies for up to ${hours} hours). Run /${command} again.`;
}

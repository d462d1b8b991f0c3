/**
 * Short-lived state behind the buttons of a paged reply (unspin changes, brief pages, the unspun text).
 * Kept in the store under the interaction id for a few hours, so the buttons keep working across a restart
 * (with a persistent store) and answer clearly once the entry has expired.
 */
import type { APIEmbed } from 'discord.js';
import { z } from 'zod';
import type { Collection, Store } from '../lib/store/index.ts';

/** How long the buttons of a reply keep working. */
export const PAGE_TTL_MS = 6 * 3600_000;

const pageStateSchema = z.object({
  kind: z.enum(['unspin', 'brief']),
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
      source: z.string().optional(),
      origin: z.enum(['text', 'file', 'url', 'message', 'feed']),
    })
    .nullable()
    .default(null),
  createdAt: z.string(),
});

export type PageState = z.infer<typeof pageStateSchema>;

const collections = new WeakMap<Store, Collection<PageState>>();

function collection(store: Store): Collection<PageState> {
  let c = collections.get(store);
  if (!c) {
    c = store.namespace('pages', pageStateSchema);
    collections.set(store, c);
  }
  return c;
}

/** Entries of DMs are kept under a pseudo-server of their own. */
export function scopeOf(guildId: string | null | undefined): string {
  return guildId ?? 'dm';
}

export async function savePages(
  store: Store,
  guildId: string | null | undefined,
  key: string,
  state: Omit<z.input<typeof pageStateSchema>, 'createdAt'>,
): Promise<void> {
  const value = pageStateSchema.parse({ ...state, createdAt: new Date().toISOString() });
  await collection(store).set(scopeOf(guildId), key, value, PAGE_TTL_MS);
}

export async function loadPages(
  store: Store,
  guildId: string | null | undefined,
  key: string,
): Promise<PageState | undefined> {
  return collection(store).get(scopeOf(guildId), key);
}

/** Drops the state of one reply (its buttons then answer that it has expired). */
export async function forgetPages(
  store: Store,
  guildId: string | null | undefined,
  key: string,
): Promise<boolean> {
  return collection(store).delete(scopeOf(guildId), key);
}

/** What a button says once its reply's state is gone. */
export function expiredMessage(command: 'unspin' | 'brief'): string {
  const hours = Math.round(PAGE_TTL_MS / 3600_000);
  return `This ${command === 'brief' ? 'brief' : 'result'} has expired (buttons work for ${hours} hours). Run /${command} again.`;
}

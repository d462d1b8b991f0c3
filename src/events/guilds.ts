/**
 * Server membership. When the bot is removed from a server, its data is kept for a grace period (in case
 * the bot is re-added) and then forgotten in every namespace. The removal time is recorded in the store so
 * a restart does not lose the schedule; `sweepRemovedGuilds` does the forgetting.
 */
import { Events } from 'discord.js';
import { z } from 'zod';
import type { Collection, Store } from '../lib/store/index.ts';
import { defineEvent } from './types.ts';

/** Bot-wide bookkeeping lives under this pseudo server id (no Discord id can look like it). */
export const BOT_SCOPE = '_bot';

const removalSchema = z.object({
  removedAt: z.string(),
  forgetAt: z.string(),
  name: z.string().optional(),
});
export type GuildRemoval = z.infer<typeof removalSchema>;

const collections = new WeakMap<Store, Collection<GuildRemoval>>();

/** The `guild-removals` namespace: key = server id, value = when it was removed and when to forget it. */
export function removals(store: Store): Collection<GuildRemoval> {
  let c = collections.get(store);
  if (!c) {
    c = store.namespace('guild-removals', removalSchema);
    collections.set(store, c);
  }
  return c;
}

/** Forgets every server whose grace period has passed and that has not come back. Returns the ids forgotten. */
export async function sweepRemovedGuilds(
  store: Store,
  isMember: (guildId: string) => boolean,
  now = Date.now(),
): Promise<string[]> {
  const col = removals(store);
  const forgotten: string[] = [];
  for (const { key: guildId, value } of await col.list(BOT_SCOPE)) {
    if (isMember(guildId)) {
      await col.delete(BOT_SCOPE, guildId);
      continue;
    }
    if (Date.parse(value.forgetAt) > now) continue;
    await store.forgetGuild(guildId);
    await col.delete(BOT_SCOPE, guildId);
    forgotten.push(guildId);
  }
  return forgotten;
}

export const guildDelete = defineEvent({
  name: Events.GuildDelete,
  async execute(ctx, guild) {
    const now = Date.now();
    const record: GuildRemoval = {
      removedAt: new Date(now).toISOString(),
      forgetAt: new Date(now + ctx.guildGraceMs).toISOString(),
      name: guild.name ?? undefined,
    };
    try {
      await removals(ctx.store).set(BOT_SCOPE, guild.id, record);
      ctx.log.info(
        { guildId: guild.id, forgetAt: record.forgetAt },
        'removed from a server; its data will be forgotten',
      );
    } catch (err) {
      ctx.log.error({ guildId: guild.id, err }, 'could not record a server removal');
    }
  },
});

export const guildCreate = defineEvent({
  name: Events.GuildCreate,
  async execute(ctx, guild) {
    try {
      if (await removals(ctx.store).delete(BOT_SCOPE, guild.id)) {
        ctx.log.info(
          { guildId: guild.id },
          'added back to a server before its data was forgotten; keeping it',
        );
      }
    } catch (err) {
      ctx.log.warn({ guildId: guild.id, err }, 'could not check for a pending server removal');
    }
  },
});

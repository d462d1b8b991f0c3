/**
 * Builders for the gateway and REST objects the fake Discord hands to discord.js.
 * Payloads are complete: discord.js throws inside its gateway handler when some fields are missing
 * (for interactions: `entitlements`, `authorizing_integration_owners`).
 */
import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A real-looking snowflake (timestamp in the high bits), so discord.js computes sensible creation times. */
export function snowflake(at = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export function interactionToken(): string {
  return `aW50ZXJhY3Rpb24${randomBytes(36).toString('base64url')}`;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

export function user(id: string, username: string, bot = false): FakeUser {
  return {
    id,
    username,
    global_name: bot ? null : username[0].toUpperCase() + username.slice(1),
    discriminator: '0',
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

/** Permission bits used by the fake guild (decimal strings, as Discord sends them). */
export const PERMS = {
  /** What an ordinary member has: view, send, history, embed, attach, use application commands, … */
  member: (
    (1n << 10n) | // ViewChannel
    (1n << 11n) | // SendMessages
    (1n << 14n) | // EmbedLinks
    (1n << 15n) | // AttachFiles
    (1n << 16n) | // ReadMessageHistory
    (1n << 6n) | // AddReactions
    (1n << 31n) | // UseApplicationCommands
    (1n << 38n)
  ) // SendMessagesInThreads
    .toString(),
  /** Moderator: Administrator + Manage Server + Manage Messages. */
  moderator: ((1n << 3n) | (1n << 5n) | (1n << 13n)).toString(),
  /** Every bit the bot might need in a channel. */
  bot: ((1n << 41n) - 1n).toString(),
};

export interface GuildFixture {
  id: string;
  name: string;
  ownerId: string;
  channels: { id: string; name: string }[];
  moderatorRoleId: string;
}

export function role(id: string, name: string, permissions: string, position: number) {
  return {
    id,
    name,
    permissions,
    position,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    managed: false,
    mentionable: false,
    icon: null,
    unicode_emoji: null,
    flags: 0,
  };
}

export function textChannel(id: string, name: string, guildId: string, position: number) {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: 0,
  };
}

export function dmChannel(id: string, recipient: FakeUser) {
  return { id, type: 1, last_message_id: null, recipients: [recipient], flags: 0 };
}

export function member(u: FakeUser, roles: string[], joinedAt: string, permissions?: string) {
  return {
    user: u,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: joinedAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    ...(permissions ? { permissions } : {}),
  };
}

export function guildCreate(g: GuildFixture, members: ReturnType<typeof member>[], joinedAt: string) {
  return {
    id: g.id,
    name: g.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: g.ownerId,
    region: null,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      role(g.id, '@everyone', PERMS.member, 0),
      role(g.moderatorRoleId, 'moderator', PERMS.moderator, 1),
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: g.channels[0]?.id ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US',
    max_video_channel_users: 25,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: members.length,
    voice_states: [],
    members,
    channels: g.channels.map((c, i) => textChannel(c.id, c.name, g.id, i)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    lazy: true,
  };
}

export interface StoredAttachment {
  id: string;
  filename: string;
  contentType: string;
  data: Buffer;
  url: string;
  description?: string;
}

export function attachmentJson(a: StoredAttachment) {
  return {
    id: a.id,
    filename: a.filename,
    size: a.data.length,
    url: a.url,
    proxy_url: a.url,
    content_type: a.contentType,
    ...(a.description ? { description: a.description } : {}),
  };
}

/** Guesses a content type from a file name (used when a multipart part or helper gives none). */
export function contentTypeFor(name: string): string {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  const types: Record<string, string> = {
    txt: 'text/plain; charset=utf-8',
    md: 'text/markdown; charset=utf-8',
    html: 'text/html; charset=utf-8',
    htm: 'text/html; charset=utf-8',
    json: 'application/json',
    csv: 'text/csv; charset=utf-8',
    png: 'image/png',
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    gif: 'image/gif',
    svg: 'image/svg+xml',
    pdf: 'application/pdf',
  };
  return types[ext] ?? 'application/octet-stream';
}

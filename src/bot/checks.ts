/**
 * Checks the router runs before a handler, each a small reusable step. A check either passes or returns a
 * short explanation that the router sends privately to the user.
 */
import { PermissionsBitField, type PermissionsString, type RepliableInteraction } from 'discord.js';
import type { Command } from './types.ts';

export type CheckResult = { ok: true } | { ok: false; reason: string; check: string };

export type Check = (interaction: RepliableInteraction, command: Command, now: number) => CheckResult;

const PASS: CheckResult = { ok: true };

function commandLabel(command: Command): string {
  return command.data.type && command.data.type !== 1 ? `“${command.data.name}”` : `/${command.data.name}`;
}

/** Refuses commands marked `guildOnly` outside a server (DMs, group DMs). */
export const guildOnly: Check = (interaction, command) =>
  command.guildOnly && !interaction.inGuild()
    ? {
        ok: false,
        check: 'guildOnly',
        reason: `${commandLabel(command)} only works in a server, not in direct messages.`,
      }
    : PASS;

/** Names Discord shows in its UI for the permissions whose flag names differ. */
const PERMISSION_NAMES: Partial<Record<PermissionsString, string>> = {
  ManageGuild: 'Manage Server',
  ManageMessages: 'Manage Messages',
  ManageChannels: 'Manage Channels',
  ManageRoles: 'Manage Roles',
  ManageWebhooks: 'Manage Webhooks',
  ManageGuildExpressions: 'Manage Expressions',
  ModerateMembers: 'Timeout Members',
  ViewAuditLog: 'View Audit Log',
  SendMessages: 'Send Messages',
  EmbedLinks: 'Embed Links',
  AttachFiles: 'Attach Files',
};

export function permissionNames(bits: bigint): string[] {
  return new PermissionsBitField(bits)
    .toArray()
    .map((p) => PERMISSION_NAMES[p] ?? p.replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/** Refuses members who lack the command's `permissions` (Administrator implies all). */
export const memberPermissions: Check = (interaction, command) => {
  if (!command.permissions) return PASS;
  const have = interaction.memberPermissions;
  if (!have) {
    return {
      ok: false,
      check: 'permissions',
      reason: `${commandLabel(command)} needs server permissions, so it only works in a server.`,
    };
  }
  const missing = have.missing(command.permissions, true);
  if (missing.length === 0) return PASS;
  const names = permissionNames(new PermissionsBitField(missing).bitfield);
  return {
    ok: false,
    check: 'permissions',
    reason: `You need the ${names.join(', ')} permission${names.length === 1 ? '' : 's'} to use ${commandLabel(command)}.`,
  };
};

/** Per-user, per-command cooldowns, kept in memory (a cooldown does not need to survive a restart). */
export class Cooldowns {
  readonly #until = new Map<string, number>();

  /** Starts the cooldown and returns 0, or returns the milliseconds still to wait. */
  take(key: string, ms: number, now: number): number {
    const until = this.#until.get(key);
    if (until !== undefined && until > now) return until - now;
    this.#until.set(key, now + ms);
    if (this.#until.size > 10_000) this.sweep(now);
    return 0;
  }

  sweep(now: number): void {
    for (const [k, until] of this.#until) if (until <= now) this.#until.delete(k);
  }

  get size(): number {
    return this.#until.size;
  }
}

/** Refuses a user who used the same heavy command less than `cooldownMs` ago. Run it last. */
export function cooldown(cooldowns = new Cooldowns()): Check {
  return (interaction, command, now) => {
    if (!command.cooldownMs || command.cooldownMs <= 0) return PASS;
    const wait = cooldowns.take(
      `${interaction.user.id}:${command.data.type ?? 1}:${command.data.name}`,
      command.cooldownMs,
      now,
    );
    if (wait === 0) return PASS;
    const s = Math.ceil(wait / 1000);
    return {
      ok: false,
      check: 'cooldown',
      reason: `Slow down: you can use ${commandLabel(command)} again in ${s} second${s === 1 ? '' : 's'}.`,
    };
  };
}

/** Runs checks in order and returns the first denial, or a pass. */
export function runChecks(
  checks: readonly Check[],
  interaction: RepliableInteraction,
  command: Command,
  now: number,
): CheckResult {
  for (const check of checks) {
    const r = check(interaction, command, now);
    if (!r.ok) return r;
  }
  return PASS;
}

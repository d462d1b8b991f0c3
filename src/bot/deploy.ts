/**
 * Registers the command definitions with Discord (or a Discord-compatible API): guild-scoped for
 * development (instant), global otherwise. A separate step, never run on every start.
 */
import { DiscordAPIError, REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import { createRegistry } from './registry.ts';
import type { Command } from './types.ts';

export interface DeployOptions {
  token: string;
  applicationId: string;
  /** Deploy to this server only; omit for global commands. */
  guildId?: string;
  /** Base URL of the REST API (…/api); default Discord. */
  api?: string;
  commands: readonly Command[];
}

export interface DeployResult {
  scope: 'guild' | 'global';
  guildId?: string;
  deployed: { id: string; name: string; type: number }[];
}

export class DeployError extends Error {
  override name = 'DeployError';
}

function explain(err: unknown, opts: DeployOptions): Error {
  if (err instanceof DiscordAPIError) {
    if (err.status === 401) return new DeployError('DISCORD_TOKEN was rejected by Discord (401).');
    if (err.status === 403 || err.status === 404) {
      return new DeployError(
        opts.guildId
          ? `Discord refused access to server ${opts.guildId} (${err.status}): invite the bot there with the applications.commands scope, and check that DISCORD_CLIENT_ID belongs to this token.`
          : `Discord refused the deployment (${err.status}): check that DISCORD_CLIENT_ID (${opts.applicationId}) belongs to this token.`,
      );
    }
    if (err.status === 400) {
      return new DeployError(`Discord rejected the command definitions (400): ${err.message}`);
    }
    return new DeployError(`Deployment failed (${err.status}): ${err.message}`);
  }
  const code =
    (err as { cause?: { code?: string }; code?: string })?.cause?.code ?? (err as { code?: string })?.code;
  if (typeof code === 'string') {
    return new DeployError(
      `Could not reach the Discord API at ${opts.api ?? 'https://discord.com/api'} (${code}).`,
    );
  }
  return err instanceof Error ? err : new Error(String(err));
}

export async function deployCommands(opts: DeployOptions): Promise<DeployResult> {
  const registry = createRegistry(opts.commands);
  const rest = new REST({ retries: 1, timeout: 15_000, ...(opts.api ? { api: opts.api } : {}) }).setToken(
    opts.token,
  );
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId)
    : Routes.applicationCommands(opts.applicationId);
  let result: RESTPutAPIApplicationCommandsResult;
  try {
    result = (await rest.put(route, { body: registry.definitions() })) as RESTPutAPIApplicationCommandsResult;
  } catch (err) {
    throw explain(err, opts);
  }
  return {
    scope: opts.guildId ? 'guild' : 'global',
    guildId: opts.guildId,
    deployed: result.map((c) => ({ id: c.id, name: c.name, type: c.type })),
  };
}

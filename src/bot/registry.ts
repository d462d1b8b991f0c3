/**
 * The command registry: the explicit list from src/commands/index.ts (or a list a test injects),
 * checked once at load and indexed for the router.
 */
import { ApplicationCommandType, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from './types.ts';

const CHAT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

export interface Registry {
  readonly commands: readonly Command[];
  /** The command a slash (type 1) or context-menu (type 2/3) interaction names. */
  byInteraction(type: ApplicationCommandType, name: string): Command | undefined;
  /** The command owning a component or modal custom_id (`<commandName>:...`). */
  byCustomId(customId: string): Command | undefined;
  /** Definitions as Discord's API takes them (for deployment and the fake). */
  definitions(): RESTPostAPIApplicationCommandsJSONBody[];
}

export class RegistryError extends Error {
  override name = 'RegistryError';
}

function typeOf(c: Command): ApplicationCommandType {
  return c.data.type ?? ApplicationCommandType.ChatInput;
}

/** Checks the list (names valid and unique per command type, handlers present) and indexes it. */
export function createRegistry(commands: readonly Command[]): Registry {
  const byKey = new Map<string, Command>();
  const byPrefix = new Map<string, Command>();
  for (const c of commands) {
    const name = c?.data?.name;
    if (typeof name !== 'string' || typeof c.execute !== 'function') {
      throw new RegistryError(
        `a command module has no data.name or no execute(): ${JSON.stringify(c?.data)}`,
      );
    }
    const type = typeOf(c);
    if (type === ApplicationCommandType.ChatInput && (!CHAT_NAME.test(name) || name !== name.toLowerCase())) {
      throw new RegistryError(`slash command name "${name}" must be 1–32 lowercase letters, digits, - or _`);
    }
    if (type !== ApplicationCommandType.ChatInput && (name.length < 1 || name.length > 32)) {
      throw new RegistryError(`context menu name "${name}" must be 1–32 characters`);
    }
    if (name.includes(':')) throw new RegistryError(`command name "${name}" must not contain ":"`);
    const key = `${type}:${name}`;
    if (byKey.has(key)) throw new RegistryError(`two commands are named "${name}" (type ${type})`);
    byKey.set(key, c);
    if (c.component || c.modal || c.autocomplete) {
      const other = byPrefix.get(name);
      if (other && (other.component || other.modal) && (c.component || c.modal)) {
        throw new RegistryError(`two commands named "${name}" both handle components or modals`);
      }
      if (!other || c.component || c.modal) byPrefix.set(name, c);
    }
  }
  const list = Object.freeze([...commands]);
  return {
    commands: list,
    byInteraction: (type, name) => byKey.get(`${type}:${name}`),
    byCustomId(customId) {
      const i = customId.indexOf(':');
      const c = byPrefix.get(i < 0 ? customId : customId.slice(0, i));
      return c;
    },
    definitions: () => list.map((c) => structuredClone(c.data)),
  };
}

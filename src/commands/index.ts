/**
 * The command registry: every command the bot serves, in /help order.
 * To add a command: one import and one entry in the array.
 */
import type { Command } from '../bot/types.ts';
import { brief } from './brief.ts';
import { briefMessage } from './brief-message.ts';
import { help } from './help.ts';
import { ping } from './ping.ts';
import { unspin } from './unspin.ts';
import { unspinMessage } from './unspin-message.ts';

// biome-ignore format: one entry per line keeps additions trivially mergeable
export const commands: Command[] = [
  help,
  ping,
  unspin,
  brief,
  unspinMessage,
  briefMessage,
];

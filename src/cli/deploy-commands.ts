/** `newsdesk deploy-commands [--guild ID] [--global] [--dry-run]`: registers the slash and context-menu commands. */

import { DeployError, deployCommands } from '../bot/deploy.ts';
import { createRegistry } from '../bot/registry.ts';
import { commands } from '../commands/index.ts';
import { loadConfigOrReport, parseCommandArgs } from './io.ts';

const USAGE = `usage: newsdesk deploy-commands [--guild ID | --global] [--dry-run]

Registers every newsdesk command with Discord. With --guild (or DEV_GUILD_ID set) the commands go to one
server and appear at once (use this while developing); otherwise they are global. Needs DISCORD_TOKEN and
DISCORD_CLIENT_ID. --dry-run prints the definitions as JSON without sending anything.`;

function typeLabel(type: number): string {
  return type === 3 ? 'message menu' : type === 2 ? 'user menu' : 'slash';
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('deploy-commands', USAGE, args, {
    valued: ['guild'],
    switches: ['global', 'dry-run'],
  });
  if (typeof parsed === 'number') return parsed;
  const { flags } = parsed;
  if (flags['dry-run']) {
    console.log(JSON.stringify(createRegistry(commands).definitions(), null, 2));
    return 0;
  }
  const config = loadConfigOrReport();
  if (!config) return 1;
  if (!config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) {
    console.error(
      'newsdesk deploy-commands: DISCORD_TOKEN and DISCORD_CLIENT_ID must be set (in .env or the environment).\n' +
        'Without a token there is nothing to deploy to: `npm start` runs the sandbox, which registers the commands in its fake Discord by itself.',
    );
    return 1;
  }
  const guild = flags.guild;
  if (guild !== undefined && (guild === true || !/^\d{17,20}$/.test(guild))) {
    console.error(
      `newsdesk deploy-commands: --guild expects a Discord server id (17–20 digits), got ${JSON.stringify(guild)}`,
    );
    return 2;
  }
  if (guild && flags.global) {
    console.error('newsdesk deploy-commands: use either --guild or --global, not both');
    return 2;
  }
  const guildId = flags.global ? undefined : ((guild as string | undefined) ?? config.DEV_GUILD_ID);
  try {
    const result = await deployCommands({
      token: config.DISCORD_TOKEN,
      applicationId: config.DISCORD_CLIENT_ID,
      guildId,
      api: config.DISCORD_API_URL,
      commands,
    });
    const where =
      result.scope === 'guild'
        ? `to server ${result.guildId} (available at once)`
        : 'globally (may take a few minutes to show up everywhere)';
    console.log(
      `Deployed ${result.deployed.length} command${result.deployed.length === 1 ? '' : 's'} ${where}:`,
    );
    for (const c of result.deployed)
      console.log(`  ${c.type === 1 ? '/' : ''}${c.name}  (${typeLabel(c.type)}, id ${c.id})`);
    return 0;
  } catch (err) {
    if (err instanceof DeployError) {
      console.error(`newsdesk deploy-commands: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

/**
 * /help [command]: what newsdesk does and every command it serves, each with an example. Generated from
 * the router's command list (plus each module's `help`), so it stays current as commands are added.
 */
import {
  type APIApplicationCommandOption,
  type APIEmbed,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../bot/types.ts';
import { clipText, LIMITS, respond, respondChoices } from '../render/safe.ts';

const INTRO =
  'newsdesk reads the news your server shares. It spots machine-"spun" copies of articles and restores the ' +
  'original wording, and turns an article into a short fact brief (who, what, where, when, incidents, quotes, ' +
  'numbers). Paste text, attach a file, give a link, or use Apps ▸ Unspin / Brief on any message.';

const COLOR = 0x3b6ea5;

function label(data: RESTPostAPIApplicationCommandsJSONBody): string {
  const type = data.type ?? ApplicationCommandType.ChatInput;
  if (type === ApplicationCommandType.Message) return `Apps ▸ ${data.name} (on a message)`;
  if (type === ApplicationCommandType.User) return `Apps ▸ ${data.name} (on a member)`;
  return `/${data.name}`;
}

function summary(c: Command): string {
  const d = c.data;
  if ('description' in d && d.description) return d.description;
  if (c.help?.details) return c.help.details.split(/(?<=[.!?])\s/)[0];
  return 'Right-click (or long-press) a message, then Apps.';
}

function optionLine(o: APIApplicationCommandOption, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  if (
    o.type === ApplicationCommandOptionType.Subcommand ||
    o.type === ApplicationCommandOptionType.SubcommandGroup
  ) {
    const nested = (o.options ?? []) as APIApplicationCommandOption[];
    return [`${pad}• **${o.name}** — ${o.description}`, ...nested.flatMap((n) => optionLine(n, depth + 1))];
  }
  const required = 'required' in o && o.required ? '' : ' (optional)';
  return [`${pad}• \`${o.name}\`${required} — ${o.description}`];
}

function restrictions(c: Command): string[] {
  const out: string[] = [];
  if (c.guildOnly) out.push('works in servers only');
  if (c.permissions) out.push('needs extra member permissions');
  if (c.cooldownMs) out.push(`one use per ${Math.ceil(c.cooldownMs / 1000)} s per member`);
  return out;
}

/** The overview: intro plus one field per command. */
export function overviewEmbed(commands: readonly Command[]): APIEmbed {
  const fields = commands.map((c) => {
    const lines = [summary(c)];
    if (c.help?.example) lines.push(`e.g. \`${c.help.example}\``);
    return {
      name: clipText(label(c.data), LIMITS.fieldName),
      value: clipText(lines.join('\n'), LIMITS.fieldValue),
    };
  });
  return {
    title: 'newsdesk — help',
    description: `${INTRO}\n\nFor details on one command: \`/help command: <name>\`.`,
    color: COLOR,
    fields,
  };
}

/** Details of one command: description, example, options, restrictions. */
export function detailEmbed(c: Command): APIEmbed {
  const parts = [summary(c)];
  if (c.help?.details && c.help.details !== summary(c)) parts.push(c.help.details);
  if (c.help?.example) parts.push(`**Example:** \`${c.help.example}\``);
  const options = 'options' in c.data && c.data.options ? c.data.options : [];
  if (options.length) parts.push(`**Options**\n${options.flatMap((o) => optionLine(o)).join('\n')}`);
  const r = restrictions(c);
  if (r.length) parts.push(`**Note:** ${r.join('; ')}.`);
  return {
    title: label(c.data),
    description: clipText(parts.join('\n\n'), LIMITS.description),
    color: COLOR,
  };
}

function findCommand(commands: readonly Command[], query: string): Command | undefined {
  const q = query.trim().replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.data.name.toLowerCase() === q);
}

export const help: Command = {
  data: {
    name: 'help',
    description: 'What newsdesk does and how to use each command',
    type: ApplicationCommandType.ChatInput,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'command',
        description: 'Show the details of one command',
        required: false,
        autocomplete: true,
      },
    ],
  },
  help: { example: '/help command: unspin' },
  async execute(interaction, ctx) {
    const commands = ctx.commands ?? [];
    const query = interaction.isChatInputCommand() ? interaction.options.getString('command') : null;
    if (query) {
      const c = findCommand(commands, query);
      if (!c) {
        const names = commands.map((x) => x.data.name).join(', ');
        await respond(
          interaction,
          { content: `There is no command called “${clipText(query, 100)}”. Commands: ${names}.` },
          { ephemeral: true },
        );
        return;
      }
      await respond(interaction, { embeds: [detailEmbed(c)] }, { ephemeral: true });
      return;
    }
    await respond(interaction, { embeds: [overviewEmbed(commands)] }, { ephemeral: true });
  },
  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().trim().replace(/^\//, '').toLowerCase();
    const matches = (ctx.commands ?? [])
      .filter((c) => c.data.name.toLowerCase().includes(typed))
      .sort(
        (a, b) =>
          Number(!a.data.name.toLowerCase().startsWith(typed)) -
          Number(!b.data.name.toLowerCase().startsWith(typed)),
      )
      .map((c) => ({ name: label(c.data), value: c.data.name }));
    await respondChoices(interaction, matches);
  },
};

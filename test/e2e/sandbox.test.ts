import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../src/bot/types.ts';
import { commands as registry } from '../../src/commands/index.ts';
import { loadConfig } from '../../src/config.ts';
import { openStore, type Store } from '../../src/lib/store/index.ts';
import { createLogger } from '../../src/log.ts';
import type { FakeDiscord } from '../../src/sandbox/fake/index.ts';
import { runSandbox } from '../../src/sandbox/repl.ts';

const quiet = { parse: [] as never[], repliedUser: false };

/** Test-only commands exercising what the prompt must render: files, buttons, modals, deferrals, menus. */
const testCommands: Command[] = [
  {
    data: {
      name: 'wordcount',
      description: 'Counts words of a text or a file',
      options: [
        { type: 3, name: 'text', description: 'Text' },
        { type: 11, name: 'file', description: 'A file' },
        { type: 5, name: 'upper', description: 'Shout' },
        { type: 4, name: 'times', description: 'Repeat', min_value: 1, max_value: 3 },
      ],
    },
    async execute(i) {
      if (!i.isChatInputCommand()) return;
      const file = i.options.getAttachment('file');
      const text = file ? await (await fetch(file.url)).text() : (i.options.getString('text') ?? '');
      const n = text.split(/\s+/).filter(Boolean).length;
      let out = `${n} words`;
      if (i.options.getBoolean('upper')) out = out.toUpperCase();
      out = Array(i.options.getInteger('times') ?? 1)
        .fill(out)
        .join(' / ');
      await i.reply({ content: out, allowedMentions: quiet });
    },
  },
  {
    data: { name: 'report', description: 'Deferred reply with an embed, a file and a follow-up' },
    defer: true,
    async execute(i) {
      await new Promise((r) => setTimeout(r, 50));
      await i.editReply({
        embeds: [
          {
            title: 'Report',
            description: 'Everything is fine.',
            fields: [{ name: 'Count', value: '3' }],
            footer: { text: 'sandbox' },
          },
        ],
        files: [{ attachment: Buffer.from('full report text'), name: 'report.txt' }],
        components: [
          new ActionRowBuilder<ButtonBuilder>()
            .addComponents(
              new ButtonBuilder().setCustomId('report:more').setLabel('More').setStyle(ButtonStyle.Primary),
              new ButtonBuilder().setCustomId('report:ask').setLabel('Ask').setStyle(ButtonStyle.Secondary),
            )
            .toJSON(),
        ],
        allowedMentions: quiet,
      });
      await i.followUp({ content: 'a private note', flags: MessageFlags.Ephemeral, allowedMentions: quiet });
    },
    async component(i) {
      if (i.customId === 'report:more') {
        await i.update({ content: 'more details', embeds: [], components: [], allowedMentions: quiet });
      } else {
        await i.showModal(
          new ModalBuilder()
            .setCustomId('report:modal')
            .setTitle('Ask a question')
            .addComponents(
              new ActionRowBuilder<TextInputBuilder>().addComponents(
                new TextInputBuilder().setCustomId('q').setLabel('Question').setStyle(TextInputStyle.Short),
              ),
            ),
        );
      }
    },
    async modal(i) {
      await i.reply({ content: `you asked: ${i.fields.getTextInputValue('q')}`, allowedMentions: quiet });
    },
  },
  {
    data: { name: 'Shout', type: 3 },
    async execute(i) {
      if (!i.isMessageContextMenuCommand()) return;
      await i.reply({ content: i.targetMessage.content.toUpperCase() || '(empty)', allowedMentions: quiet });
    },
  },
  {
    data: {
      name: 'city',
      description: 'Autocomplete and permissions',
      options: [{ type: 3, name: 'name', description: 'City', required: true, autocomplete: true }],
    },
    async execute(i) {
      if (!i.isChatInputCommand()) return;
      const admin = i.memberPermissions?.has('ManageGuild') ? 'editor' : 'reader';
      await i.reply({ content: `${i.options.getString('name', true)} for ${admin}`, allowedMentions: quiet });
    },
    async autocomplete(i) {
      const q = String(i.options.getFocused()).toLowerCase();
      await i.respond(
        ['Tehran', 'Tabriz', 'Isfahan']
          .filter((c) => c.toLowerCase().startsWith(q))
          .map((c) => ({ name: c, value: c })),
      );
    },
  },
  {
    data: { name: 'alert', description: 'Replies, then posts in #news and sends a DM' },
    async execute(i) {
      await i.reply({ content: 'alert set', flags: MessageFlags.Ephemeral, allowedMentions: quiet });
      const news = i.guild?.channels.cache.find((c) => c.name === 'news');
      if (news?.isTextBased())
        await news.send({ content: 'an alert in the channel', allowedMentions: quiet });
      await i.user.send({ content: 'an alert by DM', allowedMentions: quiet });
    },
  },
];

describe('sandbox prompt (not a terminal)', () => {
  let store: Store;
  let dir: string;
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const log = createLogger({ level: 'silent' });

  beforeAll(async () => {
    store = await openStore('memory://');
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-sandbox-'));
    writeFileSync(join(dir, 'article.txt'), 'one two three four five');
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function session(
    lines: string[],
    timeoutMs = 5000,
  ): Promise<{ code: number; out: string; fake: FakeDiscord }> {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (c) => {
      out += c.toString();
    });
    input.end(`${lines.join('\n')}\n`);
    let fake!: FakeDiscord;
    const violations: unknown[] = [];
    const code = await runSandbox({
      config,
      store,
      log,
      input,
      output,
      interactive: false,
      outDir: join(dir, 'out'),
      replyTimeoutMs: timeoutMs,
      quietMs: 150,
      commands: [...registry, ...testCommands],
      onFake: (f) => {
        fake = f;
        f.on('violation', (v) => violations.push(v));
      },
    });
    expect(violations).toEqual([]);
    return { code, out, fake };
  }

  it('runs /help and /ping from the real registry and exits 0', async () => {
    const { code, out } = await session(['/help', '/ping']);
    expect(out).toContain('> /help');
    expect(out).toContain('newsdesk — help');
    expect(out).toMatch(/┌─+┐/);
    expect(out).toContain('/ping');
    expect(out).toMatch(/Storage \(memory\): healthy/);
    expect(code).toBe(0);
  }, 20_000);

  it('types options, reads attachment paths, and reports bad input clearly', async () => {
    const { code, out } = await session([
      '/wordcount text: a b c',
      '/wordcount text: a b c upper: yes times: 2',
      `/wordcount file: ${join(dir, 'article.txt')}`,
      '/wordcount times: many',
      '/wordcount colour: red',
      `/wordcount file: ${join(dir, 'missing.txt')}`,
      '/nosuch',
    ]);
    expect(out).toContain('  3 words\n');
    expect(out).toContain('3 WORDS / 3 WORDS');
    expect(out).toContain('  5 words\n');
    expect(out).toContain('✖ times must be a whole number, got "many"');
    expect(out).toContain('✖ /wordcount has no option "colour"');
    expect(out).toMatch(/✖ cannot read .*missing\.txt: no such file/);
    expect(out).toMatch(
      /✖ unknown command \/nosuch\. Available: \/help, \/ping, .*\/wordcount, \/report, \/city, \/alert/,
    );
    expect(code).toBe(1);
  }, 20_000);

  it('shows a deferred reply, saves attachments, lists buttons, clicks them and fills a modal', async () => {
    const { code, out } = await session([
      '/report',
      ':click 2',
      'what happened?',
      '/report',
      ':click 1',
      ':click 9',
    ]);
    expect(out).toContain('newsdesk is thinking…');
    expect(out).toContain('│ Report');
    expect(out).toContain('▸ Count');
    expect(out).toContain('— sandbox');
    expect(out).toContain('buttons: [1] More   [2] Ask');
    expect(out).toContain('newsdesk (only you can see this):\n  a private note');
    const saved = /attachment: report\.txt \(16 B\) saved to (\S+)/.exec(out);
    expect(saved).not.toBeNull();
    expect(readFileSync(saved![1], 'utf8')).toBe('full report text');
    expect(out).toContain('newsdesk opened a form: Ask a question');
    expect(out).toContain('you asked: what happened?');
    expect(out).toContain('more details');
    expect(out).toContain('✖ the last reply has no buttons');
    expect(code).toBe(1);
  }, 20_000);

  it('runs message menus on pasted text, multi-line pastes and attached files', async () => {
    const { code, out } = await session([
      'shout> quiet words',
      ':paste Shout',
      'first line',
      'second line',
      '.',
      `:attach Shout ${join(dir, 'article.txt')} see attached`,
      ':menus',
    ]);
    expect(out).toContain('QUIET WORDS');
    expect(out).toContain('FIRST LINE\n  SECOND LINE');
    expect(out).toContain('SEE ATTACHED');
    expect(out).toMatch(/Message menus: .*Shout/);
    expect(code).toBe(0);
  }, 20_000);

  it('shows autocomplete choices and acts as a member or a moderator', async () => {
    const { code, out } = await session([
      ':complete /city name: t',
      '/city name: Tabriz',
      ':as reader',
      '/city name: Tehran',
      'hello there',
      '/alert',
    ]);
    expect(out).toContain('choices: Tehran | Tabriz');
    expect(out).toContain('Tabriz for editor');
    expect(out).toContain('now acting as reader');
    expect(out).toContain('Tehran for reader');
    expect(out).toContain('posted in #general');
    expect(out).toMatch(/newsdesk in #news:\n {2}an alert in the channel/);
    expect(out).toMatch(/newsdesk in a direct message:\n {2}an alert by DM/);
    expect(code).toBe(0);
  }, 20_000);

  it('exits 1 when a command gets no reply (a bare client that ignores interactions)', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (c) => {
      out += c.toString();
    });
    input.end('/help\n');
    const code = await runSandbox({
      config,
      store,
      log,
      input,
      output,
      interactive: false,
      replyTimeoutMs: 1000,
      startBot: async (deps) => {
        const client = new Client({
          intents: [GatewayIntentBits.Guilds],
          rest: { api: deps.restApi, globalRequestsPerSecond: Number.POSITIVE_INFINITY },
        });
        const ready = new Promise((r) => client.once(Events.ClientReady, r));
        await client.login(deps.token);
        await ready;
        return { client, stop: () => client.destroy() };
      },
    });
    expect(out).toMatch(/✖ \/help: no reply \(interaction \/help .*no settled response within 1000 ms/);
    expect(code).toBe(1);
  }, 20_000);
});

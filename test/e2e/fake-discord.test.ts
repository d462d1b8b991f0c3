import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  type Client,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeHarness, withFake } from './harness.ts';

const quiet = { parse: [] as never[], repliedUser: false };

const definitions = [
  {
    name: 'echo',
    description: 'Echo text back',
    options: [{ type: 3, name: 'text', description: 'What to echo', required: true }],
  },
  { name: 'slow', description: 'Deferred reply, edit and follow-up' },
  {
    name: 'pick',
    description: 'Autocomplete test',
    options: [{ type: 3, name: 'topic', description: 'A topic', required: true, autocomplete: true }],
  },
  { name: 'panel', description: 'A message with a button' },
  { name: 'ask', description: 'Opens a modal' },
  {
    name: 'track',
    description: 'Subcommands',
    options: [
      {
        type: 1,
        name: 'add',
        description: 'Add a term',
        options: [{ type: 3, name: 'term', description: 'Term', required: true }],
      },
    ],
  },
  {
    name: 'upload',
    description: 'Attachment option',
    options: [{ type: 11, name: 'file', description: 'A file', required: true }],
  },
  { name: 'Count words', type: 3 },
  { name: 'bad', description: 'Sends a body that breaks the limits' },
];

describe('fake Discord with a plain discord.js client', () => {
  let h: FakeHarness;
  let client: Client;
  const topics = ['Tehran', 'Tel Aviv', 'Tabriz', 'Baghdad'];

  beforeAll(async () => {
    h = await withFake();
    client = await h.connectClient();
    client.on(Events.InteractionCreate, async (i) => {
      if (i.isChatInputCommand()) {
        switch (i.commandName) {
          case 'echo':
            await i.reply({ content: `echo: ${i.options.getString('text', true)}`, allowedMentions: quiet });
            return;
          case 'slow':
            await i.deferReply();
            await new Promise((r) => setTimeout(r, 30));
            await i.editReply({
              content: 'done',
              embeds: [
                new EmbedBuilder()
                  .setTitle('Result')
                  .setDescription('All good')
                  .addFields({ name: 'a', value: 'b' }),
              ],
              allowedMentions: quiet,
            });
            await i.followUp({
              content: 'one more thing',
              flags: MessageFlags.Ephemeral,
              allowedMentions: quiet,
            });
            return;
          case 'pick': {
            await i.reply({
              content: `picked ${i.options.getString('topic', true)}`,
              allowedMentions: quiet,
            });
            return;
          }
          case 'panel':
            await i.reply({
              content: 'panel',
              components: [
                new ActionRowBuilder<ButtonBuilder>().addComponents(
                  new ButtonBuilder().setCustomId('panel:go').setLabel('Go').setStyle(ButtonStyle.Primary),
                ),
                new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(
                  new StringSelectMenuBuilder()
                    .setCustomId('panel:pick')
                    .setPlaceholder('Pick a city')
                    .addOptions({ label: 'Tehran', value: 'tehran' }, { label: 'Tabriz', value: 'tabriz' }),
                ),
              ],
              allowedMentions: quiet,
            });
            return;
          case 'ask':
            await i.showModal(
              new ModalBuilder()
                .setCustomId('ask:modal')
                .setTitle('Ask')
                .addComponents(
                  new ActionRowBuilder<TextInputBuilder>().addComponents(
                    new TextInputBuilder()
                      .setCustomId('question')
                      .setLabel('Question')
                      .setStyle(TextInputStyle.Short),
                  ),
                ),
            );
            return;
          case 'track':
            await i.reply({
              content: `${i.options.getSubcommand()} ${i.options.getString('term', true)}`,
              flags: MessageFlags.Ephemeral,
              allowedMentions: quiet,
            });
            return;
          case 'upload': {
            const a = i.options.getAttachment('file', true);
            const text = await (await fetch(a.url)).text();
            await i.reply({
              content: `${a.name}: ${text.length} chars, starts "${text.slice(0, 5)}"`,
              allowedMentions: quiet,
            });
            return;
          }
          case 'bad':
            await i.reply({ content: 'x'.repeat(2001) }).catch(() => {});
            return;
        }
      }
      if (i.isMessageContextMenuCommand()) {
        await i.reply({
          content: `${i.targetMessage.content.split(/\s+/).length} words`,
          allowedMentions: quiet,
        });
      }
      if (i.isAutocomplete()) {
        const q = String(i.options.getFocused()).toLowerCase();
        await i.respond(
          topics.filter((t) => t.toLowerCase().startsWith(q)).map((t) => ({ name: t, value: t })),
        );
      }
      if (i.isStringSelectMenu()) {
        await i.deferUpdate();
        await i.editReply({ content: `chose ${i.values.join(',')}`, allowedMentions: quiet });
      }
      if (i.isButton()) {
        await i.update({ content: `clicked ${i.customId}`, components: [], allowedMentions: quiet });
      }
      if (i.isModalSubmit()) {
        await i.reply({
          content: `asked: ${i.fields.getTextInputValue('question')}`,
          allowedMentions: quiet,
        });
      }
    });
    client.on(Events.MessageCreate, async (m) => {
      if (m.author.bot || !m.content.startsWith('!report')) return;
      await m.channel.send({
        content: 'report attached',
        files: [new AttachmentBuilder(Buffer.from(`report for: ${m.content}`), { name: 'report.txt' })],
        allowedMentions: quiet,
      });
    });
    await client.application!.commands.set(definitions, h.fake.guildId);
  });

  afterAll(async () => {
    await h?.cleanup();
  });

  it('logs in: READY with the bot user, GUILD_CREATE with channels and members', () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(h.fake.botUser.id);
    const guild = client.guilds.cache.get(h.fake.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.channels.cache.get(h.fake.channelId)?.name).toBe('general');
    expect(guild?.members.cache.has(h.fake.human.id)).toBe(true);
    expect(client.application?.id).toBe(h.fake.applicationId);
  });

  it('stores the PUT command list with ids', () => {
    const stored = h.fake.commands(h.fake.guildId);
    expect(stored.map((c) => c.name)).toEqual(definitions.map((d) => d.name));
    expect(stored.every((c) => typeof c.id === 'string' && c.application_id === h.fake.applicationId)).toBe(
      true,
    );
    expect(h.fake.commands()).toEqual([]);
  });

  it('answers a slash command with a reply', async () => {
    const r = await h.fake.chatInput('echo', { text: 'hello world' }).final();
    expect(r.content).toBe('echo: hello world');
    expect(r.ephemeral).toBe(false);
    expect(h.fake.messages().some((m) => m.id === r.id)).toBe(true);
  });

  it('handles defer, edit and follow-up', async () => {
    const handle = h.fake.chatInput('slow');
    const first = await handle.reply();
    expect(first.type).toBe(5);
    const { final, followUps } = await handle.done();
    expect(handle.deferred).toBe(true);
    expect(final.content).toBe('done');
    expect(final.loading).toBe(false);
    expect(final.embeds[0]).toMatchObject({ title: 'Result', description: 'All good' });
    expect(followUps).toHaveLength(1);
    expect(followUps[0]).toMatchObject({ content: 'one more thing', ephemeral: true });
  });

  it('routes subcommands and ephemeral replies', async () => {
    const r = await h.fake.chatInput('track add', { term: 'IRGC' }).final();
    expect(r).toMatchObject({ content: 'add IRGC', ephemeral: true });
  });

  it('serves attachment options from its own URLs', async () => {
    const r = await h.fake
      .chatInput('upload', { file: { name: 'article.txt', data: 'Hello there, a long article.' } })
      .final();
    expect(r.content).toBe('article.txt: 28 chars, starts "Hello"');
  });

  it('returns autocomplete choices', async () => {
    const choices = await h.fake.autocomplete('pick', 'topic', { topic: 'ta' }).autocompleteChoices();
    expect(choices).toEqual([{ name: 'Tabriz', value: 'Tabriz' }]);
  });

  it('selects in a menu: deferUpdate then an edit of the same message', async () => {
    const panel = await h.fake.chatInput('panel').final();
    const handle = h.fake.selectMenu(panel.id, 'panel:pick', ['tabriz']);
    expect((await handle.reply()).type).toBe(6);
    const r = await handle.final();
    expect(r.id).toBe(panel.id);
    expect(r.content).toBe('chose tabriz');
  });

  it('clicks a button and sees the message updated', async () => {
    const panel = await h.fake.chatInput('panel').final();
    expect(panel.components).toHaveLength(2);
    const clicked = await h.fake.clickButton(panel.id, 'panel:go').final();
    expect(clicked.id).toBe(panel.id);
    expect(clicked.content).toBe('clicked panel:go');
    expect(h.fake.message(panel.id)?.components).toEqual([]);
    expect(() => h.fake.clickButton(panel.id, 'panel:go')).toThrow(/no component/);
  });

  it('opens a modal and receives its submission', async () => {
    const shown = await h.fake.chatInput('ask').final();
    expect(shown.kind).toBe('modal');
    expect(shown.modal?.fields.map((f) => f.customId)).toEqual(['question']);
    const r = await h.fake.submitModal('ask:modal', { question: 'who?' }).final();
    expect(r.content).toBe('asked: who?');
  });

  it('runs a message context-menu command on a message', async () => {
    const r = await h.fake.messageContextMenu('Count words', 'one two three four').final();
    expect(r.content).toBe('4 words');
  });

  it('delivers MESSAGE_CREATE and records channel.send with an attachment (multipart)', async () => {
    const before = h.fake.messages().length;
    h.fake.postMessage(h.fake.channelId, '!report quarterly');
    const req = await h.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path.endsWith(`/channels/${h.fake.channelId}/messages`),
    );
    expect(req.files).toHaveLength(1);
    expect(req.files[0].filename).toBe('report.txt');
    const sent = h.fake
      .messages()
      .slice(before)
      .find((m) => m.authorId === h.fake.botUser.id);
    expect(sent?.content).toBe('report attached');
    expect(sent?.attachments[0].data.toString()).toBe('report for: !report quarterly');
    const served = await fetch(sent!.attachments[0].url);
    expect(await served.text()).toBe('report for: !report quarterly');
  });

  it('answers every interaction dispatched while the socket was down, after RESUME', async () => {
    const resumesBefore = h.fake.resumes;
    const early = h.fake.chatInput('echo', { text: 'before drop' });
    h.fake.dropConnection();
    const during = Array.from({ length: 5 }, (_, n) => h.fake.chatInput('echo', { text: `while down ${n}` }));
    const replies = await Promise.all([early, ...during].map((x) => x.final({ timeoutMs: 15_000 })));
    expect(replies.map((r) => r.content)).toEqual([
      'echo: before drop',
      ...during.map((_, n) => `echo: while down ${n}`),
    ]);
    expect(h.fake.resumes).toBe(resumesBefore + 1);
    await h.fake.waitForSession();
  });

  it('survives a server-requested reconnect (op 7)', async () => {
    h.fake.requestReconnect();
    const r = await h.fake.chatInput('echo', { text: 'after op 7' }).final({ timeoutMs: 15_000 });
    expect(r.content).toBe('echo: after op 7');
    await h.fake.waitForSession();
  });

  it('rejects an invalid body with a 400 and records the violations', async () => {
    const before = h.fake.violations.length;
    await expect(h.fake.chatInput('bad').final({ timeoutMs: 5000 })).rejects.toThrow(
      /content is 2001 characters/,
    );
    const found = h.fake.violations.slice(before).map((v) => v.rule);
    expect(found).toContain('content-length');
    expect(found).toContain('allowed-mentions');
    expect(found).toContain('schema');
    h.fake.violations.splice(before);
  });

  it('leaves no violations from well-behaved traffic', () => {
    expect(h.fake.violations).toEqual([]);
  });
});

describe('fake Discord auth and routing', () => {
  let h: FakeHarness;
  beforeAll(async () => {
    h = await withFake();
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  it('refuses a wrong token on REST and unknown routes with 404 JSON', async () => {
    const bad = await fetch(`${h.fake.apiBase}/v10/users/@me`, { headers: { authorization: 'Bot nope' } });
    expect(bad.status).toBe(401);
    const missing = await fetch(`${h.fake.apiBase}/v10/no/such/route`, {
      headers: { authorization: `Bot ${h.fake.token}` },
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: '404: Not Found', code: 0 });
  });

  it('blanks message content for a client without the MessageContent intent', async () => {
    const c = await h.connectClient({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });
    const seen = new Promise<string>((resolve) => c.once(Events.MessageCreate, (m) => resolve(m.content)));
    h.fake.postMessage(h.fake.channelId, 'secret words');
    expect(await seen).toBe('');
  });

  it('makes login fail with a wrong token', async () => {
    const { Client: C } = await import('discord.js');
    const { clientOptionsFor } = await import('./harness.ts');
    const c = new C(clientOptionsFor(h.fake));
    await expect(c.login('wrong-token')).rejects.toThrow();
    await c.destroy();
  });
});

/**
 * The bot end to end: the real discord.js client, our router and commands, against the fake Discord on
 * 127.0.0.1. Test-only commands (throwing, slow, autocomplete, buttons, modals, cooldown, permissions,
 * storage) are injected through startBot's `commands` option; the production registry is untouched.
 */
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import {
  ActionRowBuilder,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonBuilder,
  ButtonStyle,
  ModalBuilder,
  PermissionFlagsBits,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Bot, DEFAULT_GUILD_GRACE_MS, startBot } from '../../src/bot/client.ts';
import { deployCommands } from '../../src/bot/deploy.ts';
import { STORE_UNAVAILABLE_MESSAGE } from '../../src/bot/router.ts';
import type { Command } from '../../src/bot/types.ts';
import { commands as registry } from '../../src/commands/index.ts';
import { loadConfig } from '../../src/config.ts';
import { BOT_SCOPE, removals, sweepRemovedGuilds } from '../../src/events/guilds.ts';
import { UserError } from '../../src/lib/article.ts';
import { openStore, type Store, StoreUnavailableError } from '../../src/lib/store/index.ts';
import { createLogger } from '../../src/log.ts';
import { respond, respondChoices, safeReply, safeUpdate } from '../../src/render/safe.ts';
import { type FakeDiscord, startFakeDiscord } from '../../src/sandbox/fake/index.ts';
import { type FakeHarness, withFake } from './harness.ts';

const execFileP = promisify(execFile);

/** A store whose backend can be "killed" and "revived": every operation then fails like a dead server. */
function killableStore(inner: Store): Store & { down: boolean } {
  const state = { down: false };
  const guard = <T>(fn: () => Promise<T>): Promise<T> =>
    state.down ? Promise.reject(new StoreUnavailableError(new Error('connection refused'))) : fn();
  const wrapped = {
    get backend() {
      return inner.backend;
    },
    get down() {
      return state.down;
    },
    set down(v: boolean) {
      state.down = v;
    },
    namespace<T>(name: string, schema: z.ZodType<T>) {
      const c = inner.namespace(name, schema);
      return {
        name: c.name,
        get: (g: string, k: string) => guard(() => c.get(g, k)),
        set: (g: string, k: string, v: T, ttl?: number) => guard(() => c.set(g, k, v, ttl)),
        delete: (g: string, k: string) => guard(() => c.delete(g, k)),
        update: (g: string, k: string, fn: (cur: T | undefined) => T | undefined, ttl?: number) =>
          guard(() => c.update(g, k, fn, ttl)),
        list: (g: string) => guard(() => c.list(g)),
      };
    },
    health: async () =>
      state.down ? { ok: false, latencyMs: 0, error: 'connection refused' } : inner.health(),
    forgetGuild: (g: string) => guard(() => inner.forgetGuild(g)),
    close: () => inner.close(),
  };
  return wrapped as Store & { down: boolean };
}

const notesSchema = z.object({ text: z.string() });

const testCommands: Command[] = [
  {
    data: { name: 'boom', description: 'throws an unexpected error', type: ApplicationCommandType.ChatInput },
    async execute() {
      throw new Error('kaboom: internal detail that must not reach the user');
    },
  },
  {
    data: { name: 'oops', description: 'throws a user error', type: ApplicationCommandType.ChatInput },
    async execute() {
      throw new UserError('That article is empty: paste some text.');
    },
  },
  {
    data: { name: 'slow', description: 'deferred work', type: ApplicationCommandType.ChatInput },
    defer: true,
    async execute(interaction) {
      await new Promise((r) => setTimeout(r, 100));
      await respond(interaction, 'slow work done');
    },
  },
  {
    data: { name: 'slowboom', description: 'deferred, then fails', type: ApplicationCommandType.ChatInput },
    defer: true,
    async execute() {
      await new Promise((r) => setTimeout(r, 20));
      throw new UserError('The page could not be read.');
    },
  },
  {
    data: {
      name: 'slowbug',
      description: 'deferred privately, then a bug',
      type: ApplicationCommandType.ChatInput,
    },
    defer: 'ephemeral',
    async execute() {
      throw new TypeError('undefined is not a function');
    },
  },
  {
    data: {
      name: 'pick',
      description: 'autocomplete',
      type: ApplicationCommandType.ChatInput,
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'fruit',
          description: 'a fruit',
          autocomplete: true,
        },
      ],
    },
    async execute(interaction) {
      const fruit = interaction.isChatInputCommand() ? interaction.options.getString('fruit') : null;
      await respond(interaction, `picked ${fruit}`);
    },
    async autocomplete(interaction) {
      const typed = interaction.options.getFocused().toLowerCase();
      const all = Array.from({ length: 40 }, (_, i) => `apple ${i}`).concat(['banana', 'cherry']);
      await respondChoices(
        interaction,
        all.filter((f) => f.includes(typed)).map((f) => ({ name: f, value: f })),
      );
    },
  },
  {
    data: { name: 'panel', description: 'buttons and a modal', type: ApplicationCommandType.ChatInput },
    async execute(interaction) {
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId('panel:count:1').setLabel('Count').setStyle(ButtonStyle.Primary),
        new ButtonBuilder().setCustomId('panel:form').setLabel('Form').setStyle(ButtonStyle.Secondary),
        new ButtonBuilder().setCustomId('panel:fail').setLabel('Fail').setStyle(ButtonStyle.Danger),
        new ButtonBuilder().setCustomId('ghost:1').setLabel('Stale').setStyle(ButtonStyle.Secondary),
      );
      await interaction.reply(safeReply({ content: 'count: 0', components: [row] }));
    },
    async component(interaction) {
      const [, action, n] = interaction.customId.split(':');
      if (action === 'count') {
        await interaction.update(safeUpdate({ content: `count: ${n}` }));
      } else if (action === 'form') {
        await interaction.showModal(
          new ModalBuilder()
            .setCustomId('panel:modal')
            .setTitle('Tell me')
            .addComponents(
              new ActionRowBuilder<TextInputBuilder>().addComponents(
                new TextInputBuilder().setCustomId('what').setLabel('What').setStyle(TextInputStyle.Short),
              ),
            ),
        );
      } else {
        throw new Error('button handler bug');
      }
    },
    async modal(interaction) {
      await interaction.reply(
        safeReply(`you said: ${interaction.fields.getTextInputValue('what')}`, { ephemeral: true }),
      );
    },
  },
  {
    data: { name: 'heavy', description: 'has a cooldown', type: ApplicationCommandType.ChatInput },
    cooldownMs: 60_000,
    async execute(interaction) {
      await respond(interaction, 'heavy work done');
    },
  },
  {
    data: { name: 'admin', description: 'needs Manage Server', type: ApplicationCommandType.ChatInput },
    permissions: PermissionFlagsBits.ManageGuild,
    guildOnly: true,
    async execute(interaction) {
      await respond(interaction, 'admin work done');
    },
  },
  {
    data: {
      name: 'remember',
      description: 'stores a note',
      type: ApplicationCommandType.ChatInput,
      options: [
        { type: ApplicationCommandOptionType.String, name: 'text', description: 'note', required: true },
      ],
    },
    guildOnly: true,
    async execute(interaction, ctx) {
      const notes = noteCollection(ctx.store);
      const text = interaction.isChatInputCommand() ? interaction.options.getString('text', true) : '';
      await notes.set(interaction.guildId!, interaction.user.id, { text });
      const back = await notes.get(interaction.guildId!, interaction.user.id);
      await respond(interaction, `noted: ${back?.text}`);
    },
  },
  {
    data: { name: 'silent', description: 'forgets to reply', type: ApplicationCommandType.ChatInput },
    async execute() {},
  },
  {
    data: { name: 'Shout', type: ApplicationCommandType.Message },
    async execute(interaction) {
      const text = interaction.isMessageContextMenuCommand() ? interaction.targetMessage.content : '';
      await respond(interaction, text.toUpperCase());
    },
  },
  {
    data: {
      name: 'echo',
      description: 'replies with what it got',
      type: ApplicationCommandType.ChatInput,
      options: [
        { type: ApplicationCommandOptionType.String, name: 'text', description: 'text', required: true },
      ],
    },
    async execute(interaction) {
      const text = interaction.isChatInputCommand() ? interaction.options.getString('text', true) : '';
      await respond(interaction, `echo: ${text}`);
    },
  },
];

const noteCollections = new WeakMap<Store, ReturnType<Store['namespace']>>();
function noteCollection(store: Store) {
  let c = noteCollections.get(store);
  if (!c) {
    c = store.namespace('test-notes', notesSchema);
    noteCollections.set(store, c);
  }
  return c as ReturnType<typeof store.namespace<z.infer<typeof notesSchema>>>;
}

let harness: FakeHarness;
let fake: FakeDiscord;
let bot: Bot;
let store: Store & { down: boolean };
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  harness = await withFake();
  fake = harness.fake;
  store = killableStore(await openStore('memory://'));
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiBase,
    STORE_URL: 'memory://',
    LOG_LEVEL: 'debug',
  });
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logLines.push(JSON.parse(line));
      cb();
    },
  });
  const log = createLogger({ level: 'debug', destination: sink });
  const all = [...registry, ...testCommands];
  await deployCommands({
    token: fake.token,
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    api: fake.apiBase,
    commands: all,
  });
  bot = await startBot({ config, store, log, token: fake.token, commands: all });
  harness.onCleanup(() => bot.stop());
  // (as on a server, where users come after the bot is ready: the engines warm in the background first, so no
  // test's commands wait for a step of the warm-up)
  while (!logLines.some((l) => l.msg === 'engines warm' || l.msg === 'engines not warmed'))
    await new Promise((r) => setTimeout(r, 50));
}, 60_000);

afterAll(async () => {
  await harness?.cleanup();
  await store?.close();
});

describe('the bot against the fake Discord', () => {
  it('logs in, becomes ready and sees the server', () => {
    expect(bot.client.isReady()).toBe(true);
    expect(bot.client.guilds.cache.has(fake.guildId)).toBe(true);
    expect(logLines.some((l) => l.msg === 'ready')).toBe(true);
  });

  it('deployed every command into the fake', () => {
    const names = fake.commands(fake.guildId).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['help', 'ping', 'boom', 'panel', 'Shout']));
    expect(names).toHaveLength(registry.length + testCommands.length);
  });

  it('/help lists every command with an example', async () => {
    const r = await fake.chatInput('help').final();
    expect(r.ephemeral).toBe(true);
    const embed = r.embeds[0] as { title: string; fields: { name: string; value: string }[] };
    expect(embed.title).toMatch(/help/i);
    const names = embed.fields.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['/help', '/ping', '/boom', '/panel']));
    expect(embed.fields.find((f) => f.name === '/help')?.value).toContain('/help command: unspin');
  });

  it('/help command: ping shows details; an unknown name is explained', async () => {
    const r = await fake.chatInput('help', { command: 'ping' }).final();
    expect((r.embeds[0] as { title: string }).title).toBe('/ping');
    const bad = await fake.chatInput('help', { command: 'nope' }).final();
    expect(bad.content).toMatch(/no command called “nope”/);
  });

  it('/help autocompletes command names', async () => {
    const choices = await fake.autocomplete('help', 'command', { command: 'pin' }).autocompleteChoices();
    // Prefix matches first, then other substring matches (“Unspin” contains “pin”).
    expect(choices[0].value).toBe('ping');
    expect(choices.every((c) => String(c.value).toLowerCase().includes('pin'))).toBe(true);
  });

  it('/ping reports gateway latency, round trip and store health', async () => {
    const r = await fake.chatInput('ping').final();
    expect(r.content).toMatch(/Pong/);
    expect(r.content).toMatch(/Reply round trip: \d+ ms/);
    expect(r.content).toMatch(/Storage \(memory\): healthy/);
  });

  it('answers an unknown command privately and logs a warning', async () => {
    const r = await fake.chatInput('vanished', [], {}).final();
    expect(r.ephemeral).toBe(true);
    expect(r.content).toMatch(/Unknown command \/vanished/);
    expect(logLines.some((l) => l.msg === 'unknown command' && l.command === 'vanished')).toBe(true);
  });

  it('turns a UserError into a private reply with its message', async () => {
    const r = await fake.chatInput('oops').final();
    expect(r.ephemeral).toBe(true);
    expect(r.content).toBe('That article is empty: paste some text.');
  });

  it('turns an unexpected error into an apology with a reference, and logs the details', async () => {
    const h = fake.chatInput('boom');
    const r = await h.final();
    expect(r.ephemeral).toBe(true);
    expect(r.content).not.toMatch(/kaboom/);
    const ref = /reference: ([0-9A-F]{8})/.exec(r.content)?.[1];
    expect(ref).toBeTruthy();
    const entry = logLines.find((l) => l.ref === ref);
    expect(entry).toMatchObject({ level: 50, interactionId: h.id, command: 'boom', guildId: fake.guildId });
    expect((entry?.err as { message?: string } | undefined)?.message).toMatch(/kaboom/);
    expect(entry?.userId).toBeTruthy();
  });

  it('defers a slow command, then edits the deferred reply', async () => {
    const h = fake.chatInput('slow');
    const first = await h.reply();
    expect(first.type).toBe(5);
    const r = await h.final();
    expect(r.content).toBe('slow work done');
    expect(r.loading).toBe(false);
  });

  it('a publicly deferred command that fails removes its "thinking…" reply and explains privately', async () => {
    const h = fake.chatInput('slowboom');
    const { final, followUps } = await h.done({ quietMs: 100 });
    expect(final.deleted).toBe(true);
    expect(followUps).toHaveLength(1);
    expect(followUps[0].ephemeral).toBe(true);
    expect(followUps[0].content).toBe('The page could not be read.');
    expect(fake.messages().some((m) => !m.ephemeral && m.content.includes('could not be read'))).toBe(false);
  });

  it('a command deferred privately that fails unexpectedly keeps the apology private', async () => {
    const r = await fake.chatInput('slowbug').final();
    expect(r.ephemeral).toBe(true);
    expect(r.content).toMatch(/something went wrong on my side/);
  });

  it('autocomplete answers with at most 25 choices', async () => {
    const all = await fake.autocomplete('pick', 'fruit', { fruit: 'a' }).autocompleteChoices();
    expect(all).toHaveLength(25);
    const some = await fake.autocomplete('pick', 'fruit', { fruit: 'cher' }).autocompleteChoices();
    expect(some.map((c) => c.value)).toEqual(['cherry']);
  });

  it('routes a button click to its command, updating the message', async () => {
    const msg = await fake.chatInput('panel').final();
    const r = await fake.clickButton(msg.id, 'panel:count:1').final();
    expect(r.content).toBe('count: 1');
    expect(fake.message(msg.id)?.content).toBe('count: 1');
  });

  it('a button that opens a modal, and the modal submit', async () => {
    const msg = await fake.chatInput('panel').final();
    const opened = await fake.clickButton(msg.id, 'panel:form').final();
    expect(opened.kind).toBe('modal');
    expect(opened.modal?.customId).toBe('panel:modal');
    const r = await fake.submitModal('panel:modal', { what: 'hello there' }, { messageId: msg.id }).final();
    expect(r.content).toBe('you said: hello there');
    expect(r.ephemeral).toBe(true);
  });

  it('a failing button handler gets a private apology; the message is left alone', async () => {
    const msg = await fake.chatInput('panel').final();
    const { final } = await fake.clickButton(msg.id, 'panel:fail').done({ quietMs: 100 });
    expect(final.ephemeral).toBe(true);
    expect(final.content).toMatch(/something went wrong/);
    expect(fake.message(msg.id)?.content).toBe('count: 0');
  });

  it('a button or modal nobody handles any more is explained', async () => {
    const msg = await fake.chatInput('panel').final();
    const button = await fake.clickButton(msg.id, 'ghost:1').final();
    expect(button.ephemeral).toBe(true);
    expect(button.content).toMatch(/no longer handle/);
    const modal = await fake.submitModal('gone:modal', { what: 'x' }).final();
    expect(modal.ephemeral).toBe(true);
    expect(modal.content).toMatch(/no longer handle/);
  });

  it('a command that forgets to answer is still acknowledged (and logged)', async () => {
    const h = fake.chatInput('silent');
    const r = await h.final();
    expect(r.ephemeral).toBe(true);
    expect(r.content).toBe('Done.');
    expect(
      logLines.some((l) => l.msg === 'handler returned without answering' && l.interactionId === h.id),
    ).toBe(true);
  });

  it('routes a message context-menu command with its target message', async () => {
    const r = await fake.messageContextMenu('Shout', 'quiet words').final();
    expect(r.content).toBe('QUIET WORDS');
  });

  it('denies a second use within the cooldown', async () => {
    const first = await fake.chatInput('heavy').final();
    expect(first.content).toBe('heavy work done');
    const second = await fake.chatInput('heavy').final();
    expect(second.ephemeral).toBe(true);
    expect(second.content).toMatch(/Slow down: you can use \/heavy again in (59|60) seconds/);
    // Another member is not affected.
    const other = await fake.chatInput('heavy', {}, { user: fake.moderator }).final();
    expect(other.content).toBe('heavy work done');
  });

  it('denies a member without the required permission, allows a moderator', async () => {
    const denied = await fake.chatInput('admin', {}, { permissions: '0' }).final();
    expect(denied.ephemeral).toBe(true);
    expect(denied.content).toBe('You need the Manage Server permission to use /admin.');
    const ok = await fake.chatInput('admin', {}, { user: fake.moderator }).final();
    expect(ok.content).toBe('admin work done');
  });

  it('refuses a server-only command in a DM', async () => {
    const r = await fake.chatInput('admin', {}, { guildId: null }).final();
    expect(r.ephemeral).toBe(true);
    expect(r.content).toMatch(/only works in a server/);
  });

  it('storage dying mid-run gives a friendly reply, and it recovers', async () => {
    expect((await fake.chatInput('remember', { text: 'one' }).final()).content).toBe('noted: one');
    store.down = true;
    const down = await fake.chatInput('remember', { text: 'two' }).final();
    expect(down.ephemeral).toBe(true);
    expect(down.content).toBe(STORE_UNAVAILABLE_MESSAGE);
    const ping = await fake.chatInput('ping').final();
    expect(ping.content).toMatch(/Storage \(memory\): \*\*unavailable\*\*/);
    store.down = false;
    expect((await fake.chatInput('remember', { text: 'three' }).final()).content).toBe('noted: three');
  });

  it('survives a dropped connection in the middle of traffic: resumes, no interaction lost', async () => {
    const resumesBefore = fake.resumes;
    const handles = [];
    for (let i = 0; i < 40; i++) {
      handles.push(fake.chatInput('echo', { text: `m${i}` }));
      if (i === 15) fake.dropConnection();
      if (i % 5 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    const finals = await Promise.all(handles.map((h) => h.final({ timeoutMs: 15_000 })));
    expect(finals.map((f) => f.content)).toEqual(handles.map((_, i) => `echo: m${i}`));
    await fake.waitForSession();
    expect(fake.resumes).toBeGreaterThan(resumesBefore);
    expect(logLines.some((l) => l.msg === 'gateway session resumed')).toBe(true);
  });

  it('every reply pinged nobody and nothing violated the API spec or limits', () => {
    const messages = fake.requests.filter(
      (r) => (r.method === 'POST' || r.method === 'PATCH') && /callback|webhooks|messages/.test(r.path),
    );
    expect(messages.length).toBeGreaterThan(10);
    expect(fake.violations).toEqual([]);
  });
});

describe('shutdown', () => {
  it('stop() during a gateway reconnect neither hangs nor leaves a reconnect loop behind', async () => {
    const fake2 = await startFakeDiscord();
    const store2 = await openStore('memory://');
    const config = loadConfig({
      DISCORD_TOKEN: fake2.token,
      DISCORD_CLIENT_ID: fake2.applicationId,
      DISCORD_API_URL: fake2.apiBase,
    });
    const bot2 = await startBot({
      config,
      store: store2,
      log: createLogger({ level: 'silent' }),
      token: fake2.token,
    });
    const debug: { at: number; message: string }[] = [];
    bot2.client.on('debug', (message) => debug.push({ at: Date.now(), message }));
    fake2.requestReconnect();
    // Let the shard enter its ~500 ms reconnect back-off, the moment where a plain destroy() is ignored.
    await new Promise((r) => setTimeout(r, 60));
    const t0 = Date.now();
    await bot2.stop();
    const stopMs = Date.now() - t0;
    await fake2.close();
    const closedAt = Date.now();
    await new Promise((r) => setTimeout(r, 1500));
    const after = debug.filter((d) => d.at > closedAt && /Connecting to/.test(d.message));
    expect(after).toEqual([]);
    expect(stopMs).toBeLessThan(6000);
    expect(fake2.violations).toEqual([]);
    await store2.close();
  });

  it('an invalid token ends with a clear message', async () => {
    const fake3 = await startFakeDiscord();
    const store3 = await openStore('memory://');
    const config = loadConfig({
      DISCORD_TOKEN: 'wrong-token',
      DISCORD_CLIENT_ID: fake3.applicationId,
      DISCORD_API_URL: fake3.apiBase,
    });
    await expect(
      startBot({ config, store: store3, log: createLogger({ level: 'silent' }), token: 'wrong-token' }),
    ).rejects.toThrow('DISCORD_TOKEN was rejected by Discord (401)');
    await fake3.close();
    await store3.close();
  });
});

describe('server removal', () => {
  it('records the removal, keeps the data during the grace period, then forgets it', async () => {
    const h = await withFake();
    const store4 = await openStore('memory://');
    const config = loadConfig({
      DISCORD_TOKEN: h.fake.token,
      DISCORD_CLIENT_ID: h.fake.applicationId,
      DISCORD_API_URL: h.fake.apiBase,
    });
    const bot4 = await startBot({
      config,
      store: store4,
      log: createLogger({ level: 'silent' }),
      token: h.fake.token,
      commands: [...registry, ...testCommands],
    });
    h.onCleanup(() => bot4.stop());
    const guildId = h.fake.guildId;
    await h.fake.chatInput('remember', { text: 'keep me' }).final();
    const notes = noteCollection(store4);
    expect(await notes.list(guildId)).toHaveLength(1);

    const removed = new Promise((r) => bot4.client.once('guildDelete', r));
    h.fake.dispatch('GUILD_DELETE', { id: guildId });
    await removed;
    const record = await waitFor(() => removals(store4).get(BOT_SCOPE, guildId));
    expect(Date.parse(record.forgetAt) - Date.parse(record.removedAt)).toBe(DEFAULT_GUILD_GRACE_MS);

    // Within the grace period nothing is forgotten.
    expect(await sweepRemovedGuilds(store4, () => false, Date.now())).toEqual([]);
    expect(await notes.list(guildId)).toHaveLength(1);
    // After it, the server's data goes in every namespace, and so does the removal record.
    expect(await sweepRemovedGuilds(store4, () => false, Date.now() + DEFAULT_GUILD_GRACE_MS + 1)).toEqual([
      guildId,
    ]);
    expect(await notes.list(guildId)).toEqual([]);
    expect(await removals(store4).get(BOT_SCOPE, guildId)).toBeUndefined();
    expect(h.fake.violations).toEqual([]);
    await h.cleanup();
    await store4.close();
  });

  it('a server that comes back within the grace period keeps its data', async () => {
    const store5 = await openStore('memory://');
    const gid = '123456789012345678';
    await removals(store5).set(BOT_SCOPE, gid, {
      removedAt: new Date(0).toISOString(),
      forgetAt: new Date(1).toISOString(),
    });
    expect(await sweepRemovedGuilds(store5, (id) => id === gid)).toEqual([]);
    expect(await removals(store5).get(BOT_SCOPE, gid)).toBeUndefined();
    await store5.close();
  });
});

async function waitFor<T>(fn: () => Promise<T | undefined>, timeoutMs = 3000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('entry points against the fake Discord', () => {
  const ROOT = resolve(import.meta.dirname, '../..');
  const TSX = join(ROOT, 'node_modules/.bin/tsx');
  // `npm start` runs node with tsx's loader in-process: a signal reaches the bot itself, with no relaying parent.
  const NPM_START = [
    process.execPath,
    '--import',
    pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href,
  ];

  function envFor(f: FakeDiscord, extra: Record<string, string> = {}) {
    return {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DISCORD_TOKEN: f.token,
      DISCORD_CLIENT_ID: f.applicationId,
      DISCORD_API_URL: f.apiBase,
      STORE_URL: 'memory://',
      ...extra,
    };
  }

  it('newsdesk deploy-commands --guild puts the registry into the server and says so', async () => {
    const h = await withFake();
    const r = await execFileP(TSX, [join(ROOT, 'src/cli.ts'), 'deploy-commands', '--guild', h.fake.guildId], {
      cwd: tmpdir(),
      env: envFor(h.fake),
    });
    expect(r.stdout).toContain(`Deployed ${registry.length} commands to server ${h.fake.guildId}`);
    expect(r.stdout).toMatch(/\/help {2}\(slash, id \d+\)/);
    expect(h.fake.commands(h.fake.guildId).map((c) => c.name)).toEqual(registry.map((c) => c.data.name));
    expect(h.fake.violations).toEqual([]);
    await h.cleanup();
  }, 60_000);

  it('npm start with a token Discord rejects ends with a clear message, no stack trace', async () => {
    const h = await withFake();
    const r = await execFileP(TSX, [join(ROOT, 'src/index.ts')], {
      cwd: tmpdir(),
      env: envFor(h.fake, { DISCORD_TOKEN: 'not-the-token', LOG_LEVEL: 'silent' }),
    }).catch((e: { code: number; stderr: string }) => e);
    expect((r as { code: number }).code).toBe(1);
    expect(r.stderr).toMatch(/^newsdesk: DISCORD_TOKEN was rejected by Discord \(401\)/m);
    expect(r.stderr).not.toMatch(/\n\s+at .*\(|\.ts:\d+:\d+/);
    await h.cleanup();
  }, 60_000);

  it('npm start joins "Discord" with a token, and stops cleanly on SIGTERM', async () => {
    const h = await withFake();
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: { start: string };
    };
    expect(pkg.scripts.start).toBe('node --import tsx src/index.ts');
    const [node, ...flags] = NPM_START;
    const child = spawn(node, [...flags, join(ROOT, 'src/index.ts')], {
      cwd: tmpdir(),
      env: envFor(h.fake, { LOG_LEVEL: 'info' }),
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const until = Date.now() + 45_000;
    while (!stderr.includes('newsdesk is online') && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));
    expect(stderr).toContain('newsdesk is online');
    const r = await h.fake.chatInput('ping').final();
    expect(r.content).toMatch(/Storage \(memory\): healthy/);
    const t0 = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(stderr).toContain('disconnected from Discord');
    await h.cleanup();
  }, 60_000);
});

/** Unit tests of the router's building blocks: registry, checks, and the safe payload helpers. */
import { type APIEmbed, ApplicationCommandType, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  Cooldowns,
  cooldown,
  guildOnly,
  memberPermissions,
  permissionNames,
  runChecks,
} from '../../src/bot/checks.ts';
import { createRegistry, RegistryError } from '../../src/bot/registry.ts';
import { isStoreUnavailable } from '../../src/bot/router.ts';
import type { Command } from '../../src/bot/types.ts';
import { overviewEmbed } from '../../src/commands/help.ts';
import { commands } from '../../src/commands/index.ts';
import { UserError } from '../../src/lib/article.ts';
import { StoreUnavailableError } from '../../src/lib/store/index.ts';
import { embedChars, fitEmbeds, LIMITS, safeBody, safeChoices, safeReply } from '../../src/render/safe.ts';

const noop = async () => {};
const cmd = (name: string, extra: Partial<Command> = {}, type = ApplicationCommandType.ChatInput): Command =>
  ({
    data: type === ApplicationCommandType.ChatInput ? { name, description: 'd', type } : { name, type },
    execute: noop,
    ...extra,
  }) as Command;

/** Just enough of an interaction for the checks. */
function fakeInteraction(opts: { inGuild?: boolean; permissions?: bigint | null; userId?: string } = {}) {
  const perms = opts.permissions === undefined ? 0n : opts.permissions;
  return {
    inGuild: () => opts.inGuild ?? true,
    memberPermissions: perms === null ? null : new PermissionsBitField(perms),
    user: { id: opts.userId ?? '1' },
  } as never;
}

describe('registry', () => {
  it('the production registry loads: unique names, help first', () => {
    const r = createRegistry(commands);
    expect(r.commands[0].data.name).toBe('help');
    expect(r.byInteraction(ApplicationCommandType.ChatInput, 'ping')?.data.name).toBe('ping');
    expect(r.definitions().map((d) => d.name)).toEqual(commands.map((c) => c.data.name));
  });

  it('refuses duplicate names of the same type', () => {
    expect(() => createRegistry([cmd('a'), cmd('a')])).toThrow(RegistryError);
    expect(() => createRegistry([cmd('a'), cmd('a')])).toThrow('two commands are named "a"');
  });

  it('allows a slash command and a context menu of the same name', () => {
    const r = createRegistry([cmd('unspin'), cmd('unspin', {}, ApplicationCommandType.Message)]);
    expect(r.byInteraction(ApplicationCommandType.Message, 'unspin')?.data.type).toBe(
      ApplicationCommandType.Message,
    );
  });

  it('refuses invalid slash names and names with ":"', () => {
    expect(() => createRegistry([cmd('Upper')])).toThrow(/lowercase/);
    expect(() => createRegistry([cmd('has space')])).toThrow(/lowercase/);
    expect(() => createRegistry([cmd('x'.repeat(33))])).toThrow(/1–32/);
    expect(() => createRegistry([cmd('a:b', {}, ApplicationCommandType.Message)])).toThrow(/":"/);
    expect(() => createRegistry([{ data: { name: 'x' } } as unknown as Command])).toThrow(/no execute/);
  });

  it('routes custom ids by their command-name prefix', () => {
    const withComponents = cmd('panel', { component: noop, modal: noop });
    const r = createRegistry([cmd('other'), withComponents]);
    expect(r.byCustomId('panel:count:3')).toBe(withComponents);
    expect(r.byCustomId('panel')).toBe(withComponents);
    expect(r.byCustomId('other:x')).toBeUndefined();
    expect(r.byCustomId('missing:x')).toBeUndefined();
  });

  it('refuses two commands of the same name that both handle components', () => {
    expect(() =>
      createRegistry([
        cmd('x', { component: noop }),
        cmd('x', { component: noop }, ApplicationCommandType.Message),
      ]),
    ).toThrow(/both handle components/);
  });
});

describe('checks', () => {
  it('guildOnly refuses DMs for server-only commands only', () => {
    const c = cmd('feed', { guildOnly: true });
    expect(guildOnly(fakeInteraction({ inGuild: false }), c, 0)).toMatchObject({
      ok: false,
      reason: '/feed only works in a server, not in direct messages.',
    });
    expect(guildOnly(fakeInteraction({ inGuild: true }), c, 0).ok).toBe(true);
    expect(guildOnly(fakeInteraction({ inGuild: false }), cmd('help'), 0).ok).toBe(true);
  });

  it('memberPermissions names the missing permissions as Discord shows them', () => {
    const c = cmd('feed', {
      permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageChannels,
    });
    expect(
      memberPermissions(fakeInteraction({ permissions: PermissionFlagsBits.ManageChannels }), c, 0),
    ).toMatchObject({
      ok: false,
      reason: 'You need the Manage Server permission to use /feed.',
    });
    expect(memberPermissions(fakeInteraction({ permissions: 0n }), c, 0)).toMatchObject({
      reason: 'You need the Manage Channels, Manage Server permissions to use /feed.',
    });
    expect(
      memberPermissions(fakeInteraction({ permissions: PermissionFlagsBits.Administrator }), c, 0).ok,
    ).toBe(true);
    expect(memberPermissions(fakeInteraction({ permissions: null }), c, 0).ok).toBe(false);
    expect(permissionNames(PermissionFlagsBits.ModerateMembers)).toEqual(['Timeout Members']);
    expect(permissionNames(PermissionFlagsBits.ReadMessageHistory)).toEqual(['Read Message History']);
  });

  it('cooldown is per user and per command, and expires', () => {
    const check = cooldown(new Cooldowns());
    const heavy = cmd('unspin', { cooldownMs: 10_000 });
    const alice = fakeInteraction({ userId: 'alice' });
    expect(check(alice, heavy, 1000).ok).toBe(true);
    expect(check(alice, heavy, 5000)).toMatchObject({
      ok: false,
      reason: 'Slow down: you can use /unspin again in 6 seconds.',
    });
    expect(check(fakeInteraction({ userId: 'bob' }), heavy, 5000).ok).toBe(true);
    expect(check(alice, cmd('brief', { cooldownMs: 10_000 }), 5000).ok).toBe(true);
    expect(check(alice, heavy, 11_000).ok).toBe(true);
    expect(check(alice, cmd('ping'), 11_001).ok).toBe(true);
  });

  it('runChecks stops at the first denial (a denied command does not start its cooldown)', () => {
    const cds = new Cooldowns();
    const c = cmd('feed', { guildOnly: true, cooldownMs: 60_000 });
    const dm = fakeInteraction({ inGuild: false });
    expect(runChecks([guildOnly, memberPermissions, cooldown(cds)], dm, c, 0)).toMatchObject({
      check: 'guildOnly',
    });
    expect(cds.size).toBe(0);
  });

  it('Cooldowns sweeps expired entries', () => {
    const cds = new Cooldowns();
    cds.take('a', 10, 0);
    cds.take('b', 100, 0);
    cds.sweep(50);
    expect(cds.size).toBe(1);
  });
});

describe('errors', () => {
  it('recognises a store outage, which is also a UserError', () => {
    const e = new StoreUnavailableError(new Error('ECONNREFUSED'));
    expect(isStoreUnavailable(e)).toBe(true);
    expect(e).toBeInstanceOf(UserError);
    expect(isStoreUnavailable(new UserError('x'))).toBe(false);
    expect(isStoreUnavailable('x')).toBe(false);
  });
});

describe('safe payloads', () => {
  it('never pings anyone', () => {
    const r = safeReply('@everyone <@123> hi', { ephemeral: true });
    expect(r.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(r.flags).toBe(64);
    expect(safeBody({ content: 'x', allowedMentions: { parse: ['everyone'] } }).allowedMentions).toEqual({
      parse: [],
      repliedUser: false,
    });
  });

  it('moves overlong content into an attachment instead of cutting it silently', () => {
    const text = 'word '.repeat(1000);
    const body = safeBody(text);
    expect(body.content!.length).toBeLessThanOrEqual(LIMITS.content);
    expect(body.content).toMatch(/full text is attached as message\.txt\)$/);
    const file = body.files![0] as { attachment: Buffer; name: string };
    expect(file.name).toBe('message.txt');
    expect(file.attachment.toString('utf8')).toBe(text);
  });

  it('keeps embeds within Discord limits, marking every cut', () => {
    const big: APIEmbed = {
      title: 't'.repeat(300),
      description: 'd'.repeat(5000),
      fields: Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(1100) })),
    };
    const { embeds } = fitEmbeds([big, { description: 'second' }]);
    const e = embeds[0];
    expect(e.title!.length).toBe(256);
    expect(e.title!.endsWith('…')).toBe(true);
    expect(e.description!.length).toBeLessThanOrEqual(4096);
    expect(e.fields!.length).toBe(25);
    expect(e.fields![24]).toMatchObject({ name: '…', value: '6 more not shown' });
    expect(embeds.reduce((n, x) => n + embedChars(x), 0)).toBeLessThanOrEqual(6000);
  });

  it('drops whole embeds that cannot fit and says so', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ title: `e${i}`, description: 'x'.repeat(150) }));
    const body = safeBody({ embeds: many });
    expect(body.embeds).toHaveLength(10);
    expect((body.embeds![9] as APIEmbed).footer?.text).toBe('2 more sections did not fit in one message');
  });

  it('autocomplete choices: at most 25, names ≤ 100, invalid values skipped', () => {
    const choices = safeChoices([
      { name: 'n'.repeat(150), value: 'ok' },
      { name: 'too long value', value: 'v'.repeat(101) },
      { name: '   ', value: 'blank' },
      ...Array.from({ length: 40 }, (_, i) => ({ name: `c${i}`, value: `c${i}` })),
    ]);
    expect(choices).toHaveLength(25);
    expect(choices[0].name).toHaveLength(100);
    expect(choices.map((c) => c.value)).not.toContain('blank');
  });
});

describe('/help', () => {
  it('lists every command with its example, within limits', () => {
    const extra = Array.from({ length: 6 }, (_, i) =>
      cmd(`cmd${i}`, { help: { example: `/cmd${i} text: hello` } }),
    );
    const menu = cmd('Unspin', { help: { example: 'Apps ▸ Unspin', details: 'Unspins a message.' } }, 3);
    const embed = overviewEmbed([...commands, ...extra, menu]);
    expect(embed.fields!.map((f) => f.name)).toEqual([
      ...commands.map((c) =>
        c.data.type === 3 ? `Apps ▸ ${c.data.name} (on a message)` : `/${c.data.name}`,
      ),
      ...extra.map((c) => `/${c.data.name}`),
      'Apps ▸ Unspin (on a message)',
    ]);
    expect(embed.fields!.find((f) => f.name === '/cmd3')?.value).toContain('`/cmd3 text: hello`');
    expect(embed.fields!.at(-1)?.value).toContain('Unspins a message.');
    expect(embedChars(embed)).toBeLessThanOrEqual(6000);
  });
});

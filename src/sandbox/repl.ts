/**
 * The sandbox: a fake Discord on 127.0.0.1, the real bot logged in to it, the commands deployed to the fake
 * server, and a prompt where a person types what they would type in Discord. Replies are rendered as text;
 * buttons are clicked by number; attachments are saved to a folder.
 *
 * Not a terminal (scripts, tests): one command per line, each reply awaited (deferrals and follow-ups
 * included), plain text out, exit code 0 when every command got a reply.
 */
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { Command } from '../bot/types.ts';
import type { Config } from '../config.ts';
import type { Store } from '../lib/store/index.ts';
import {
  type FakeDiscord,
  type FakeUser,
  type InteractionHandle,
  type MessageView,
  startFakeDiscord,
} from './fake/index.ts';
import { parseCommandLine, readLocalFile, SandboxInputError } from './parse.ts';
import { type Clickable, renderMessage, renderModal, saveAttachments, wrap } from './render.ts';

type Json = Record<string, unknown>;

export interface SandboxBot {
  client: Client;
  stop(): Promise<void>;
}

export interface SandboxOptions {
  config: Config;
  store: Store;
  log: Logger;
  input?: NodeJS.ReadableStream;
  output?: Writable;
  /** Prompt with line editing and history (default: when the input is a terminal). */
  interactive?: boolean;
  /** Where attachments are saved (default: config.SANDBOX_OUT_DIR, i.e. sandbox-out/). */
  outDir?: string;
  /** How long to wait for a reply (default 60 s). */
  replyTimeoutMs?: number;
  /** Quiet time after a reply before the next command, so follow-ups are shown with it (default 300 ms). */
  quietMs?: number;
  /** Commands the bot serves and the sandbox deploys (default: the registry in src/commands/index.ts). */
  commands?: readonly Command[];
  /** Starts the bot against the fake (default: startBot from src/bot/client.ts). */
  startBot?: (deps: {
    config: Config;
    store: Store;
    log: Logger;
    token: string;
    restApi: string;
    commands?: readonly Command[];
  }) => Promise<SandboxBot>;
  /** Called with the fake once it runs (tests use it to inspect requests and violations). */
  onFake?: (fake: FakeDiscord) => void;
}

const REPL_HELP = `Sandbox commands (type them at the prompt):
  /command opt: value …    run a slash command, e.g. /unspin text: some words here
                            attachment options take a local file path: /brief file: article.txt
  Name> text               run a message menu (Apps ▸ Name) on a message with that text,
                            e.g.  unspin> text of a spun article   or   brief> https://example.org/story
  :paste Name              paste a multi-line message, end it with a line holding only "."
  :attach Name FILE [text] run a message menu on a message carrying FILE as an attachment
  :menus                   list the message menus
  :click N                 click button N of the last reply
  :select N VALUE[,VALUE]  choose in select menu N of the last reply
  :complete /cmd … opt: x  show the autocomplete choices for the last option typed
  :as editor|reader        act as the moderator (default) or as an ordinary member
  :help                    this help            :quit  leave (Ctrl+D works too)
  any other text           is posted as a message in #general
Replies: embeds are framed, ephemeral replies are marked "only you can see this", attachments are saved
to the output folder and their paths printed.`;

class Lines {
  private it: AsyncIterator<string>;
  constructor(
    private rl: ReturnType<typeof createInterface>,
    private interactive: boolean,
  ) {
    this.it = rl[Symbol.asyncIterator]();
  }
  async next(prompt: string): Promise<string | null> {
    if (this.interactive) {
      this.rl.setPrompt(prompt);
      this.rl.prompt();
    }
    const r = await this.it.next();
    return r.done ? null : r.value;
  }
}

export async function runSandbox(opts: SandboxOptions): Promise<number> {
  const input = opts.input ?? process.stdin;
  const output = opts.output ?? process.stdout;
  const interactive = opts.interactive ?? Boolean((input as { isTTY?: boolean }).isTTY);
  const outDir = opts.outDir ?? opts.config.SANDBOX_OUT_DIR ?? 'sandbox-out';
  const replyTimeoutMs = opts.replyTimeoutMs ?? 60_000;
  const quietMs = opts.quietMs ?? 300;
  const width = Math.min(100, (output as { columns?: number }).columns ?? 80);
  const print = (...lines: string[]) => {
    for (const l of lines) output.write(`${l}\n`);
  };
  // A quiet bot log in the sandbox unless the operator asked for debug output.
  const log = opts.log.level === 'info' ? opts.log.child({ component: 'bot' }, { level: 'warn' }) : opts.log;

  const fake = await startFakeDiscord({ strict: true });
  opts.onFake?.(fake);
  let bot: SandboxBot | null = null;
  let failures = 0;
  let started = false;
  const violationNotes: string[] = [];
  fake.on('violation', (found: { route: string; rule: string; detail: string }[]) => {
    failures++;
    for (const v of found)
      violationNotes.push(`⚠ Discord would reject this request: ${v.route}: ${v.rule}: ${v.detail}`);
  });
  const flushViolations = () => {
    if (violationNotes.length) print(...violationNotes.splice(0));
  };

  try {
    // The sandbox serves attachments from 127.0.0.1, so the bot must be allowed to fetch from loopback here.
    const config: Config = { ...opts.config, DISCORD_API_URL: fake.apiBase, FETCH_ALLOW_LOOPBACK: true };
    const { commands: registry } = opts.commands
      ? { commands: opts.commands }
      : await import('../commands/index.ts');
    const start =
      opts.startBot ??
      (async (deps) => {
        const { startBot } = await import('../bot/client.ts');
        return startBot(deps);
      });
    bot = await start({
      config,
      store: opts.store,
      log,
      token: fake.token,
      restApi: fake.apiBase,
      commands: registry,
    });
    const { deployCommands } = await import('../bot/deploy.ts');
    await deployCommands({
      token: fake.token,
      applicationId: fake.applicationId,
      guildId: fake.guildId,
      api: fake.apiBase,
      commands: registry,
    });
    flushViolations();
    started = true;
    const deployed = () => fake.commands(fake.guildId);
    const menus = () => deployed().filter((c) => c.type === 3);

    if (interactive) {
      print(
        `newsdesk sandbox — a local fake Discord (server "Newsroom", channel #general) with the bot logged in.`,
        `Commands: ${deployed()
          .map((c) => (c.type === 3 ? `Apps ▸ ${c.name}` : `/${c.name}`))
          .join(', ')}`,
        'Type /help for the bot’s help, :help for the sandbox’s, :quit to leave.',
        '',
      );
    }

    let actor: FakeUser = fake.moderator;
    let clickables: Clickable[] = [];

    // Messages the bot sends outside an interaction reply (alerts in a channel, DMs) are shown as asides.
    const seen = new Set<string>();
    const asides: MessageView[] = [];
    fake.on('message', (m: MessageView) => {
      if (seen.has(m.id)) return;
      seen.add(m.id);
      if (m.interactionId === null && m.authorId === fake.botUser.id) asides.push(m);
    });
    const placeOf = (channelId: string) => {
      const c = fake.channels.find((x) => x.id === channelId);
      return c ? `#${c.name}` : 'a direct message';
    };
    const flushAsides = () => {
      for (const m of asides.splice(0)) {
        const saved = saveAttachments(m, outDir);
        print(...renderMessage(m, { width, clickables, saved, who: `newsdesk in ${placeOf(m.channelId)}` }));
      }
    };

    const show = (messages: MessageView[]) => {
      clickables = [];
      for (const m of messages) {
        const saved = saveAttachments(m, outDir);
        print(...renderMessage(m, { width, clickables, saved }));
      }
    };

    const rl = createInterface({
      input,
      output: interactive ? output : undefined,
      terminal: interactive,
      historySize: 500,
    });
    const lines = new Lines(rl, interactive);
    // Ctrl+C at the prompt leaves like :quit (after the reply in progress, if any).
    rl.on('SIGINT', () => {
      print('', 'leaving…');
      rl.close();
    });

    /** Runs one interaction to its settled reply, shows it, and handles a modal it opens. */
    const runInteraction = async (h: InteractionHandle, label: string): Promise<void> => {
      let thinking = false;
      const off = h.onChange(() => {
        if (!thinking && h.deferred) {
          thinking = true;
          print('newsdesk is thinking…');
        }
      });
      let result: Awaited<ReturnType<InteractionHandle['done']>>;
      try {
        result = await h.done({ timeoutMs: replyTimeoutMs, quietMs });
      } catch (err) {
        failures++;
        flushViolations();
        print(`✖ ${label}: no reply (${(err as Error).message})`);
        return;
      } finally {
        off();
      }
      flushViolations();
      const { final, followUps } = result;
      if (final.kind === 'modal' && final.modal) {
        print(...renderModal(final.modal));
        const fields: Record<string, string> = {};
        for (const f of final.modal.fields) {
          const value = await lines.next(`  ${f.label}: `);
          if (value === null) {
            failures++;
            print(`✖ the form "${final.modal.title}" was left unfinished (end of input)`);
            return;
          }
          if (!interactive) print(`  ${f.label}: ${value}`);
          fields[f.customId] = value;
        }
        await runInteraction(
          fake.submitModal(final.modal.customId, fields, {
            user: actor,
            ...(h.payload.message ? { messageId: String((h.payload.message as Json).id) } : {}),
          }),
          `form ${final.modal.title}`,
        );
        return;
      }
      if (final.kind === 'autocomplete') {
        const choices = final.choices ?? [];
        print(
          choices.length
            ? `choices: ${choices.map((c) => `${c.name}${c.name === String(c.value) ? '' : ` (${c.value})`}`).join(' | ')}`
            : 'no choices',
        );
        return;
      }
      if (final.id === '') {
        print('(acknowledged without a visible reply)');
        return;
      }
      show([final, ...followUps]);
    };

    const userTables = {
      users: {
        reader: fake.human.id,
        editor: fake.moderator.id,
        newsdesk: fake.botUser.id,
        me: fake.moderator.id,
      },
      channels: Object.fromEntries(fake.channels.map((c) => [c.name, c.id])),
      roles: {},
    };

    const findMenu = (name: string): Json | undefined =>
      menus().find((c) => String(c.name).toLowerCase() === name.trim().toLowerCase());

    const handleLine = async (line: string): Promise<boolean> => {
      const text = line.trim();
      if (!text || text.startsWith('#')) return true;
      if (!interactive) print(`> ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`);
      try {
        if (text.startsWith(':')) {
          const [cmd, ...restWords] = text.slice(1).split(/\s+/);
          const rest = text.slice(1 + cmd.length).trim();
          switch (cmd.toLowerCase()) {
            case 'q':
            case 'quit':
            case 'exit':
              return false;
            case 'help':
            case 'h':
            case '?':
              print(REPL_HELP);
              return true;
            case 'menus':
            case 'menu':
              print(
                menus().length
                  ? `Message menus: ${menus()
                      .map((c) => c.name)
                      .join(', ')}  (use: Name> text)`
                  : 'No message menus are deployed.',
              );
              return true;
            case 'as': {
              const who = restWords[0]?.toLowerCase();
              if (who === 'editor' || who === 'moderator') actor = fake.moderator;
              else if (who === 'reader' || who === 'member') actor = fake.human;
              else throw new SandboxInputError(':as takes editor (moderator) or reader (ordinary member)');
              print(`now acting as ${actor.username}`);
              return true;
            }
            case 'click': {
              const n = Number(restWords[0]);
              const c = clickables.find((x) => x.n === n && x.kind === 'button');
              if (!c)
                throw new SandboxInputError(
                  clickables.length
                    ? `no button ${restWords[0] ?? ''}; the last reply has: ${clickables
                        .filter((x) => x.kind === 'button')
                        .map((x) => `${x.n} ${x.label}`)
                        .join(', ')}`
                    : 'the last reply has no buttons',
                );
              await runInteraction(
                fake.clickButton(c.messageId, c.customId, { user: actor }),
                `button ${c.label}`,
              );
              return true;
            }
            case 'select': {
              const n = Number(restWords[0]);
              const c = clickables.find((x) => x.n === n && x.kind === 'select');
              if (!c) throw new SandboxInputError('no select menu with that number in the last reply');
              const values = restWords
                .slice(1)
                .join(' ')
                .split(',')
                .map((v) => v.trim())
                .filter(Boolean);
              const known = new Set(c.options?.map((o) => o.value));
              const bad = values.filter((v) => !known.has(v));
              if (values.length === 0 || bad.length)
                throw new SandboxInputError(`choose from: ${[...known].join(', ')}`);
              await runInteraction(
                fake.selectMenu(c.messageId, c.customId, values, { user: actor }),
                `menu ${c.label}`,
              );
              return true;
            }
            case 'paste': {
              const menu = findMenu(rest);
              if (!menu)
                throw new SandboxInputError(
                  `no message menu "${rest}"; menus: ${menus()
                    .map((c) => c.name)
                    .join(', ')}`,
                );
              const body: string[] = [];
              for (;;) {
                const l = await lines.next('… ');
                if (l === null || l.trim() === '.') break;
                body.push(l);
              }
              if (!interactive) print(`  (${body.length} lines pasted)`);
              await runInteraction(
                fake.messageContextMenu(
                  String(menu.name),
                  { content: body.join('\n'), author: fake.human },
                  { user: actor },
                ),
                String(menu.name),
              );
              return true;
            }
            case 'attach': {
              const m = /^(.+?)\s+(\S+)(?:\s+([\s\S]*))?$/.exec(rest);
              const menu = m ? (findMenu(m[1]) ?? findMenu(m[1].split(/\s+/)[0])) : undefined;
              if (!m || !menu)
                throw new SandboxInputError(
                  `usage: :attach Name FILE [text]; menus: ${menus()
                    .map((c) => c.name)
                    .join(', ')}`,
                );
              const f = readLocalFile(m[2]);
              await runInteraction(
                fake.messageContextMenu(
                  String(menu.name),
                  { content: m[3] ?? '', attachments: [f], author: fake.human },
                  { user: actor },
                ),
                String(menu.name),
              );
              return true;
            }
            case 'complete': {
              const parsed = parseCommandLine(rest, deployed(), userTables);
              const focused = Object.keys(parsed.options).pop();
              if (!focused)
                throw new SandboxInputError(
                  'type the option to complete, e.g. :complete /track remove term: IR',
                );
              const values = Object.fromEntries(
                Object.entries(parsed.options).filter(([, v]) => typeof v !== 'object'),
              ) as Record<string, string | number | boolean>;
              await runInteraction(
                fake.autocomplete([parsed.name, ...parsed.path].join(' '), focused, values, { user: actor }),
                'autocomplete',
              );
              return true;
            }
            default:
              throw new SandboxInputError(`unknown sandbox command :${cmd} (see :help)`);
          }
        }
        if (text.startsWith('/')) {
          const parsed = parseCommandLine(text, deployed(), userTables);
          await runInteraction(
            fake.chatInput([parsed.name, ...parsed.path].join(' '), parsed.options, { user: actor }),
            `/${parsed.name}`,
          );
          return true;
        }
        const menuMatch = /^([^>]{1,32})>\s?([\s\S]*)$/.exec(text);
        const menu = menuMatch ? findMenu(menuMatch[1]) : undefined;
        if (menuMatch && menu) {
          await runInteraction(
            fake.messageContextMenu(
              String(menu.name),
              { content: menuMatch[2], author: fake.human },
              { user: actor },
            ),
            String(menu.name),
          );
          return true;
        }
        // Anything else is a message in #general.
        fake.postMessage(fake.channelId, line, { author: actor });
        await new Promise((r) => setTimeout(r, Math.max(quietMs, 500)));
        if (asides.length) {
          clickables = [];
          flushAsides();
        } else
          print(
            wrap(
              '(posted in #general; newsdesk did not answer — it reads messages only where a server opted in, and only with MESSAGE_CONTENT_INTENT; for commands start with / or see :help)',
              width,
            ).join('\n'),
          );
        return true;
      } catch (err) {
        if (
          err instanceof SandboxInputError ||
          (err instanceof Error && err.message.startsWith('fake discord:'))
        ) {
          failures++;
          print(`✖ ${err.message.replace(/^fake discord: /, '')}`);
          return true;
        }
        throw err;
      }
    };

    for (;;) {
      const line = await lines.next('newsdesk> ');
      if (line === null) break;
      const more = await handleLine(line);
      flushAsides();
      if (!more) break;
    }
    rl.close();
    if (interactive) print('bye');
    return failures > 0 && !interactive ? 1 : 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    print(started ? `✖ sandbox error: ${message}` : `✖ the sandbox could not start: ${message}`);
    return 1;
  } finally {
    await bot?.stop().catch(() => {});
    await fake.close();
  }
}

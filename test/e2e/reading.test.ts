/**
 * The reading commands end to end: /unspin, /brief and the Unspin / Brief message menus, with the real
 * discord.js client, router and engines against the fake Discord, and a local article server on 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bot, startBot } from '../../src/bot/client.ts';
import { deployCommands } from '../../src/bot/deploy.ts';
import { commands as registry } from '../../src/commands/index.ts';
import { loadConfig } from '../../src/config.ts';
import { openStore, type Store } from '../../src/lib/store/index.ts';
import { createLogger } from '../../src/log.ts';
import { forgetPages } from '../../src/render/page-cache.ts';
import { type FakeDiscord, type FinalResponse, startFakeDiscord } from '../../src/sandbox/fake/index.ts';

const SEED = readFileSync(path.resolve(process.cwd(), '../shared/seed-article.txt'), 'utf8');
/** The first paragraphs of the seed, within the 6,000 characters of a text option. */
const SEED_SHORT = (() => {
  const paras = SEED.split(/\n\s*\n/);
  let out = '';
  for (const p of paras) {
    if ((out + p).length > 2500) break;
    out += `${p}\n\n`;
  }
  return out.trim();
})();

/** The first paragraphs of the seed, short enough for the restored text to be shown inline. */
const SEED_INLINE = SEED.split(/\n\s*\n/)
  .slice(0, 2)
  .join('\n\n');

/** A long, clean report with many officials, places and quotes: its brief needs several pages. */
const FIRST = ['Alan', 'Maria', 'Tomas', 'Leila', 'Victor', 'Nadia', 'Ruth', 'Omar', 'Grace', 'Henrik'];
const LAST = ['Brooks', 'Castellano', 'Duarte', 'Farouk', 'Grimaldi', 'Halvorsen'];
const ROLES = [
  'Deputy Minister of Transport',
  'Mayor',
  'Governor',
  'Police Chief',
  'Health Minister',
  'General',
];
const CITIES = [
  'Baghdad',
  'Erbil',
  'Mosul',
  'Basra',
  'Kirkuk',
  'Najaf',
  'Karbala',
  'Sulaymaniyah',
  'Ramadi',
  'Tikrit',
];
const LONG_REPORT = (() => {
  const paras = [
    'Officials across Iraq met on Monday to plan the repair of roads and bridges damaged by spring floods, according to a statement from the Ministry of Planning.',
  ];
  for (let i = 0; i < 48; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    const role = ROLES[i % ROLES.length];
    const city = CITIES[i % CITIES.length];
    paras.push(
      `${role} ${name} visited ${city} on Tuesday to inspect flood defences along the river. ` +
        `"We will rebuild the bridge in ${city} before the winter rains arrive and we will pay every contractor on time," ${name.split(' ')[1]} said, adding that ${10 + i} engineers had been assigned to the work.`,
    );
  }
  return paras.join('\n\n');
})();

const ARTICLE_HTML = `<!doctype html><html><head><meta charset="utf-8">
<title>Ministers agree to meet soon</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2022-01-07T10:00:00Z">
</head><body><header><nav>Home | World | Sport</nav></header>
<article><h1>Ministers agree to meet soon</h1>
${SEED.split(/\n\s*\n/)
  .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
  .join('\n')}
</article><footer>© Example Wire</footer></body></html>`;

let fake: FakeDiscord;
let bot: Bot;
let store: Store;
let server: http.Server;
let base: string;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/story.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ARTICLE_HTML);
    } else if (req.url === '/slow.html') {
      // Slower than the fast-read window: the command must defer before Discord's 3 s deadline.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(ARTICLE_HTML);
      }, 2000);
    } else if (req.url === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4\n%\xff\xff\n1 0 obj<<>>endobj\n');
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  fake = await startFakeDiscord();
  store = await openStore('memory://');
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiBase,
    STORE_URL: 'memory://',
    LOG_LEVEL: 'info',
    FETCH_ALLOW_LOOPBACK: 'true',
  });
  const sink = new Writable({
    write(chunk, _enc, cb) {
      for (const line of String(chunk).split('\n')) if (line.trim()) logLines.push(JSON.parse(line));
      cb();
    },
  });
  const log = createLogger({ level: 'info', destination: sink });
  await deployCommands({
    token: fake.token,
    applicationId: fake.applicationId,
    guildId: fake.guildId,
    api: fake.apiBase,
    commands: registry,
  });
  // No cooldown here: the tests run the same command many times in a row as one user.
  bot = await startBot({ config, store, log, token: fake.token, checks: [] });
  // (as on a server, where users come after the bot is ready: the engines warm in the background first, and the first
  // /unspin of the run no longer loads the unspin data inside Discord's wait)
  while (!logLines.some((l) => l.msg === 'engines warm' || l.msg === 'engines not warmed'))
    await new Promise((r) => setTimeout(r, 50));
}, 60_000);

afterAll(async () => {
  await fake?.waitForSession(3000).catch(() => {});
  await bot?.stop();
  await store?.close();
  await fake?.close();
  await new Promise((r) => server?.close(r));
});

type Embed = {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};
const embedsOf = (r: FinalResponse) => r.embeds as Embed[];
const textOf = (r: FinalResponse) => JSON.stringify(r.embeds) + r.content;
const buttonIds = (r: { components: unknown[] }) =>
  (r.components as { components: { custom_id?: string; disabled?: boolean }[] }[]).flatMap((row) =>
    row.components.filter((b) => b.custom_id && !b.disabled).map((b) => b.custom_id as string),
  );

/** The key a reply's buttons carry (`<slot>-<interaction id>`). */
function keyOf(r: FinalResponse): string {
  const id = buttonIds(r).find((x) => /^(unspin|brief):(page|unspun|brief):/.test(x));
  const key = id?.split(':')[2] ?? '';
  expect(key).toMatch(new RegExp(`^\\d+-${r.interactionId}$`));
  return key;
}

function expectUnspinReply(r: FinalResponse) {
  expect(r.ephemeral).toBe(false);
  expect(r.loading).toBe(false);
  const [verdict, changes] = embedsOf(r);
  expect(verdict.title).toMatch(/^🔴 Spun — \d+\/100$/);
  expect(verdict.fields?.find((f) => f.name === 'Fingerprints')?.value).toMatch(/per 1,000 words/);
  expect(changes.title).toContain('Changes');
  // The diff: spun form struck through, original in bold, with a confidence.
  expect(changes.description).toMatch(/~~[^~]+~~ → \*\*[^*]+\*\*( ×\d+)? · \d+%/);
}

describe('reading commands against the fake Discord', () => {
  it('deploys /unspin, /brief and the Unspin and Brief message menus', () => {
    const defs = fake.commands(fake.guildId) as { name: string; type: number }[];
    const byName = (n: string, t: number) => defs.find((d) => d.name === n && d.type === t);
    expect(byName('unspin', 1)).toBeTruthy();
    expect(byName('brief', 1)).toBeTruthy();
    expect(byName('Unspin', 3)).toBeTruthy();
    expect(byName('Brief', 3)).toBeTruthy();
  });

  it('/unspin text: shows the verdict, the grouped diff and the restored text', async () => {
    expect(SEED_INLINE.length).toBeLessThan(1400);
    const h = fake.chatInput('unspin', { text: SEED_INLINE });
    expect((await h.reply()).type).toBe(5); // deferred first
    const r = await h.final();
    expectUnspinReply(r);
    const all = textOf(r);
    expect(all).toContain('~~International~~ → **Foreign**');
    // Short text: restored inline, no attachment.
    const restored = embedsOf(r).find((e) => e.title === 'Restored text');
    expect(restored?.description).toContain('**Foreign**');
    expect(r.attachments).toEqual([]);
  });

  it('/unspin file: reads a .txt attachment served by the fake; long restored text becomes restored.txt', async () => {
    const r = await fake.chatInput('unspin', { file: { name: 'story.txt', data: SEED } }).final();
    expectUnspinReply(r);
    const restored = r.attachments.find((a) => a.filename === 'restored.txt');
    expect(restored).toBeTruthy();
    const text = restored!.data.toString('utf8');
    expect(text).toContain('Foreign Minister');
    expect(text.length).toBeGreaterThan(SEED.length * 0.9);
  });

  it('/unspin url: fetches the page from a local server and reads the article in it', async () => {
    const r = await fake.chatInput('unspin', { url: `${base}/story.html` }).final();
    expectUnspinReply(r);
    expect(embedsOf(r)[0].description).toContain('Ministers agree to meet soon');
    expect(textOf(r)).not.toMatch(/Home \| World/);
  });

  it('a slow page is deferred within the deadline, then answered', async () => {
    const h = fake.chatInput('unspin', { url: `${base}/slow.html` });
    const started = Date.now();
    const first = await h.reply();
    expect(first.type).toBe(5);
    expect(Date.now() - started).toBeLessThan(2500);
    expectUnspinReply(await h.final());
  });

  it('pages a long change list with ◀ ▶, and changes.txt holds every change', async () => {
    const r = await fake.chatInput('unspin', { file: { name: 'story.md', data: SEED } }).final();
    const ids = buttonIds(r);
    const file = r.attachments.find((a) => a.filename === 'changes.txt');
    // The seed has over a hundred distinct changes: more than one page.
    expect(ids.length).toBeGreaterThan(0);
    expect(file?.data.toString('utf8')).toMatch(/Every applied change/);
    const next = ids.find((id) => /^unspin:page:\d+-\d+:1$/.test(id))!;
    const p2 = await fake.clickButton(r.id, next).final();
    expect(embedsOf(p2)[1].footer?.text).toMatch(/^Page 2 of \d+/);
    expect(fake.message(r.id)?.attachments.map((a) => a.filename)).toContain('changes.txt');
  });

  it('"Brief this article" on an unspin result answers with the brief of the restored text', async () => {
    const r = await fake.chatInput('unspin', { text: SEED_SHORT }).final();
    const id = `unspin:brief:${keyOf(r)}`;
    expect(buttonIds(r)).toContain(id);
    const b = await fake.clickButton(r.id, id).final();
    expect(b.ephemeral).toBe(false);
    const [e] = embedsOf(b);
    expect(e.description).toContain('looks machine-spun');
    expect(JSON.stringify(e)).toMatch(/Foreign Minister/);
    expect(buttonIds(b)).toContain(`brief:unspun:${keyOf(b)}`);
    // The unspin message itself is unchanged.
    expect(fake.message(r.id)?.embeds).toEqual(r.embeds);
  });

  it('the Unspin message menu reads the message text', async () => {
    const r = await fake.messageContextMenu('Unspin', SEED_SHORT).final();
    expectUnspinReply(r);
  });

  it('the Unspin message menu prefers a .txt attachment over the text', async () => {
    const r = await fake
      .messageContextMenu('Unspin', {
        content: 'look at this one',
        attachments: [{ name: 'copy.txt', data: SEED_SHORT }],
      })
      .final();
    expectUnspinReply(r);
  });

  it('the Brief message menu follows the first link of the message', async () => {
    const r = await fake.messageContextMenu('Brief', `Is this real? <${base}/story.html>`).final();
    expect(r.ephemeral).toBe(false);
    const [e] = embedsOf(r);
    expect(e.title).toBeTruthy();
    expect(e.description).toContain('looks machine-spun');
    const names = (e.fields ?? []).map((f) => f.name);
    expect(names.some((n) => n.startsWith('Who'))).toBe(true);
    expect(JSON.stringify(e)).toMatch(/Fouad Hussein/);
    // The page's own publication date (article:published_time) anchors the dates.
    expect(e.description).toContain('Published Fri 7 Jan 2022');
    expect(buttonIds(r)).toContain(`brief:unspun:${keyOf(r)}`);
  });

  it('the Brief message menu anchors relative dates to the day the message was posted when the text has no date', async () => {
    const r = await fake
      .messageContextMenu(
        'Brief',
        'Gunmen attacked a police checkpoint in Bannu on Thursday night, killing two officers, district police chief Imran Khattak said on Friday.',
      )
      .final();
    const [e] = embedsOf(r);
    expect(e.description).toMatch(/Published \w{3} \d{1,2} \w{3} \d{4} \(not given: the day it was shared\)/);
  });

  it('/brief pages a long report with ◀ ▶ that update the message', async () => {
    const r = await fake
      .chatInput('brief', { file: { name: 'report.txt', data: LONG_REPORT }, published: '2023-04-20' })
      .final();
    const first = embedsOf(r)[0];
    expect(first.footer?.text).toMatch(/^Page 1 of (\d+)/);
    const total = Number(/^Page 1 of (\d+)/.exec(first.footer!.text)![1]);
    expect(total).toBeGreaterThan(1);
    expect(first.description).toContain('Published Thu 20 Apr 2023');
    const key = keyOf(r);
    const next = `brief:page:${key}:1`;
    expect(buttonIds(r)).toContain(next);
    const p2 = await fake.clickButton(r.id, next).final();
    expect(embedsOf(p2)[0].footer?.text).toMatch(new RegExp(`^Page 2 of ${total}`));
    expect(embedsOf(p2)[0].title).toContain('(continued)');
    // ◀ goes back to page 1.
    const back = await fake.clickButton(r.id, `brief:page:${key}:0`).final();
    expect(embedsOf(back)[0].footer?.text).toMatch(/^Page 1 of/);
    expect(embedsOf(back)[0].description).toBeTruthy();
    // Every official shows up on some page.
    let seen = '';
    for (let i = 0; i < total; i++) {
      if (i > 0) {
        const p = await fake.clickButton(r.id, `brief:page:${key}:${i}`).final();
        seen += JSON.stringify(p.embeds);
      } else seen += JSON.stringify(r.embeds);
    }
    expect(seen).toContain('Leila Brooks');
    expect(seen).toContain('Henrik Castellano');
  });

  it('"Show unspun text" sends the restored text privately as a file', async () => {
    const r = await fake.chatInput('brief', { text: SEED_SHORT }).final();
    const id = `brief:unspun:${keyOf(r)}`;
    expect(buttonIds(r)).toContain(id);
    const shown = await fake.clickButton(r.id, id).final();
    expect(shown.ephemeral).toBe(true);
    const file = shown.attachments.find((a) => a.filename === 'unspun.txt');
    expect(file?.data.toString('utf8')).toContain('Foreign Minister');
  });

  it('a button whose state has expired says so', async () => {
    const r = await fake.chatInput('brief', { text: SEED_SHORT }).final();
    const key = keyOf(r);
    expect(await forgetPages(store, { guildId: fake.guildId, channelId: fake.channelId }, key)).toBe(true);
    const shown = await fake.clickButton(r.id, `brief:unspun:${key}`).final();
    expect(shown.ephemeral).toBe(true);
    expect(shown.content).toBe(
      'This brief has expired (I keep the buttons of recent replies for up to 6 hours). Run /brief again.',
    );
  });

  it('never pings and escapes markdown from the article', async () => {
    const text = `${SEED_INLINE}\n\nPing @everyone and <@123456789012345678> with **bold** claims.`;
    const r = await fake.chatInput('unspin', { text }).final();
    const shown = JSON.stringify(r.embeds);
    expect(shown).toContain('@\u200beveryone');
    expect(shown).not.toMatch(/@everyone|<@123456789012345678>/);
    expect(shown).toContain('\\\\*\\\\*bold\\\\*\\\\*');
  });

  it('works in a DM too', async () => {
    const r = await fake.chatInput('unspin', { text: SEED_SHORT }, { guildId: null }).final();
    expectUnspinReply(r);
  });

  describe('bad input gets a friendly private answer', () => {
    const expectPrivate = async (h: ReturnType<FakeDiscord['chatInput']>, re: RegExp) => {
      const { final, followUps } = await h.done({ quietMs: 100 });
      const all = [final, ...followUps].filter((m) => !m.deleted);
      const notice = all.find((m) => m.ephemeral) ?? final;
      expect(notice.ephemeral).toBe(true);
      expect(notice.content).toMatch(re);
      expect(notice.content).not.toMatch(/something went wrong/);
    };

    it('no option', async () => {
      await expectPrivate(
        fake.chatInput('unspin', {}),
        /Nothing to read\. Give me one thing to read: `text:`/,
      );
    });

    it('two options', async () => {
      await expectPrivate(
        fake.chatInput('brief', { text: 'some words', url: `${base}/story.html` }),
        /You gave text: and url:; I read one thing at a time/,
      );
    });

    it('a link to a PDF', async () => {
      await expectPrivate(fake.chatInput('unspin', { url: `${base}/report.pdf` }), /PDF/);
    });

    it('an empty message', async () => {
      await expectPrivate(fake.messageContextMenu('Brief', { content: '' }), /nothing I can read/);
    });

    it('an unsupported attachment', async () => {
      await expectPrivate(
        fake.chatInput('unspin', { file: { name: 'scan.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]) } }),
        /only read \.txt, \.md or \.html files, not \.png files/,
      );
    });

    it('a too-large attachment', async () => {
      const big = 'The minister said the talks went well. '.repeat(200_000);
      await expectPrivate(
        fake.chatInput('unspin', { file: { name: 'huge.txt', data: big } }),
        /too (large|big|long)|limit|MB/i,
      );
    });

    it('a malformed publication date', async () => {
      await expectPrivate(
        fake.chatInput('brief', { text: SEED_SHORT, published: '05/01/2022' }),
        /published: must be a date written YYYY-MM-DD/,
      );
    });

    it('an unreachable link', async () => {
      await expectPrivate(
        fake.chatInput('brief', { url: `${base}/missing.html` }),
        /404|not found|could not/i,
      );
    });
  });

  it('sent nothing Discord would reject and pinged nobody', () => {
    expect(fake.violations).toEqual([]);
    expect(logLines.filter((l) => (l.level as number) >= 50)).toEqual([]);
  });
});

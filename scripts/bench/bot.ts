/**
 * Bot benchmark: slash-command round trip through the fake Discord (p50/p95), interactions per second with
 * 1 and 50 in flight, login to ready, and RSS — for newsdesk's router and, in the same run, for a bare
 * discord.js client whose interactionCreate handler replies directly. The ratio is the router's overhead.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Command } from '../../src/bot/types.ts';
import { loadConfig } from '../../src/config.ts';
import { openStore } from '../../src/lib/store/index.ts';
import { silentLogger } from '../../src/log.ts';
import { type FakeDiscord, startFakeDiscord } from '../../src/sandbox/fake/index.ts';

const WARMUP = 300;
const ROUNDS = 3;
const SEQUENTIAL = 1000;
const PIPELINED = 2000;
const IN_FLIGHT = 50;

const echoCommand: Command = {
  data: {
    name: 'echo',
    description: 'Echo for the benchmark',
    options: [{ type: 3, name: 'text', description: 'text', required: true }],
  },
  async execute(interaction) {
    if (!interaction.isChatInputCommand()) return;
    await interaction.reply({ content: `echo: ${interaction.options.getString('text', true)}` });
  },
};

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function roundTrip(fake: FakeDiscord, i: number): Promise<number> {
  const t0 = performance.now();
  const h = fake.chatInput('echo', { text: `hello ${i}` });
  const r = await h.reply({ timeoutMs: 10_000 });
  const content = (r.data as { content?: string } | undefined)?.content;
  if (content !== `echo: hello ${i}`) throw new Error(`wrong reply: ${JSON.stringify(r.data)}`);
  return performance.now() - t0;
}

interface Figures {
  lat: number[];
  seqRate: number[];
  pipeRate: number[];
}

async function round(fake: FakeDiscord, f: Figures): Promise<void> {
  let t = performance.now();
  for (let i = 0; i < SEQUENTIAL; i++) f.lat.push(await roundTrip(fake, i));
  f.seqRate.push(SEQUENTIAL / ((performance.now() - t) / 1000));
  t = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < PIPELINED) await roundTrip(fake, next++);
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  f.pipeRate.push(PIPELINED / ((performance.now() - t) / 1000));
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

async function startBare(fake: FakeDiscord): Promise<{ readyMs: number; stop(): Promise<void> }> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: fake.apiBase, globalRequestsPerSecond: Number.POSITIVE_INFINITY },
    waitGuildTimeout: 200,
  });
  client.on(Events.InteractionCreate, (i: Interaction) => {
    if (i.isChatInputCommand())
      void i.reply({ content: `echo: ${i.options.getString('text', true)}`, allowedMentions: { parse: [] } });
  });
  const t0 = performance.now();
  const ready = new Promise((r) => client.once(Events.ClientReady, r));
  await client.login(fake.token);
  await ready;
  return { readyMs: performance.now() - t0, stop: () => client.destroy() };
}

async function startOurs(fake: FakeDiscord): Promise<{ readyMs: number; stop(): Promise<void> }> {
  const { startBot } = await import('../../src/bot/client.ts');
  const config = loadConfig({ STORE_URL: 'memory://', LOG_LEVEL: 'silent' });
  const store = await openStore('memory://');
  const t0 = performance.now();
  const bot = await startBot({
    config,
    store,
    log: silentLogger(),
    token: fake.token,
    restApi: fake.apiBase,
    commands: [echoCommand],
    checks: [],
    restOptions: { globalRequestsPerSecond: Number.POSITIVE_INFINITY },
  });
  const readyMs = performance.now() - t0;
  return {
    readyMs,
    async stop() {
      await bot.stop();
      await store.close();
    },
  };
}

/** `npm start` as a child process joining the fake as if it were Discord: process start → the "ready" log line. */
async function processStartToReady(): Promise<{ ms: number; rssMiB: number }> {
  const fake = await startFakeDiscord({ strict: false });
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    env: {
      ...process.env,
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiBase,
      STORE_URL: 'memory://',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const ms = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line within 30 s:\n${out}`)), 30_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (/"msg":"ready"/.test(out)) {
        clearTimeout(timer);
        resolve(performance.now() - started);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`bot exited with ${code}:\n${out}`)));
  });
  const rss =
    Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
  child.removeAllListeners('exit');
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
  await fake.close();
  return { ms, rssMiB: rss };
}

export async function main(): Promise<void> {
  const proc = await processStartToReady();
  const fakes = [await startFakeDiscord({ strict: false }), await startFakeDiscord({ strict: false })];
  const bots = [await startBare(fakes[0]), await startOurs(fakes[1])];
  const figs: Figures[] = [
    { lat: [], seqRate: [], pipeRate: [] },
    { lat: [], seqRate: [], pipeRate: [] },
  ];
  for (const fake of fakes) for (let i = 0; i < WARMUP; i++) await roundTrip(fake, i);
  // Alternate the two so that machine noise falls on both alike.
  for (let r = 0; r < ROUNDS; r++) for (const k of [0, 1]) await round(fakes[k], figs[k]);
  const rows: [string, (f: Figures, k: number) => number, string][] = [
    ['login → ready (ms)', (_f, k) => bots[k].readyMs, 'lower is better'],
    [
      'round trip p50 (ms)',
      (f) =>
        pct(
          [...f.lat].sort((a, b) => a - b),
          50,
        ),
      'lower is better',
    ],
    [
      'round trip p95 (ms)',
      (f) =>
        pct(
          [...f.lat].sort((a, b) => a - b),
          95,
        ),
      'lower is better',
    ],
    ['per s, 1 in flight', (f) => median(f.seqRate), 'higher is better'],
    [`per s, ${IN_FLIGHT} in flight`, (f) => median(f.pipeRate), 'higher is better'],
  ];
  console.log(
    `${'metric'.padEnd(22)}${'bare discord.js'.padStart(17)}${'newsdesk'.padStart(12)}${'newsdesk/bare'.padStart(15)}`,
  );
  for (const [name, get, note] of rows) {
    const a = get(figs[0], 0);
    const b = get(figs[1], 1);
    console.log(
      `${name.padEnd(22)}${a.toFixed(2).padStart(17)}${b.toFixed(2).padStart(12)}${`${(b / a).toFixed(2)}×`.padStart(15)}  (${note})`,
    );
  }
  console.log(
    `npm start → ready (child process, real entry point, memory store): ${proc.ms.toFixed(0)} ms, RSS ${proc.rssMiB.toFixed(0)} MiB`,
  );
  const mem = process.memoryUsage();
  console.log(`RSS of this process (two fakes + two clients): ${(mem.rss / 2 ** 20).toFixed(0)} MiB`);
  console.log(
    `(${ROUNDS} alternating rounds of ${SEQUENTIAL} sequential and ${PIPELINED} pipelined /echo round trips per client after ${WARMUP} warm-up; fake and clients in one process; the newsdesk router runs with no checks and no store access, so the ratio is routing overhead)`,
  );
  for (const b of bots) await b.stop();
  for (const f of fakes) await f.close();
}

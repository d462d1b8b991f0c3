/**
 * `newsdesk start` (and `npm start`): config → store → the bot on Discord when DISCORD_TOKEN is set,
 * otherwise the sandbox (a local fake Discord with a terminal prompt). Shuts down gracefully on
 * SIGINT/SIGTERM. Every failure an operator can fix ends with one clear line and exit code 1.
 */
import { LoginError, startBot } from '../bot/client.ts';
import { type Config, describeConfig } from '../config.ts';
import { openStore, type Store, StoreError } from '../lib/store/index.ts';
import { createLogger, type Logger } from '../log.ts';
import { loadConfigOrReport, parseCommandArgs } from './io.ts';

const USAGE = `usage: newsdesk start

Runs the bot. With DISCORD_TOKEN set (in .env or the environment) it joins Discord; without one it
starts the sandbox: a local fake Discord and a prompt where you type commands as in Discord.`;

/** Resolves when the process is asked to stop (SIGINT/SIGTERM); a second signal exits at once. */
function untilSignal(log: Logger): Promise<string> {
  return new Promise((resolve) => {
    let asked = false;
    const onSignal = (signal: NodeJS.Signals) => {
      if (asked) {
        log.warn({ signal }, 'second signal: exiting now');
        process.exit(130);
      }
      asked = true;
      log.info({ signal }, 'shutting down');
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

function fail(message: string): number {
  console.error(`newsdesk: ${message}`);
  return 1;
}

async function runDiscord(
  config: Config & { DISCORD_TOKEN: string },
  store: Store,
  log: Logger,
): Promise<number> {
  const signal = untilSignal(log);
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot({ config, store, log, token: config.DISCORD_TOKEN });
  } catch (err) {
    if (err instanceof LoginError) return fail(err.message);
    throw err;
  }
  log.info({ guilds: bot.client.guilds.cache.size }, 'newsdesk is online; press Ctrl+C to stop');
  // A connection Discord closed for good (revoked token, …) will not come back: exit so a supervisor restarts us.
  const lost = new Promise<number>((resolve) =>
    bot.client.once('shardDisconnect', (event) => resolve(event.code)),
  );
  const outcome = await Promise.race([signal.then(() => null), lost]);
  await bot.stop();
  if (outcome !== null)
    return fail(`Discord closed the gateway connection for good (close code ${outcome}).`);
  return 0;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('start', USAGE, args, {});
  if (typeof parsed === 'number') return parsed;
  const config = loadConfigOrReport();
  if (!config) return 1;
  // The sandbox prompt shares the terminal with the log: keep routine entries out of its way unless asked for.
  const level = !config.DISCORD_TOKEN && config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL;
  const log = createLogger({ level });
  log.info(describeConfig(config), 'starting');

  let store: Store;
  try {
    store = await openStore(config.STORE_URL, { log: log.child({ component: 'store' }) });
  } catch (err) {
    if (err instanceof StoreError)
      return fail(`${err.message}\nCheck STORE_URL (or start the database it points to).`);
    throw err;
  }

  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled promise rejection'));
  try {
    if (config.DISCORD_TOKEN)
      return await runDiscord({ ...config, DISCORD_TOKEN: config.DISCORD_TOKEN }, store, log);
    // The sandbox is loaded only when needed: joining Discord never loads the fake server.
    const { runSandbox } = await import('../sandbox/index.ts');
    return await runSandbox({ config, store, log });
  } finally {
    await store.close();
  }
}

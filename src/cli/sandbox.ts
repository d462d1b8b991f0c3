/**
 * `newsdesk sandbox`: the bot against a local fake Discord, with a prompt (or, when standard input is not a
 * terminal, one command per line: `printf '/help\n' | npm run -s newsdesk -- sandbox`).
 */
import { openStore, type Store, StoreError } from '../lib/store/index.ts';
import { createLogger } from '../log.ts';
import { runSandbox } from '../sandbox/repl.ts';
import { loadConfigOrReport, parseCommandArgs } from './io.ts';

const USAGE = `usage: newsdesk sandbox [--out DIR] [--store URL] [--timeout SECONDS]

Starts a local fake Discord on 127.0.0.1, logs the bot in to it, deploys its commands and opens a prompt
where you type commands as in Discord (/help, /unspin text: …, /brief file: article.txt, unspin> text…).
Type :help at the prompt for the sandbox's own commands.

When standard input is not a terminal, reads one command per line, prints each reply as plain text and
exits at the end of input: 0 when every command got a reply, 1 otherwise.

  --out DIR          where attachments are saved (default: SANDBOX_OUT_DIR or sandbox-out/)
  --store URL        storage for this run (default: STORE_URL), e.g. memory://
  --timeout SECONDS  how long to wait for each reply (default 60)`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('sandbox', USAGE, args, { valued: ['out', 'store', 'timeout'] });
  if (typeof parsed === 'number') return parsed;
  const { flags } = parsed;
  let timeoutMs: number | undefined;
  if (flags.timeout !== undefined) {
    const s = Number(flags.timeout);
    if (!Number.isFinite(s) || s <= 0) {
      console.error('newsdesk sandbox: --timeout takes a number of seconds, e.g. --timeout 30');
      return 2;
    }
    timeoutMs = s * 1000;
  }
  const config = loadConfigOrReport();
  if (!config) return 1;
  // The prompt is the interface here: only warnings reach the terminal unless LOG_LEVEL asks for more.
  const log = createLogger({ level: process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn' });
  const storeUrl = typeof flags.store === 'string' ? flags.store : config.STORE_URL;
  let store: Store;
  try {
    store = await openStore(storeUrl, { log: log.child({ component: 'store' }) });
  } catch (err) {
    if (err instanceof StoreError || err instanceof Error) {
      console.error(`newsdesk: ${err.message}\nCheck STORE_URL or --store (memory:// needs nothing).`);
      return 1;
    }
    throw err;
  }
  try {
    return await runSandbox({
      config,
      store,
      log,
      outDir: typeof flags.out === 'string' ? flags.out : undefined,
      replyTimeoutMs: timeoutMs,
    });
  } finally {
    await store.close();
  }
}

/**
 * Entry point for `npm start`: config → store → Discord (DISCORD_TOKEN set) or the sandbox (no token).
 * Errors an operator can fix are printed as one clear message, never a stack trace.
 */
import { run } from './cli/start.ts';

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`newsdesk: ${err instanceof Error ? err.message : String(err)}`);
    // An unexpected failure (a bug): the stack helps, but only when asked for.
    if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') console.error(err);
    process.exitCode = 1;
  },
);

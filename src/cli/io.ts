import { readFile } from 'node:fs/promises';
import { type Config, ConfigError, loadConfig } from '../config.ts';
import { parsePublished, UserError } from '../lib/article.ts';

export interface Input {
  /** The file name, or null for standard input. */
  file: string | null;
  text: string;
}

/** A short, friendly reason a file could not be read ("no such file", "is a directory", …). */
export function readFailure(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file';
  if (e.code === 'EISDIR') return 'is a directory';
  if (e.code === 'EACCES') return 'permission denied';
  return e.code ?? e.message ?? String(err);
}

/**
 * Reads each named file, or standard input when none is given (`file` is null then). A file that cannot be
 * read is reported on standard error as `newsdesk <command>: cannot read FILE: reason` and null is returned.
 */
export async function readInputs(command: string, files: string[]): Promise<Input[] | null> {
  if (files.length === 0) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return [{ file: null, text: Buffer.concat(chunks).toString('utf8') }];
  }
  const out: Input[] = [];
  for (const file of files) {
    try {
      out.push({ file, text: await readFile(file, 'utf8') });
    } catch (err) {
      console.error(`newsdesk ${command}: cannot read ${file}: ${readFailure(err)}`);
      return null;
    }
  }
  return out;
}

export interface ParsedArgs {
  flags: Record<string, string | true>;
  positional: string[];
}

/** Splits argv into flags (`--name` or `--name value` for names in `valued`) and positional arguments. */
export function parseArgs(args: string[], valued: string[] = []): ParsedArgs {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2);
      if (inline !== undefined) flags[name] = inline;
      else if (valued.includes(name)) {
        const v = args[++i];
        if (v === undefined) throw new Error(`--${name} needs a value`);
        flags[name] = v;
      } else flags[name] = true;
    } else positional.push(a);
  }
  return { flags, positional };
}

export interface CommandArgs {
  /** Options that take a value (`--name value` or `--name=value`). */
  valued?: string[];
  /** Options that stand alone (`--json`). */
  switches?: string[];
  /** Whether positional arguments (files) are accepted. */
  positional?: boolean;
}

/**
 * Parses a subcommand's arguments against the options it knows. `--help`/`-h` prints the usage (exit code 0);
 * a malformed or unknown argument prints what was wrong and the usage (exit code 2). Either way the exit code
 * is returned instead of the parsed arguments.
 */
export function parseCommandArgs(
  command: string,
  usage: string,
  args: string[],
  spec: CommandArgs,
): ParsedArgs | number {
  const valued = spec.valued ?? [];
  const known = [...valued, ...(spec.switches ?? [])];
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args, valued);
  } catch (err) {
    console.error(`newsdesk ${command}: ${(err as Error).message}\n\n${usage}`);
    return 2;
  }
  const end = args.indexOf('--');
  if (parsed.flags.help || parsed.flags.h || (end < 0 ? args : args.slice(0, end)).includes('-h')) {
    console.log(usage);
    return 0;
  }
  const unexpected = [
    ...Object.keys(parsed.flags)
      .filter((f) => !known.includes(f))
      .map((f) => `--${f}`),
    ...(spec.positional ? [] : parsed.positional),
  ];
  if (unexpected.length) {
    console.error(`newsdesk ${command}: unexpected ${unexpected.join(' ')}\n\n${usage}`);
    return 2;
  }
  return parsed;
}

/**
 * The `--published YYYY-MM-DD` option: `{ published }` (undefined when not given), or exit code 2 after
 * explaining a malformed date.
 */
export function publishedOption(
  command: string,
  flags: ParsedArgs['flags'],
): { published?: string } | number {
  const value = flags.published;
  if (value === undefined) return {};
  try {
    const published = typeof value === 'string' ? parsePublished(value) : undefined;
    if (!published) throw new UserError('published needs a date written YYYY-MM-DD, e.g. 2022-01-05.');
    return { published };
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    console.error(`newsdesk ${command}: --${err.message}`);
    return 2;
  }
}

/** Loads the configuration; a `ConfigError` is printed (null returned), anything else is thrown. */
export function loadConfigOrReport(): Config | null {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`newsdesk: ${err.message}`);
      return null;
    }
    throw err;
  }
}

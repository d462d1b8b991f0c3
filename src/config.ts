/**
 * Configuration: `.env` (via dotenv) plus the process environment, validated by one zod schema.
 * Every bad variable is reported by name with what is expected, in one `ConfigError`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { redactUrl } from './lib/store/errors.ts';

const SNOWFLAKE = /^\d{17,20}$/;
const STORE_SCHEMES = ['sqlite:', 'redis:', 'rediss:', 'postgres:', 'postgresql:', 'memory:'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

/** Empty strings (as in `DISCORD_TOKEN=` copied from .env.example) count as unset. */
const unsetIfEmpty = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

function quote(v: unknown): string {
  const s = String(v);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}

/** Whether `v` parses as a URL whose protocol is one of `schemes` ("https:"). */
function isUrlWith(v: string, schemes: readonly string[]): boolean {
  try {
    return schemes.includes(new URL(v).protocol);
  } catch {
    return false;
  }
}

const snowflake = (what: string) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .refine((v) => SNOWFLAKE.test(v), {
        error: (iss) => `expected ${what} (17–20 digits), got ${quote(iss.input)}`,
      })
      .optional(),
  );

const bool = (name: string) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => TRUE_WORDS.includes(v) || FALSE_WORDS.includes(v), {
        error: (iss) =>
          `expected true or false (also 1/0, yes/no, on/off) for ${name}, got ${quote(iss.input)}`,
      })
      .transform((v) => TRUE_WORDS.includes(v))
      .default(false),
  );

const positiveInt = (what: string, def: number, max: number) =>
  z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .refine((v) => /^\d+$/.test(v) && Number(v) > 0 && Number(v) <= max, {
        error: (iss) => `expected ${what}: a whole number from 1 to ${max}, got ${quote(iss.input)}`,
      })
      .transform(Number)
      .default(def),
  );

const schema = z
  .object({
    DISCORD_TOKEN: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .trim()
        .refine((v) => !/\s/.test(v), {
          error: (iss) =>
            /^bot\s/i.test(String(iss.input).trim())
              ? 'expected the bare bot token from the Developer Portal, without the "Bot " prefix'
              : 'expected a bot token (no spaces inside)',
        })
        .optional(),
    ),
    DISCORD_CLIENT_ID: snowflake('a Discord application id'),
    DEV_GUILD_ID: snowflake('a Discord server (guild) id'),
    STORE_URL: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .trim()
        .refine((v) => isUrlWith(v, STORE_SCHEMES), {
          error: (iss) =>
            `expected a store URL starting with sqlite://, redis://, rediss://, postgres://, postgresql:// or memory://, got ${quote(redactUrl(String(iss.input)))}`,
        })
        .default('sqlite://data/newsdesk.sqlite'),
    ),
    LOG_LEVEL: z.preprocess(
      (v) => (typeof unsetIfEmpty(v) === 'string' ? String(v).trim().toLowerCase() : undefined),
      z
        .enum(LOG_LEVELS, {
          error: (iss) => `expected one of ${LOG_LEVELS.join(', ')}, got ${quote(iss.input)}`,
        })
        .default('info'),
    ),
    DISCORD_API_URL: z.preprocess(
      unsetIfEmpty,
      z
        .string()
        .trim()
        .refine((v) => isUrlWith(v, ['http:', 'https:']), {
          error: (iss) =>
            `expected the http(s) base URL of a Discord-compatible REST API (e.g. http://127.0.0.1:8080/api), got ${quote(iss.input)}`,
        })
        .transform((v) => v.replace(/\/+$/, ''))
        .optional(),
    ),
    MESSAGE_CONTENT_INTENT: bool('MESSAGE_CONTENT_INTENT'),
    FETCH_ALLOW_LOOPBACK: bool('FETCH_ALLOW_LOOPBACK'),
    FETCH_TIMEOUT_MS: positiveInt('a timeout in milliseconds', 15_000, 120_000),
    FETCH_MAX_BYTES: positiveInt('a size in bytes', 5_000_000, 100_000_000),
    SANDBOX_OUT_DIR: z.preprocess(unsetIfEmpty, z.string().trim().default('sandbox-out')),
  })
  .superRefine((cfg, ctx) => {
    if (cfg.DISCORD_TOKEN && !cfg.DISCORD_CLIENT_ID) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_CLIENT_ID'],
        message:
          'expected a Discord application id (17–20 digits) because DISCORD_TOKEN is set; copy it from the Developer Portal (General Information ▸ Application ID)',
      });
    }
  });

export type Config = z.infer<typeof schema>;

/** Names of every variable the schema knows (for .env.example and typo hints). */
export const CONFIG_VARIABLES = Object.keys(schema.shape) as (keyof Config)[];

export interface ConfigProblem {
  variable: string;
  message: string;
}

/** One or more configuration variables are missing or malformed. Its message is meant to be printed as-is. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `invalid configuration (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n'),
    );
  }
}

/**
 * Parses and validates configuration from `env` (default: `process.env`, after loading `.env` from the
 * current directory without overriding variables that are already set). Throws `ConfigError`.
 */
export function loadConfig(env?: Record<string, string | undefined>): Config {
  let source = env;
  const problems: ConfigProblem[] = [];
  if (!source) {
    problems.push(...loadDotenvFile());
    source = process.env;
  }
  const relevant: Record<string, string | undefined> = {};
  for (const key of CONFIG_VARIABLES) relevant[key] = source[key];
  const parsed = schema.safeParse(relevant);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ variable: String(issue.path[0] ?? 'config'), message: issue.message });
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  return parsed.data;
}

/**
 * Loads `.env` into `process.env` (existing variables win) and reports lines dotenv would silently skip.
 * Returns the problems found; a missing file is not a problem.
 */
export function loadDotenvFile(path = resolve(process.cwd(), '.env')): ConfigProblem[] {
  if (!existsSync(path)) return [];
  const problems = checkDotenvSyntax(readFileSync(path, 'utf8'), '.env');
  dotenv.config({ path, quiet: true });
  return problems;
}

/** Finds lines that are neither blank, comments, nor `NAME=value` (dotenv ignores them without a word). */
export function checkDotenvSyntax(text: string, fileLabel = '.env'): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(line);
    if (!m) {
      problems.push({
        variable: `${fileLabel} line ${i + 1}`,
        message: `expected NAME=value, got ${quote(line)}`,
      });
      continue;
    }
    const value = m[2];
    const q = value[0];
    if ((q === '"' || q === "'" || q === '`') && !value.slice(1).includes(q)) {
      // A quoted value may span lines; find its closing quote.
      let j = i + 1;
      while (j < lines.length && !lines[j].includes(q)) j++;
      if (j >= lines.length) {
        problems.push({
          variable: `${fileLabel} line ${i + 1}`,
          message: `the value of ${m[1]} opens a ${q} quote that is never closed`,
        });
        break;
      }
      i = j;
    }
  }
  return problems;
}

/** A one-line summary safe to log (no secrets). */
export function describeConfig(cfg: Config): Record<string, unknown> {
  return {
    mode: cfg.DISCORD_TOKEN ? 'discord' : 'sandbox',
    clientId: cfg.DISCORD_CLIENT_ID,
    devGuildId: cfg.DEV_GUILD_ID,
    store: redactUrl(cfg.STORE_URL),
    api: cfg.DISCORD_API_URL ?? 'https://discord.com/api',
    messageContentIntent: cfg.MESSAGE_CONTENT_INTENT,
  };
}

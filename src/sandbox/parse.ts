/**
 * Parses what a person types in the sandbox, `/name [group] [sub] opt: value opt2: value`, against the
 * deployed command definitions, so options are typed (string, integer, number, boolean, attachment, …)
 * and every mistake gets a clear message.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { OptionValue } from './fake/index.ts';

type Json = Record<string, unknown>;

export class SandboxInputError extends Error {
  override name = 'SandboxInputError';
}

export interface ParsedCommand {
  /** Command name without the slash. */
  name: string;
  /** Subcommand group and/or subcommand names. */
  path: string[];
  options: Record<string, OptionValue>;
  /** The command definition it was parsed against. */
  definition: Json;
}

const TYPE_NAMES: Record<number, string> = {
  3: 'text',
  4: 'a whole number',
  5: 'true or false',
  6: 'a user',
  7: 'a channel',
  8: 'a role',
  9: 'a user or role',
  10: 'a number',
  11: 'a file path',
};

function optionsOf(def: Json): Json[] {
  return Array.isArray(def.options) ? (def.options as Json[]) : [];
}

function usageOf(name: string, path: string[], options: Json[]): string {
  const parts = options.map((o) => {
    const t = TYPE_NAMES[o.type as number] ?? 'value';
    return o.required ? `${o.name}: <${t}>` : `[${o.name}: <${t}>]`;
  });
  return ['/' + [name, ...path].join(' '), ...parts].join(' ');
}

export interface ParseContext {
  /** Resolves a local file (attachment options). Default: read from disk relative to `cwd`. */
  readFile?: (path: string) => { name: string; data: Buffer };
  cwd?: string;
  /** Names for user/channel/role options. */
  users?: Record<string, string>;
  channels?: Record<string, string>;
  roles?: Record<string, string>;
}

export function readLocalFile(path: string, cwd = process.cwd()): { name: string; data: Buffer } {
  const full = resolve(cwd, path.replace(/^~(?=\/)/, process.env.HOME ?? '~'));
  let size: number;
  try {
    const st = statSync(full);
    if (!st.isFile()) throw new SandboxInputError(`${path} is not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof SandboxInputError) throw err;
    throw new SandboxInputError(`cannot read ${path}: no such file (looked at ${full})`);
  }
  if (size > 25 * 1024 * 1024)
    throw new SandboxInputError(`${path} is larger than Discord's 25 MB upload limit`);
  return { name: basename(full), data: readFileSync(full) };
}

/** Parses one `/command …` line. `commands` are the deployed definitions (chat-input ones are used). */
export function parseCommandLine(line: string, commands: Json[], ctx: ParseContext = {}): ParsedCommand {
  const text = line.trim();
  if (!text.startsWith('/')) throw new SandboxInputError('a command starts with /, e.g. /help');
  const slash = commands.filter((c) => (c.type ?? 1) === 1);
  const m = /^\/(\S*)\s*([\s\S]*)$/.exec(text)!;
  const name = m[1].toLowerCase();
  let rest = m[2];
  if (!name) throw new SandboxInputError('type a command name after the slash, e.g. /help');
  const def = slash.find((c) => c.name === name);
  if (!def) {
    const names = slash.map((c) => `/${c.name}`).join(', ');
    throw new SandboxInputError(`unknown command /${name}. Available: ${names || 'none deployed'}`);
  }
  const path: string[] = [];
  let options = optionsOf(def);
  // Subcommand group, then subcommand.
  for (let depth = 0; depth < 2; depth++) {
    const subs = options.filter((o) => o.type === 1 || o.type === 2);
    if (subs.length === 0) break;
    const w = /^(\S+)\s*([\s\S]*)$/.exec(rest);
    const word = w?.[1].toLowerCase();
    const sub = subs.find((s) => s.name === word);
    if (!sub) {
      const list = subs.map((s) => s.name).join(', ');
      throw new SandboxInputError(
        word
          ? `/${[name, ...path].join(' ')} has no subcommand "${word}"; choose one of: ${list}`
          : `/${[name, ...path].join(' ')} needs a subcommand: ${list}`,
      );
    }
    path.push(sub.name as string);
    rest = w![2];
    options = optionsOf(sub);
  }
  const usage = usageOf(name, path, options);
  const names = options.map((o) => String(o.name));
  const raw: Record<string, string> = {};
  rest = rest.trim();
  if (rest) {
    // Split at `known-option:` markers (start of text or after whitespace); anything else stays inside a value.
    const marker = new RegExp(
      `(^|\\s)(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')}):(?=\\s|$)`,
      'gi',
    );
    const hits = names.length ? [...rest.matchAll(marker)] : [];
    if (hits.length === 0 || (hits[0].index ?? 0) !== 0) {
      const stray = /^([\w-]+):/.exec(rest);
      if (stray)
        throw new SandboxInputError(
          `/${[name, ...path].join(' ')} has no option "${stray[1]}". Usage: ${usage}`,
        );
      throw new SandboxInputError(
        names.length
          ? `give options as name: value (e.g. ${names[0]}: …). Usage: ${usage}`
          : `/${[name, ...path].join(' ')} takes no options`,
      );
    }
    hits.forEach((h, i) => {
      const start = (h.index ?? 0) + h[0].length;
      const end = i + 1 < hits.length ? (hits[i + 1].index ?? rest.length) : rest.length;
      const key = names.find((n) => n.toLowerCase() === h[2].toLowerCase())!;
      if (key in raw) throw new SandboxInputError(`option ${key} is given twice`);
      let value = rest.slice(start, end).trim();
      if (
        value.length >= 2 &&
        ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'")))
      )
        value = value.slice(1, -1);
      raw[key] = value;
    });
  }
  const out: Record<string, OptionValue> = {};
  for (const o of options) {
    const key = String(o.name);
    const value = raw[key];
    if (value === undefined || value === '') {
      if (o.required)
        throw new SandboxInputError(`/${[name, ...path].join(' ')} needs ${key}. Usage: ${usage}`);
      continue;
    }
    out[key] = convert(o, value, ctx);
  }
  return { name, path, options: out, definition: def };
}

function convert(o: Json, value: string, ctx: ParseContext): OptionValue {
  const key = String(o.name);
  const type = o.type as number;
  const choices = Array.isArray(o.choices) ? (o.choices as { name: string; value: string | number }[]) : null;
  const pick = (v: string | number) => {
    if (!choices) return v;
    const c = choices.find(
      (x) =>
        String(x.value).toLowerCase() === String(v).toLowerCase() ||
        x.name.toLowerCase() === String(v).toLowerCase(),
    );
    if (!c) throw new SandboxInputError(`${key} must be one of: ${choices.map((x) => x.name).join(', ')}`);
    return c.value;
  };
  const range = (n: number) => {
    if (typeof o.min_value === 'number' && n < o.min_value)
      throw new SandboxInputError(`${key} must be at least ${o.min_value}`);
    if (typeof o.max_value === 'number' && n > o.max_value)
      throw new SandboxInputError(`${key} must be at most ${o.max_value}`);
    return n;
  };
  switch (type) {
    case 3: {
      if (typeof o.min_length === 'number' && value.length < o.min_length)
        throw new SandboxInputError(`${key} needs at least ${o.min_length} characters`);
      if (typeof o.max_length === 'number' && value.length > o.max_length)
        throw new SandboxInputError(`${key} takes at most ${o.max_length} characters (got ${value.length})`);
      if (value.length > 6000)
        throw new SandboxInputError(`${key} is longer than Discord allows in one option (6,000 characters)`);
      return pick(value);
    }
    case 4: {
      if (!/^[-+]?\d+$/.test(value))
        throw new SandboxInputError(`${key} must be a whole number, got "${value}"`);
      return pick(range(Number(value)));
    }
    case 10: {
      const n = Number(value);
      if (value.trim() === '' || !Number.isFinite(n))
        throw new SandboxInputError(`${key} must be a number, got "${value}"`);
      return pick(range(n));
    }
    case 5: {
      const v = value.toLowerCase();
      if (['true', 'yes', 'y', 'on', '1'].includes(v)) return true;
      if (['false', 'no', 'n', 'off', '0'].includes(v)) return false;
      throw new SandboxInputError(`${key} must be true or false, got "${value}"`);
    }
    case 11: {
      const f = ctx.readFile ? ctx.readFile(value) : readLocalFile(value, ctx.cwd);
      return { name: f.name, data: f.data };
    }
    case 6:
    case 7:
    case 8:
    case 9: {
      const table =
        type === 7
          ? ctx.channels
          : type === 8
            ? ctx.roles
            : { ...ctx.users, ...(type === 9 ? ctx.roles : {}) };
      const bare = value.replace(/^[#@]/, '').replace(/^<[#@]&?!?(\d+)>$/, '$1');
      if (/^\d{15,20}$/.test(bare)) return bare;
      const id = table?.[bare.toLowerCase()];
      if (!id) {
        const known = Object.keys(table ?? {}).join(', ');
        throw new SandboxInputError(
          `${key}: unknown ${TYPE_NAMES[type]} "${value}"${known ? ` (known: ${known})` : ''}`,
        );
      }
      return id;
    }
    default:
      throw new SandboxInputError(`${key}: options of type ${type} are not supported in the sandbox`);
  }
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, checkDotenvSyntax, loadConfig } from '../../src/config.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const dirs: string[] = [];

/** Runs an entry point in an empty directory with exactly `env` (plus PATH/HOME), like an operator would. */
function runEntry(entry: string, args: string[], env: Record<string, string>, dotenv?: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'newsdesk-config-'));
  dirs.push(cwd);
  if (dotenv !== undefined) writeFileSync(join(cwd, '.env'), dotenv);
  const r = spawnSync(TSX, [join(ROOT, entry), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 50_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function problems(env: Record<string, string>): Record<string, string> {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return Object.fromEntries((err as ConfigError).problems.map((p) => [p.variable, p.message]));
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has working defaults with nothing set (sandbox mode)', () => {
    const c = loadConfig({});
    expect(c).toEqual({
      DISCORD_TOKEN: undefined,
      DISCORD_CLIENT_ID: undefined,
      DEV_GUILD_ID: undefined,
      STORE_URL: 'sqlite://data/newsdesk.sqlite',
      LOG_LEVEL: 'info',
      DISCORD_API_URL: undefined,
      MESSAGE_CONTENT_INTENT: false,
      FETCH_ALLOW_LOOPBACK: false,
      FETCH_TIMEOUT_MS: 15_000,
      FETCH_MAX_BYTES: 5_000_000,
      SANDBOX_OUT_DIR: 'sandbox-out',
    });
  });

  it('treats empty values as unset and parses types', () => {
    const c = loadConfig({
      DISCORD_TOKEN: 'abc.def.ghi',
      DISCORD_CLIENT_ID: ' 123456789012345678 ',
      DEV_GUILD_ID: '',
      STORE_URL: 'redis://:pw@127.0.0.1:6379',
      LOG_LEVEL: 'DEBUG',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      MESSAGE_CONTENT_INTENT: 'yes',
      FETCH_ALLOW_LOOPBACK: '1',
      FETCH_TIMEOUT_MS: '2500',
      FETCH_MAX_BYTES: '1000',
    });
    expect(c.DISCORD_CLIENT_ID).toBe('123456789012345678');
    expect(c.DEV_GUILD_ID).toBeUndefined();
    expect(c.LOG_LEVEL).toBe('debug');
    expect(c.DISCORD_API_URL).toBe('http://127.0.0.1:9999/api');
    expect(c.MESSAGE_CONTENT_INTENT).toBe(true);
    expect(c.FETCH_ALLOW_LOOPBACK).toBe(true);
    expect(c.FETCH_TIMEOUT_MS).toBe(2500);
    expect(c.FETCH_MAX_BYTES).toBe(1000);
  });

  it('accepts every storage scheme', () => {
    for (const url of [
      'sqlite://data/x.sqlite',
      'redis://h',
      'rediss://h',
      'postgres://u@h/db',
      'postgresql://h/db',
      'memory://',
    ]) {
      expect(loadConfig({ STORE_URL: url }).STORE_URL).toBe(url);
    }
  });

  it('names each bad variable with what is expected and what it got', () => {
    const p = problems({
      DISCORD_TOKEN: 'tok',
      DISCORD_CLIENT_ID: 'abc',
      DEV_GUILD_ID: '12',
      STORE_URL: 'mysql://db',
      LOG_LEVEL: 'loud',
      DISCORD_API_URL: 'ftp://x',
      MESSAGE_CONTENT_INTENT: 'maybe',
      FETCH_ALLOW_LOOPBACK: 'sure',
      FETCH_TIMEOUT_MS: '-5',
      FETCH_MAX_BYTES: '10MB',
    });
    expect(p).toEqual({
      DISCORD_CLIENT_ID: 'expected a Discord application id (17–20 digits), got "abc"',
      DEV_GUILD_ID: 'expected a Discord server (guild) id (17–20 digits), got "12"',
      STORE_URL: expect.stringMatching(
        /^expected a store URL starting with sqlite:\/\/, redis:\/\/.* got "mysql:\/\/db"$/,
      ),
      LOG_LEVEL: 'expected one of fatal, error, warn, info, debug, trace, silent, got "loud"',
      DISCORD_API_URL: expect.stringMatching(/^expected the http\(s\) base URL .* got "ftp:\/\/x"$/),
      MESSAGE_CONTENT_INTENT: expect.stringMatching(/^expected true or false .* got "maybe"$/),
      FETCH_ALLOW_LOOPBACK: expect.stringMatching(/^expected true or false .* got "sure"$/),
      FETCH_TIMEOUT_MS: expect.stringMatching(
        /^expected a timeout in milliseconds: a whole number .* got "-5"$/,
      ),
      FETCH_MAX_BYTES: expect.stringMatching(/^expected a size in bytes: a whole number .* got "10MB"$/),
    });
  });

  it('never repeats the password of a rejected store URL', () => {
    const p = problems({ STORE_URL: 'mysql://admin:hunter2@db.example:3306/news' });
    expect(p.STORE_URL).toMatch(/got "mysql:\/\/admin:\*\*\*@db\.example:3306\/news"$/);
    expect(p.STORE_URL).not.toContain('hunter2');
  });

  it('requires DISCORD_CLIENT_ID once a token is set', () => {
    expect(problems({ DISCORD_TOKEN: 'tok' })).toEqual({
      DISCORD_CLIENT_ID: expect.stringMatching(
        /^expected a Discord application id \(17–20 digits\) because DISCORD_TOKEN is set/,
      ),
    });
  });

  it('explains a token pasted with its "Bot " prefix', () => {
    expect(
      problems({ DISCORD_TOKEN: 'Bot abc', DISCORD_CLIENT_ID: '123456789012345678' }).DISCORD_TOKEN,
    ).toMatch(/without the "Bot " prefix/);
  });

  it('the error message lists every problem on its own line', () => {
    try {
      loadConfig({ LOG_LEVEL: 'x', STORE_URL: 'nope' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toMatch(
        /^invalid configuration \(2 problems\):\n {2}STORE_URL: .*\n {2}LOG_LEVEL: .*$/,
      );
    }
  });
});

describe('.env syntax', () => {
  it('reports lines dotenv would silently skip, and unclosed quotes', () => {
    const text =
      '# comment\n\nDISCORD_TOKEN=abc\nexport LOG_LEVEL=info\nthis is not a setting\nSTORE_URL="memory://\n';
    expect(checkDotenvSyntax(text)).toEqual([
      { variable: '.env line 5', message: 'expected NAME=value, got "this is not a setting"' },
      { variable: '.env line 6', message: 'the value of STORE_URL opens a " quote that is never closed' },
    ]);
  });

  it('accepts quoted values spanning lines', () => {
    expect(checkDotenvSyntax('KEY="line one\nline two"\nOTHER=1\n')).toEqual([]);
  });
});

describe('entry points print configuration problems without a stack trace', { timeout: 60_000 }, () => {
  it('npm start (src/index.ts) with bad variables', () => {
    const r = runEntry('src/index.ts', [], {
      DISCORD_TOKEN: 'tok',
      DISCORD_CLIENT_ID: 'abc',
      LOG_LEVEL: 'loud',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('newsdesk: invalid configuration (2 problems):');
    expect(r.stderr).toContain(
      'DISCORD_CLIENT_ID: expected a Discord application id (17–20 digits), got "abc"',
    );
    expect(r.stderr).toContain('LOG_LEVEL: expected one of fatal');
    expect(r.stderr).not.toMatch(/\n\s+at .*\(|\.ts:\d+:\d+/);
  });

  it('a malformed .env file', () => {
    const r = runEntry('src/cli.ts', ['start'], {}, 'STORE_URL=memory://\nnot a line\nDEV_GUILD_ID=42\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('.env line 2: expected NAME=value, got "not a line"');
    expect(r.stderr).toContain('DEV_GUILD_ID: expected a Discord server (guild) id (17–20 digits), got "42"');
    expect(r.stderr).not.toMatch(/\n\s+at .*\(|\.ts:\d+:\d+/);
  });

  it('an unreachable STORE_URL fails fast with a clear message', () => {
    const t0 = Date.now();
    const r = runEntry('src/index.ts', [], { STORE_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'silent' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/newsdesk: Cannot reach the store redis:\/\/127\.0\.0\.1:1.*ECONNREFUSED/);
    expect(r.stderr).toContain('Check STORE_URL');
    expect(r.stderr).not.toMatch(/\n\s+at .*\(|\.ts:\d+:\d+/);
    expect(Date.now() - t0).toBeLessThan(30_000);
  });

  it('deploy-commands without a token says what is needed', () => {
    const r = runEntry('src/cli.ts', ['deploy-commands'], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/DISCORD_TOKEN and DISCORD_CLIENT_ID must be set/);
  });

  it('deploy-commands --dry-run prints the definitions', () => {
    const r = runEntry('src/cli.ts', ['deploy-commands', '--dry-run'], {});
    expect(r.code).toBe(0);
    const defs = JSON.parse(r.stdout) as { name: string }[];
    expect(defs.map((d) => d.name)).toEqual(expect.arrayContaining(['help', 'ping']));
  });
});

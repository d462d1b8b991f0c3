import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli.ts'), 'brief', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });

const dir = mkdtempSync(join(tmpdir(), 'brief-cli-'));
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(
  a,
  'Rockets struck a police station in Kirkuk, Iraq, on Thursday, killing three officers.\n\nPolice said the attack damaged two vehicles.',
);
writeFileSync(b, 'The council approved the library budget on Tuesday after a long debate about parking.');

describe('newsdesk brief (child process)', () => {
  it('--json prints one object per input, in order, with the contract fields', () => {
    const r = cli(['--json', '--published', '2024-03-09', a, b]);
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([a, b]);
    for (const key of [
      'headline',
      'summary',
      'published',
      'people',
      'organizations',
      'places',
      'dates',
      'quotes',
      'numbers',
      'incidents',
    ])
      expect(lines[0]).toHaveProperty(key);
    expect(lines[0].published).toBe('2024-03-09');
    expect(lines[0].incidents[0]).toMatchObject({ place: 'Kirkuk', date: '2024-03-07', killed: 3 });
    expect(lines[1].incidents).toEqual([]);
  }, 90_000);
  it('reads standard input when no file is given and prints a readable brief', () => {
    const r = cli(
      ['--published', '2024-03-09'],
      'Rockets struck a police station in Kirkuk, Iraq, on Thursday, killing three officers.',
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Incidents:/);
    expect(r.stdout).toMatch(/Kirkuk/);
  }, 90_000);
  it('rejects a bad --published and a missing file with clear messages', () => {
    const bad = cli(['--published', 'yesterday', a]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/YYYY-MM-DD/);
    const missing = cli([join(dir, 'nope.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
  }, 90_000);
});

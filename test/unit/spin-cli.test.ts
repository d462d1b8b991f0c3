import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'unspin-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPUN = `The Iranian International Minister stated on Friday that the White Home had additionally got here to the talks.
Officers within the area stated the Protection Secretary will meet the Joint Chiefs of Workers subsequent yr, in response to the assertion.
The State Division stated a deal was near, and the Quds Drive has stated it's going to proceed to function within the area.`;
const CLEAN = `The council voted on Tuesday to extend library opening hours on weekends. The chair said the change would cost
about $40,000 a year and would be paid for from the reserve fund. Residents who spoke at the meeting welcomed the decision.`;

async function cli(
  args: string[],
  input?: string,
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const p = run('npm', ['run', '-s', 'newsdesk', '--', 'unspin', ...args], { cwd: ROOT, timeout: 60_000 });
    if (input !== undefined) {
      p.child.stdin?.end(input);
    }
    const { stdout, stderr } = await p;
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('newsdesk unspin (child process)', () => {
  it('--json prints one object per file, in order, with the contract fields', async () => {
    const a = path.join(dir, 'spun.txt');
    const b = path.join(dir, 'clean.txt');
    writeFileSync(a, SPUN);
    writeFileSync(b, CLEAN);
    const { stdout, code } = await cli(['--json', a, b]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [ra, rb] = lines.map((l) => JSON.parse(l));
    expect(ra.file).toBe(a);
    expect(rb.file).toBe(b);
    for (const r of [ra, rb]) {
      expect(typeof r.score).toBe('number');
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(['clean', 'suspicious', 'spun']).toContain(r.verdict);
      expect(typeof r.restored).toBe('string');
      expect(Array.isArray(r.changes)).toBe(true);
      expect(Array.isArray(r.suggestions)).toBe(true);
    }
    expect(ra.verdict).toBe('spun');
    expect(ra.restored).toContain('White House');
    expect(ra.restored).toContain('Foreign Minister');
    for (const c of ra.changes) {
      expect(SPUN.slice(c.start, c.end)).toBe(c.from);
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['start', 'end', 'from', 'to', 'confidence']));
    }
    expect(rb.verdict).toBe('clean');
    expect(rb.changes).toEqual([]);
    expect(rb.restored).toBe(CLEAN);
  });

  it('reads standard input when no file is given; without --json prints the restored text', async () => {
    const { stdout, code } = await cli([], SPUN);
    expect(code).toBe(0);
    expect(stdout).toContain('White House');
    expect(stdout).toContain('Joint Chiefs of Staff');
  });

  it('a missing file is a clear error with a non-zero exit code', async () => {
    const { stderr, code } = await cli(['--json', path.join(dir, 'nope.txt')]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/cannot read .*nope\.txt/);
  });

  it('rejects unknown options with usage', async () => {
    const { stderr, code } = await cli(['--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: newsdesk unspin/);
  });
});
